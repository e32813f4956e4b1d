#!/usr/bin/env node
// Builds the web console and portal (packages/web/dist) when the build is missing or older than its sources, so
// that `npm start` on a fresh clone serves the console and an unchanged tree starts without rebuilding.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newest } from './newest.mjs';

const root = new URL('..', import.meta.url).pathname;
const web = join(root, 'packages/web');
const stamp = join(web, 'dist/.vite/manifest.json');

export function webBuildIsStale() {
  if (!existsSync(stamp)) return true;
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newest(join(web, p)));
  // the web bundles core's declarations (menus, labels, contracts' types and enumerations) and its package settings
  sources.push(newest(join(root, 'packages/core/src')), newest(join(root, 'packages/core/package.json')));
  return Math.max(...sources) > statSync(stamp).mtimeMs;
}

const vite = (quiet) => [
  join(root, 'node_modules/.bin/vite'),
  ['build', '--logLevel', quiet ? 'error' : 'warn'],
  { cwd: web, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] },
];
const failed = (status) => new Error(`前端构建失败（退出码 ${status}）`);

export function buildWebIfStale({ quiet = false } = {}) {
  if (!webBuildIsStale()) return false;
  if (!quiet) console.log('正在构建控制台和门户前端（packages/web/dist）……');
  const res = spawnSync(...vite(quiet));
  if (res.status !== 0) throw failed(res.status ?? res.signal);
  return true;
}

/** The same without blocking, for a caller with other work meanwhile (the journeys seed their database): settles
 * with whether it built once the build has ended. */
export function buildWebIfStaleInBackground({ quiet = false } = {}) {
  if (!webBuildIsStale()) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    spawn(...vite(quiet))
      .on('error', reject)
      .on('close', (code, signal) => (code === 0 ? resolve(true) : reject(failed(code ?? signal))));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildWebIfStale();
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    process.exit(1);
  }
}
