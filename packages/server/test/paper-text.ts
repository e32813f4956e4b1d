// Reading generated papers (platform/papers) in tests: a DOCX's text from word/document.xml, a PDF's through
// poppler's pdftotext where the machine has it, and a PDF's page count.
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';

/** The text of word/document.xml, with the runs joined (Word splits text into runs). */
export async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The PDF's text through poppler's pdftotext where the machine has it (not required: null otherwise). */
export function pdfText(body: Buffer): string | null {
  const res = spawnSync('pdftotext', ['-', '-'], { input: body, encoding: 'utf8' });
  return res.status === 0 ? res.stdout.replace(/\s+/g, '') : null;
}

export const pdfPages = (body: Buffer) => (body.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
