// node:test reporter for the bundled integration tests (run-integration.ts): the spec reporter, with every place in
// the bundle (`FAZHI_TEST_BUNDLE_DIR`) named as its TypeScript source — a file that failed as a whole by its
// `.test.ts` path, a failing test's location ("test at …") through the bundle's source maps. The files' own stack
// traces are mapped in their processes (--enable-source-maps).
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spec } from 'node:test/reporters';
import { sourceOfBundled as sourceIn } from '../../../scripts/build-server.mjs';

const bundleDir = process.env.FAZHI_TEST_BUNDLE_DIR ?? '';
const root = process.cwd();
const maps = new Map();

const inBundle = (file) => Boolean(bundleDir) && typeof file === 'string' && file.startsWith(`${bundleDir}/`);
const sourceOfBundled = (file) => sourceIn(file, bundleDir);

function mapOf(file) {
  if (!maps.has(file)) {
    const path = `${file}.map`;
    maps.set(file, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return maps.get(file);
}

/** A line and column (1-based) of a bundled file, as the source file, line and column they were built from. */
function original(file, line, column) {
  const entry = mapOf(file)?.findEntry(line - 1, column - 1);
  if (!entry?.originalSource) return { file: sourceOfBundled(file), line, column };
  const source = entry.originalSource.startsWith('file:')
    ? fileURLToPath(entry.originalSource)
    : resolve(dirname(file), entry.originalSource);
  return { file: source, line: entry.originalLine + 1, column: entry.originalColumn + 1 };
}

function rewrite(event) {
  const data = event.data;
  if (!data || !inBundle(data.file)) return event;
  const named = { ...data };
  if (inBundle(data.name)) named.name = relative(root, sourceOfBundled(data.name));
  if (typeof data.line === 'number' && typeof data.column === 'number') {
    Object.assign(named, original(data.file, data.line, data.column));
  } else named.file = sourceOfBundled(data.file);
  return { ...event, data: named };
}

export default async function* sourceReporter(source) {
  const out = new spec();
  const pump = (async () => {
    for await (const event of source) {
      if (!out.write(rewrite(event))) await new Promise((r) => out.once('drain', r));
    }
    out.end();
  })();
  for await (const chunk of out) yield chunk;
  await pump;
}
