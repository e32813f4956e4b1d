#!/usr/bin/env node
// Builds the web console and portal (packages/web/dist) when the build is missing or older than its sources, so
// that `npm start` on a fresh clone serves the console and an unchanged tree starts without rebuilding.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newest } from './newest.mjs';

const root = new URL('..', import.meta.url).pathname;
const web = join(root, 'packages/web');
const stamp = join(web, 'dist/.vite/manifest.json');

export function webBuildIsStale() {
  if (!existsSync(stamp)) return true;
  const sources = ['src', 'build', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newest(join(web, p)));
  // the web bundles core's declarations (menus, labels, contracts' types and enumerations) and its package settings
  sources.push(newest(join(root, 'packages/core/src')), newest(join(root, 'packages/core/package.json')));
  return Math.max(...sources) > statSync(stamp).mtimeMs;
}

/** Where antd's styles extracted at build time are written (packages/web/build/antd-static-style.tsx) and read by
 * vite.config.ts, which emits them as hashed assets linked from the page. */
export const antdStyleDir = join(root, 'node_modules/.cache/fazhi-antd-style');
const antdStamp = join(antdStyleDir, 'inputs.json');
const antdExtractor = join(web, 'build/antd-static-style.tsx');

/** The antd exports the web imports (`import { Button, Form } from 'antd'`), whose styles the build extracts. */
export function antdImports(dir = join(web, 'src')) {
  const names = new Set();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const n of antdImports(path)) names.add(n);
    else if (/\.tsx?$/.test(entry.name))
      for (const [, list] of readFileSync(path, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'antd'/g))
        for (const item of list.split(',')) {
          const name = item.trim().split(/\s+as\s+/)[0];
          if (name && !name.startsWith('type ')) names.add(name);
        }
  }
  return [...names].sort();
}

/** The extraction's inputs: the components and what decides their styles (the settings, antd's versions). A change
 * to any of them extracts again; an unchanged set costs nothing (the extraction is about 4 CPU-s). */
function antdStyleInputs() {
  const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  const sources = ['build/antd-static-style.tsx', 'src/shell/antd-config.ts', 'src/shell/theme.ts'];
  return {
    names: antdImports(),
    versions: ['antd', '@ant-design/cssinjs', '@ant-design/cssinjs-utils'].map((p) => `${p}@${version(p)}`),
    sources: Math.max(...sources.map((p) => newest(join(web, p)))),
  };
}

const extraction = (inputs) => [
  process.execPath,
  ['--import', 'tsx', antdExtractor, antdStyleDir, ...inputs.names],
  { cwd: root, env: { ...process.env, TSX_TSCONFIG_PATH: join(web, 'tsconfig.json') }, stdio: 'inherit' },
];
const vite = (quiet) => [
  join(root, 'node_modules/.bin/vite'),
  ['build', '--logLevel', quiet ? 'error' : 'warn'],
  { cwd: web, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] },
];
const failed = (status) => new Error(`前端构建失败（退出码 ${status}）`);

/** The inputs when antd's extracted styles are missing or were extracted from others, else null. */
function antdStyleStale() {
  const inputs = antdStyleInputs();
  const was = existsSync(antdStamp) ? readFileSync(antdStamp, 'utf8') : '';
  return was === JSON.stringify(inputs) ? null : inputs;
}

export function buildWebIfStale({ quiet = false } = {}) {
  if (!webBuildIsStale()) return false;
  if (!quiet) console.log('正在构建控制台和门户前端（packages/web/dist）……');
  const inputs = antdStyleStale();
  if (inputs) {
    const res = spawnSync(...extraction(inputs));
    if (res.status !== 0) throw failed(res.status ?? res.signal);
    writeFileSync(antdStamp, JSON.stringify(inputs));
  }
  const res = spawnSync(...vite(quiet));
  if (res.status !== 0) throw failed(res.status ?? res.signal);
  return true;
}

const run = (cmd) =>
  new Promise((resolve, reject) => {
    spawn(...cmd)
      .on('error', reject)
      .on('close', (code, signal) => (code === 0 ? resolve() : reject(failed(code ?? signal))));
  });

/** The same without blocking, for a caller with other work meanwhile (the journeys seed their database): settles
 * with whether it built once the build has ended. */
export async function buildWebIfStaleInBackground({ quiet = false } = {}) {
  if (!webBuildIsStale()) return false;
  const inputs = antdStyleStale();
  if (inputs) {
    await run(extraction(inputs));
    writeFileSync(antdStamp, JSON.stringify(inputs));
  }
  await run(vite(quiet));
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildWebIfStale();
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    process.exit(1);
  }
}
