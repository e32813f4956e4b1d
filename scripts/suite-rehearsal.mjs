#!/usr/bin/env node
// A rehearsal of `npm test` with more modules (`npm run bench -- suite --modules 7`, or `node
// scripts/suite-rehearsal.mjs --modules 1 integration`): the whole pipeline (scripts/test.mjs, scripts/pipeline.mjs)
// with K copies of a reference module's integration files and journeys added to the integration and journey stages,
// then the same stage table and a verdict against the 10-minute budget (docs/architecture.md, "Test time and its
// budget"). The reference is major decisions, the latest module with a whole procedure; #16–#22 are seven more.
//
// How the copies run. Each copy is the module's test files written again under .fazhi-test/rehearsal (git-ignored),
// their relative imports pointed at the originals, so a copy is a module of its own for node and esbuild while it
// exercises the same code. An integration file already has its own database (createTestEnv clones the template per
// file), and each copy is its own part for the harness (`major-decisions-copy-2`: its short files share a process with
// each other, never with the original's). A copy of a journey would collide with the original in the same shard: it
// drafts the same year's catalogue and the same titles and 文号 in the shard's database. So in each shard every copy
// gets a database cloned from the same template and a server of its own (e2e/run.ts, FAZHI_E2E_COPIES), run by the
// shard's own process and chromium: the shard count and the journeys at a time stay as in plain `npm test`. The bias:
// each copy's server in each shard is one more server start (printed by the journey stage, and taken off the total in
// the verdict's second line) and the first page of each copy's server in a shard loads without the HTTP cache the
// shard's profile holds for its own server's address (about 1.5 CPU-s, not taken off).
//
// Plain `npm test` is unchanged: the copies exist only during the rehearsal, and the records that order the next
// run (.fazhi-test/*.json: stage, file and journey times) are put back as they were when it ends.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
export const REFERENCE = 'major-decisions';
/** The reference module's journeys (one file per user story), with the integration files under its folder. */
export const REFERENCE_JOURNEYS = [
  'citizen-comments-on-a-decision-draft',
  'citizen-reads-a-published-decision',
  'decision-goes-from-proposal-to-filing',
  'justice-bureau-traces-decision-statistics',
  'leader-records-the-meeting-with-a-dissent',
  'office-archives-a-decision',
  'office-publishes-the-decision-catalogue',
  'reviewer-draws-experts-for-a-decision',
].map((n) => `e2e/${n}.journey.ts`);
export const BUDGET_SECONDS = 600;
const STAGES = ['lint', 'unit', 'integration', 'e2e'];
/** the records of the last run that order the next one, put back after the rehearsal */
const RECORDS = ['stage-times.json', 'it-durations.json', 'it-cpu.json', 'e2e-durations.json'];

/** The file an import names, with its extension where it is left out (as tsx and esbuild resolve it). */
function resolvedImport(fromDir, specifier) {
  const path = resolve(fromDir, specifier);
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, `${path}.mjs`, join(path, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return path;
}

/**
 * A test file's text as a copy elsewhere: its relative imports (static, dynamic, re-exports) name the original's
 * files by absolute path, and `import.meta.url` is the original's, so a copy reads the files beside the original.
 * @param {string} text
 * @param {string} original absolute path of the file copied
 */
export function copiedText(text, original, resolveImport = resolvedImport) {
  const fromDir = dirname(original);
  return text
    .replace(
      /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g,
      (_m, lead, quote, spec) => `${lead}${quote}${resolveImport(fromDir, spec)}${quote}`,
    )
    .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(original).href));
}

/** The test files under a folder (relative to the repository). */
function testsUnder(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testsUnder(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Where copy `k` of each file goes (relative to the repository): an integration file under a module folder of its
 * own (`<module>-copy-<k>`, the harness's part), a journey in a folder of the copy's journeys.
 * @param {string} base the rehearsal's folder
 */
export function copyPath(base, file, k) {
  const moduleDir = `packages/server/src/modules/${REFERENCE}/`;
  if (file.startsWith(moduleDir))
    return join(base, `packages/server/src/modules/${REFERENCE}-copy-${k}`, file.slice(moduleDir.length));
  return join(base, `journeys-copy-${k}`, file.split('/').pop());
}

/** A record of the last run with each copy given its original's figure, so copies are ordered and grouped alike. */
export function withCopies(record, copies) {
  const out = { ...record };
  for (const [copy, original] of copies) if (original in record) out[copy] = record[original];
  return out;
}

/**
 * The closing table of scripts/test.mjs read back: the run's wall and CPU seconds, and the stages' rows.
 * @param {string} output
 */
export function readTable(output) {
  const table = output.slice(output.lastIndexOf('=== time per stage'));
  const total = /^total\s+([\d.]+)\s+([\d.]+)$/m.exec(table);
  if (!total) return null;
  const extraServers = /复制模块的服务：(\d+) 个，启动至可用 CPU ([\d.]+) s/.exec(output);
  return {
    wall: Number(total[1]),
    cpu: Number(total[2]),
    servers: extraServers ? Number(extraServers[1]) : 0,
    serversCpu: extraServers ? Number(extraServers[2]) : 0,
  };
}

/**
 * The verdict against the budget: the run as measured, the CPU without the copies' own server starts, and what the
 * run's cores used make of that CPU in wall time.
 * @param {{ wall: number, cpu: number, servers: number, serversCpu: number }} t
 * @param {{ modules: number, stages: string[] }} how
 */
export function verdict(t, { modules, stages }) {
  const whole = stages.length === 0 || STAGES.every((s) => stages.includes(s));
  const cores = t.cpu / t.wall;
  const over = t.wall - BUDGET_SECONDS;
  const lines = [
    `rehearsal: npm test with ${modules} more module${modules === 1 ? '' : 's'} of the ${REFERENCE} size` +
      (whole ? '' : ` (stages ${stages.join(', ')} only: the budget is the whole run's)`),
    `  ${t.wall.toFixed(0)} s wall, ${t.cpu.toFixed(0)} CPU-s, ${cores.toFixed(2)} cores used: ` +
      (over <= 0
        ? `within the ${BUDGET_SECONDS} s budget by ${(-over).toFixed(0)} s`
        : `over the ${BUDGET_SECONDS} s budget by ${over.toFixed(0)} s`),
  ];
  if (t.servers > 0) {
    const cpu = t.cpu - t.serversCpu;
    lines.push(
      `  without the copies' ${t.servers} own server starts (${t.serversCpu.toFixed(0)} CPU-s, the rehearsal's): ` +
        `${cpu.toFixed(0)} CPU-s, about ${(cpu / cores).toFixed(0)} s at the same cores used`,
    );
  }
  return lines.join('\n');
}

async function main(argv) {
  const rest = [...argv];
  const at = rest.indexOf('--modules');
  const modules = at < 0 ? 7 : Number(rest.splice(at, 2)[1]);
  const stages = rest.filter((a) => STAGES.includes(a));
  const unknown = rest.filter((a) => !STAGES.includes(a));
  if (!Number.isInteger(modules) || modules < 1 || unknown.length) {
    console.error('usage: npm run bench -- suite [--modules K (default 7)] [lint|unit|integration|e2e ...]');
    return 2;
  }
  const base = '.fazhi-test/rehearsal';
  rmSync(join(root, base), { recursive: true, force: true });
  const originals = [...testsUnder(`packages/server/src/modules/${REFERENCE}`), ...REFERENCE_JOURNEYS];
  const missing = originals.filter((f) => !existsSync(join(root, f)));
  if (missing.length) throw new Error(`the reference module's files are gone: ${missing.join(', ')}`);
  /** copy → original, relative to the repository */
  const copies = new Map();
  for (let k = 1; k <= modules; k++)
    for (const file of originals) {
      const copy = copyPath(base, file, k);
      mkdirSync(dirname(join(root, copy)), { recursive: true });
      writeFileSync(join(root, copy), copiedText(readFileSync(join(root, file), 'utf8'), join(root, file)));
      copies.set(copy, file);
    }
  const records = join(root, '.fazhi-test');
  const saved = new Map(
    RECORDS.map((n) => [n, existsSync(join(records, n)) ? readFileSync(join(records, n), 'utf8') : null]),
  );
  for (const name of ['it-durations.json', 'it-cpu.json', 'e2e-durations.json']) {
    const text = saved.get(name);
    if (text) writeFileSync(join(records, name), JSON.stringify(withCopies(JSON.parse(text), copies), null, 1));
  }
  const copied = [...copies.keys()];
  const env = {
    ...process.env,
    FAZHI_IT_EXTRA_FILES: copied.filter((f) => f.endsWith('.test.ts')).join(delimiter),
    FAZHI_E2E_COPIES: [...new Set(copied.filter((f) => f.endsWith('.journey.ts')).map(dirname))].join(delimiter),
  };
  console.log(
    `rehearsal: ${modules} cop${modules === 1 ? 'y' : 'ies'} of ${REFERENCE} (${originals.length} files each)`,
  );
  let output = '';
  let status;
  // Ctrl-C reaches the run's processes too: wait for them to end, then put the records back (below)
  const waitForTheRun = () => console.error('\nrehearsal: stopping, the records are put back once the run has ended');
  process.on('SIGINT', waitForTheRun);
  try {
    status = await new Promise((done) => {
      const child = spawn(process.execPath, [join(root, 'scripts/test.mjs'), ...stages], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
      child.on('close', (code) => done(code ?? 1));
    });
  } finally {
    for (const [name, text] of saved)
      if (text === null) rmSync(join(records, name), { force: true });
      else writeFileSync(join(records, name), text);
    rmSync(join(root, base), { recursive: true, force: true });
    process.off('SIGINT', waitForTheRun);
  }
  const table = readTable(output);
  if (table) console.log(`\n${verdict(table, { modules, stages })}`);
  return status;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await main(process.argv.slice(2)));
