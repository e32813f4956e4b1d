// Reads the real-document corpus (bench/precheck-corpus/{lawful,violations}/*.txt) for the bench and the tests; the
// parsing and scoring are pure and live in core (precheck/real-corpus.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpusFile, type RealDocument } from '../packages/core/src/normative-documents/precheck/real-corpus';

const ROOT = join(import.meta.dirname, 'precheck-corpus');

export function loadRealCorpus(): RealDocument[] {
  const docs: RealDocument[] = [];
  for (const [kind, folder] of [
    ['lawful', 'lawful'],
    ['violation', 'violations'],
  ] as const) {
    const dir = join(ROOT, folder);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      docs.push(parseCorpusFile(file, kind, readFileSync(join(dir, file), 'utf8')));
    }
  }
  return docs;
}
