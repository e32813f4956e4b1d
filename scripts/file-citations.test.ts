// Comments and docs cite files by path ("see platform/audit/verify.ts"). Files move as the code grows (issue 13:
// eight more modules), and a citation of a file that no longer exists sends the next reader nowhere. This check
// reads every comment of the source and every line of the docs and fails on a cited path that names no file or
// folder of the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const skipped = new Set(['node_modules', 'dist', '.git', 'data', '.fazhi-test', 'precheck-corpus', 'test-results']);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (skipped.has(name) || name.startsWith('.fazhi')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(relative(root, p));
  }
  return out;
}

const files = walk(root);
// every path a citation may name: each file and folder, and each of their tails ("platform/audit/verify.ts")
const known = new Set<string>();
for (const f of files) {
  const parts = f.split('/');
  for (let end = parts.length; end > 0; end--)
    for (let start = 0; start < end; start++) known.add(parts.slice(start, end).join('/'));
}
// the docs' short forms: core/… is packages/core/src/…, server/… and web/… likewise
const shortForms: [string, string][] = [
  ['core/', 'packages/core/src/'],
  ['server/', 'packages/server/src/'],
  ['web/', 'packages/web/src/'],
];
// the domain references live beside the repository (../shared), not in it; a clone without them beside it (another
// checkout, CI) cannot check those citations, so it takes the shared folder's citations as they are written
const shared = normalize(join(root, '..', 'shared'));
const sharedHere = existsSync(shared);
const sharedNames = new Set(['statutes.md', 'glossary.md', 'architecture.md']);

const cited = /(?<![\w@/.-])((?:\.{1,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:ts|tsx|mjs|sql|md|css))\b/g;

/** The text of a line that is comment (source files) or the whole line (docs). */
function commentPart(file: string, line: string): string | null {
  if (file.endsWith('.md')) return line;
  const slash = line.indexOf('//');
  const block = line.indexOf('/*');
  const starts = [slash, block].filter((i) => i >= 0);
  if (starts.length > 0) return line.slice(Math.min(...starts));
  return /^\s*\*/.test(line) ? line : null;
}

function resolves(file: string, path: string): boolean {
  if (path.startsWith('.')) {
    const p = normalize(join(dirname(file), path));
    if (known.has(p) || existsSync(join(root, p))) return true;
    if (/(^|\/)shared\//.test(path))
      return sharedHere ? existsSync(join(shared, path.replace(/^(\.\.\/)+shared\//, ''))) : true;
  }
  const bare = path.replace(/^(\.{1,2}\/)+/, '');
  if (known.has(bare)) return true;
  for (const [short, long] of shortForms)
    if (bare.startsWith(short) && known.has(long + bare.slice(short.length))) return true;
  // a bare name of a shared reference ("statutes.md")
  if (!sharedHere) return sharedNames.has(bare);
  return ['reference', 'seeds', 'guide'].some((d) => existsSync(join(shared, d, bare)));
}

test('every file a comment or a doc cites exists', () => {
  const missing: string[] = [];
  for (const file of files) {
    if (!/\.(ts|tsx|mjs|md)$/.test(file)) continue;
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const part = commentPart(file, line);
      if (part === null) return;
      for (const m of part.matchAll(cited)) {
        const path = m[1]!;
        // a file-name pattern ("*.test.ts", ".journey.ts") names a kind of file, not one file
        if (path.startsWith('.') && !path.startsWith('./') && !path.startsWith('../')) continue;
        if (!resolves(file, path)) missing.push(`${file}:${i + 1}: ${path}`);
      }
    });
  }
  assert.deepEqual(missing, [], `cited files that do not exist:\n${missing.join('\n')}`);
});
