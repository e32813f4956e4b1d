#!/usr/bin/env node
// Bundles the server with esbuild, so that `fazhi`, `npm start`, the journeys' server and the integration tests load
// one precompiled ESM file and its chunks instead of compiling some 600 TypeScript modules through tsx at every start
// (2 to 3 CPU-s a process; docs/architecture.md, "Test time"). The npm packages stay external (node_modules as
// installed); the workspace's own @fazhi/core is bundled from its sources. Dynamic imports stay lazy: they become
// chunks of their own (splitting), so the app still loads exceljs, pdfkit and docx only on first use.
//
// The server bundle (`packages/server/dist/server`, git-ignored) is rebuilt only when a source is newer than it, like
// build-web.mjs. Its files are named by their content and written each under a temporary name then renamed, and the
// pointer to the entry (`build.json`) is renamed into place last: two `fazhi` started at once on a stale tree both
// build without either reading the other's half-written file, and a running server keeps finding its lazy chunks.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newest } from './newest.mjs';

const root = new URL('..', import.meta.url).pathname;
const serverSrc = join(root, 'packages/server/src');
const coreSrc = join(root, 'packages/core/src');
export const serverOutDir = join(root, 'packages/server/dist/server');
const pointer = join(serverOutDir, 'build.json');

/**
 * Our sources find files beside themselves through `import.meta.url` (migrations, the web build, createRequire for a
 * package's files): in the bundle each occurrence is replaced by the URL of the source file it is written in, so it
 * keeps its meaning wherever the bundle lies. It is a textual replacement: an `import.meta.url` written inside a
 * string becomes the source's URL too.
 */
const loaders = { '.ts': 'ts', '.tsx': 'tsx', '.mjs': 'js' };
const sourceUrlPlugin = {
  name: 'source-url',
  setup(build) {
    build.onLoad({ filter: /\.(tsx?|mjs)$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: loaders[extname(args.path)] };
    });
  },
};

/** The options both bundles share: ESM for Node, npm packages external, @fazhi/core from its sources, source maps. */
function commonOptions() {
  return {
    // metafile paths relative to the repository, wherever `fazhi` is run from
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    packages: 'external',
    alias: { '@fazhi/core': coreSrc },
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // the sources are on disk beside the bundle: a stack trace names them without carrying their text
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [sourceUrlPlugin],
    logLevel: 'error',
  };
}

export function serverBuildIsStale() {
  if (!existsSync(pointer)) return true;
  const sources = [
    serverSrc,
    coreSrc,
    join(root, 'packages/server/package.json'),
    join(root, 'packages/core/package.json'),
    new URL(import.meta.url).pathname,
  ].map(newest);
  return Math.max(...sources) > statSync(pointer).mtimeMs;
}

const writeAtomically = (path, contents) => {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
};

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Builds the server bundle (the `fazhi` command, cli/main.ts) and returns the path of its entry file. */
export async function buildServer() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    ...commonOptions(),
    entryPoints: [join(serverSrc, 'cli/main.ts')],
    outdir: serverOutDir,
    entryNames: '[name]-[hash]',
    metafile: true,
    write: false,
  });
  const files = result.outputFiles.map((f) => relative(serverOutDir, f.path));
  for (const f of result.outputFiles) if (!existsSync(f.path)) writeAtomically(f.path, f.contents);
  const [main] = Object.entries(result.metafile.outputs).filter(([, o]) => o.entryPoint);
  if (!main) throw new Error('esbuild produced no entry file');
  const previous = (existsSync(pointer) && JSON.parse(readFileSync(pointer, 'utf8')).files) || [];
  const entry = relative(serverOutDir, join(root, main[0]));
  writeAtomically(pointer, JSON.stringify({ main: entry, files, previous }));
  // the build before this one is kept for a server started from it that has not loaded its lazy chunks yet
  const keep = new Set([...files, ...previous, 'build.json']);
  for (const f of filesUnder(serverOutDir)) if (!keep.has(relative(serverOutDir, f)) && !f.endsWith('.tmp')) rmSync(f);
  return join(serverOutDir, entry);
}

/** The server bundle's entry file, built first when missing or older than its sources. */
export async function serverBundle({ quiet = false } = {}) {
  if (serverBuildIsStale()) {
    if (!quiet) process.stderr.write('正在构建服务端（packages/server/dist/server）……\n');
    return buildServer();
  }
  return join(serverOutDir, JSON.parse(readFileSync(pointer, 'utf8')).main);
}

/**
 * Bundles test files into `outdir` (emptied first) as one entry each, their shared code in chunks, and returns the
 * bundled file of each source file given: the source's path under `outdir/<rank>/`, ending in `.mjs` instead of
 * `.ts`, where the rank is the unit's place in `units` (000, 001, …). node:test sorts the files it is given by
 * path, so the rank is what makes it start them in the order given (the harness gives them longest first).
 * A unit given as a list of files is one entry that runs them one after another in one process through `runner`'s
 * `runGroup` (packages/server/test/group-runner.ts), each file a lazily loaded chunk: `<rank>/<their folder>/
 * group-of-<n>.mjs`, which every file of the unit maps to (a list of one keeps its file's name).
 * @param {(string | string[])[]} units
 * @param {string} outdir
 * @param {{ runner?: string }} [opts]
 */
export async function bundleTests(units, outdir, opts = {}) {
  const esbuild = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  const lists = units.map((u) => (Array.isArray(u) ? u : [u]));
  // a unit given as a list, even of one file, runs through the runner (its time limit is the runner's per file)
  const throughRunner = units.map((u) => Array.isArray(u));
  const rank = (i) => String(i).padStart(3, '0');
  const out = (files, i) =>
    files.length === 1
      ? `${rank(i)}/${files[0].replace(/\.ts$/, '')}`
      : `${rank(i)}/${commonFolder(files)}/group-of-${files.length}`;
  const groups = new Map(lists.map((files, i) => [`group:${rank(i)}`, files]));
  const groupPlugin = {
    name: 'test-groups',
    setup(build) {
      build.onResolve({ filter: /^group:/ }, (args) => ({ path: args.path, namespace: 'test-group' }));
      build.onLoad({ filter: /.*/, namespace: 'test-group' }, (args) => {
        if (!opts.runner) throw new Error('bundleTests: a unit of several files needs the group runner');
        const files = groups.get(args.path) ?? [];
        const list = files.map(
          (f) => `{ source: ${JSON.stringify(f)}, load: () => import(${JSON.stringify(join(root, f))}) }`,
        );
        return {
          contents: `import { runGroup } from ${JSON.stringify(opts.runner)};\nawait runGroup([${list.join(', ')}]);\n`,
          resolveDir: root,
          loader: 'js',
        };
      });
    },
  };
  const options = commonOptions();
  await esbuild.build({
    ...options,
    plugins: [...options.plugins, groupPlugin],
    entryPoints: lists.map((files, i) => ({
      in: throughRunner[i] ? `group:${rank(i)}` : join(root, files[0]),
      out: out(files, i),
    })),
    outbase: root,
    outdir,
  });
  return new Map(lists.flatMap((files, i) => files.map((f) => [f, join(outdir, `${out(files, i)}.mjs`)])));
}

/** The deepest folder that holds every file given (relative paths). */
function commonFolder(files) {
  const parts = files.map((f) => dirname(f).split('/'));
  const common = [];
  for (let i = 0; parts.every((p) => i < p.length && p[i] === parts[0][i]); i++) common.push(parts[0][i]);
  return common.join('/') || '.';
}

/** The source file a bundled test file was built from (the inverse of bundleTests' naming), absolute; for the entry
 * of several files, their folder and how many they are ("…/modules/calendar (5 files)"). */
export function sourceOfBundled(file, outdir) {
  const path = relative(outdir, file).replace(/^\d+\//, '');
  const group = /^(.*)\/group-of-(\d+)\.mjs$/.exec(path);
  if (group) return `${join(root, group[1])} (${group[2]} files)`;
  return join(root, path.replace(/\.mjs$/, '.ts'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await serverBundle();
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    process.exit(1);
  }
}
