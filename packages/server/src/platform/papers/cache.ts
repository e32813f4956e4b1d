// Generated papers (PDF, Word) kept by what they show. A paper is a function of its model alone — the 公文 model a
// module builds from one version of a record and, for a dated paper, the date it carries — so the same model gives
// the same paper: a repeated download answers the bytes generated the first time instead of rendering again (a PDF
// embeds the Chinese font, about 0.1 CPU-s each), and the paper of a published document stays the same file byte for
// byte. The key is SHA-256 of the model and the format, so a change to the record (or a new day on a dated paper)
// changes the model and gives a new paper. Bounded in bytes; the least recently used papers leave first.
import { createHash } from 'node:crypto';

/** How many bytes of papers a server process keeps (a 备案报告 PDF is about 100 KB to 1 MB). */
export const PAPER_CACHE_BYTES = 32 * 1024 * 1024;

interface Entry {
  paper: Promise<Buffer>;
  bytes: number;
}

const papers = new Map<string, Entry>();
let held = 0;

function keyOf(format: string, model: unknown): string {
  return createHash('sha256').update(format).update('\0').update(JSON.stringify(model)).digest('hex');
}

function evict() {
  // a Map iterates in insertion order, and a hit re-inserts its entry: the first entries are the least recently used
  for (const [key, entry] of papers) {
    if (held <= PAPER_CACHE_BYTES) return;
    papers.delete(key);
    held -= entry.bytes;
  }
}

/**
 * The paper of `model` in `format`, rendered by `render` only when no paper of the same model is kept. Two requests
 * for the same paper at once share one rendering; a failed rendering is not kept.
 */
export async function cachedPaper(format: string, model: unknown, render: () => Promise<Buffer>): Promise<Buffer> {
  const key = keyOf(format, model);
  const found = papers.get(key);
  if (found) {
    papers.delete(key);
    papers.set(key, found);
    return found.paper;
  }
  const entry: Entry = { paper: render(), bytes: 0 };
  papers.set(key, entry);
  try {
    const paper = await entry.paper;
    if (papers.get(key) === entry) {
      entry.bytes = paper.length;
      held += paper.length;
      evict();
    }
    return paper;
  } catch (e) {
    if (papers.get(key) === entry) papers.delete(key);
    throw e;
  }
}
