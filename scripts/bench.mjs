#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts. Each prints its measurements as ratios against a baseline measured
// in the same run, so the numbers mean the same on any machine. Pass a name fragment to run only matching benches;
// `suite` runs the rehearsal of `npm test` with more modules (scripts/suite-rehearsal.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv[2] ?? '';
// `npm run bench -- suite --modules 7`: the rehearsal of the whole `npm test` with more modules (a run of its own,
// minutes long, never part of the benches below)
if (filter === 'suite') {
  const res = spawnSync(process.execPath, [join(root, 'scripts/suite-rehearsal.mjs'), ...process.argv.slice(3)], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(res.status ?? 1);
}
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n=== bench/${file}`);
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join('bench', file)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (res.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
