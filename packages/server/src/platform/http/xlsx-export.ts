// Exports stream (docs/scaling.md): a list's every row the user may see, read from PostgreSQL in keyset batches and
// written row by row into an Excel workbook on the response (xlsx-writer.ts), waiting for the client
// when it reads slower than the database answers — so 100,000 rows cost the memory of one batch, and no export is
// cut at a row limit. Every module's export goes through here.
import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { attachmentHeader, XLSX_TYPE } from './attachment';
import { writeWorkbook, type AddRow, type SheetColumn } from './xlsx-writer';

/**
 * exceljs, loaded on first use: it is a large share of an idle server's memory (issue 12) and only exports, imports
 * and templates need it. Every module takes it from here (`import type ExcelJS from 'exceljs'` for its types).
 */
export async function loadExcel() {
  return (await import('exceljs')).default;
}

export type ExportColumn = SheetColumn;

export const CHINESE_DATE_FORMAT = 'yyyy"年"m"月"d"日"';

export type { AddRow };

/**
 * A one-sheet workbook: `produce` adds the rows, in order, and the workbook is written to the returned stream as it
 * goes (xlsx-writer.ts), waiting whenever the client has not taken what was written. A failure ends the stream with
 * the error (the client sees a broken download, never a silently short file).
 */
export function streamWorkbook(
  sheet: { name: string; columns: readonly ExportColumn[] },
  produce: (add: AddRow) => Promise<void>,
): PassThrough {
  const stream = new PassThrough();
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
    });
  const sink = async (chunk: Buffer) => {
    // the client went away: the producer stops at its next write instead of reading the rest of the table
    if (stream.destroyed) throw new Error('export abandoned by the client');
    if (!stream.write(chunk)) await drained();
  };
  writeWorkbook(sink, sheet, produce).then(
    () => stream.end(),
    (err: unknown) => {
      if (!stream.destroyed) stream.destroy(err instanceof Error ? err : new Error(String(err)));
    },
  );
  return stream;
}

/**
 * The rows of a query in batches by keyset: `batch(after)` reads the `size` rows following `after` (the last row of
 * the previous batch, null at first) in the export's order. Unlike OFFSET paging each batch starts at its index
 * position, so the last batch of a million rows costs what the first did.
 */
export async function* keysetBatches<R>(batch: (after: R | null) => Promise<R[]>, size: number): AsyncGenerator<R> {
  let after: R | null = null;
  for (;;) {
    const rows = await batch(after);
    yield* rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1] ?? null;
  }
}

/** Sends a workbook as the download `fileName`: streamed, or built in memory (a small one such as a region's units). */
export function sendWorkbook(reply: FastifyReply, fileName: string, stream: PassThrough | Buffer) {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachmentHeader(fileName))
    .header('cache-control', 'private, no-store')
    .send(stream);
}
