// A paper of a 公文 model (gongwen.ts) as a file: DOCX or PDF, kept by its model (cache.ts). The renderers (docx,
// pdfkit and the embedded font) load on the first paper asked for, not at start: an idle server does not hold them
// (issue 12); a paper already generated from the same model is answered as it was. Every module's papers come here.
import type { FastifyReply } from 'fastify';
import { attachmentHeader } from '../http/attachment';
import { cachedPaper } from './cache';
import type { GongwenDocument } from './gongwen';

export type FileFormat = 'docx' | 'pdf';
export const contentTypes: Record<FileFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface GeneratedFile {
  body: Buffer;
  fileName: string;
  contentType: string;
}

export function renderPaper(model: GongwenDocument, format: FileFormat): Promise<Buffer> {
  return cachedPaper(format, model, async () => {
    if (format === 'pdf') return (await import('./render-pdf')).renderPdf(model);
    return (await import('./render-docx')).renderDocx(model);
  });
}

/** Sends a generated paper as a download named by its Chinese file name. */
export const sendPaper = (reply: FastifyReply, f: GeneratedFile) =>
  reply
    .header('content-type', f.contentType)
    .header('content-disposition', attachmentHeader(f.fileName))
    .header('cache-control', 'private, no-store')
    .send(f.body);
