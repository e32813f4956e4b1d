// CPU per integration test file: each file's process (which imports helpers.ts) writes its CPU time (its own and
// that of the processes it ran) and wall time when it exits into the directory the harness names
// (FAZHI_TEST_CPU_DIR); the harness prints the slowest files after the run. It prints, never fails: a timed assertion would fail on a loaded machine (speed targets live in
// bench/), and the budget per file in docs/architecture.md ("Test time") is a guide for whoever reads the list.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { childrenCpuTimes } from '../../../scripts/stage-timing.mjs';
import { sourceOfBundled } from '../../../scripts/build-server.mjs';

/** The share of one integration file in the suite's budget (docs/architecture.md, "Test time"), CPU seconds. */
export const FILE_CPU_SHARE = 45;

export interface FileTime {
  file: string;
  cpu: number;
  /** of `cpu`, the kernel's part (sys): process starts, page faults, sockets */
  sys?: number;
  wall: number;
}

const GROUPED = Symbol.for('fazhi.test.grouped');

/** In a process that runs several files (group-runner.ts): each file's time is recorded by the runner, not at exit. */
export function markGrouped(): void {
  (globalThis as Record<symbol, unknown>)[GROUPED] = true;
}

/** Writes one file's time into the harness's directory, under a name no other record has. */
export function writeFileTime(dir: string, name: string, time: FileTime): void {
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(time));
}

/** In a test file's process: record its CPU and wall time at exit (once, whoever imports this first). */
export function recordFileCpuAtExit(env: NodeJS.ProcessEnv = process.env): void {
  if ((globalThis as Record<symbol, unknown>)[GROUPED]) return;
  const dir = env.FAZHI_TEST_CPU_DIR;
  const bundle = env.FAZHI_TEST_BUNDLE_DIR;
  const run = process.argv[1];
  if (!dir || !run) return;
  // the harness runs the bundled file (run-integration.ts): the list names the source
  const file = bundle && run.startsWith(`${bundle}/`) ? sourceOfBundled(run, bundle) : run;
  process.once('exit', () => {
    const u = process.cpuUsage();
    // with the processes it spawned and waited for (the CLI tests run `fazhi` a score of times)
    const children = childrenCpuTimes();
    const cpu = (u.user + u.system) / 1e6 + (children ? children.user + children.sys : 0);
    const sys = u.system / 1e6 + (children?.sys ?? 0);
    const time: FileTime = { file, cpu, sys, wall: process.uptime() };
    writeFileTime(dir, String(process.pid), time);
  });
}

/** In the harness: a fresh directory for the files' records. */
export function fileCpuDir(): string {
  return mkdtempSync(join(tmpdir(), 'fazhi-cpu-'));
}

function fileTimes(dir: string): FileTime[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as FileTime);
}

/** The lines the harness prints: the slowest files by CPU, and any over its share. */
export function slowestFiles(dir: string, root: string, count = 8): string[] {
  const times = fileTimes(dir).sort((a, b) => b.cpu - a.cpu);
  if (times.length === 0) return [];
  const total = times.reduce((sum, t) => sum + t.cpu, 0);
  const line = (t: FileTime) =>
    `${t.cpu.toFixed(1).padStart(7)} s cpu ${t.wall.toFixed(1).padStart(7)} s wall  ${relative(root, t.file)}`;
  const over = times.filter((t) => t.cpu > FILE_CPU_SHARE);
  // the share of each module (and of the platform and CLI), the figure a module's budget is written in
  const byPart = new Map<string, { cpu: number; files: number }>();
  for (const t of times) {
    const part = /packages\/server\/src\/modules\/([^/]+)\//.exec(t.file)?.[1] ?? 'platform, cli';
    const sum = byPart.get(part) ?? { cpu: 0, files: 0 };
    byPart.set(part, { cpu: sum.cpu + t.cpu, files: sum.files + 1 });
  }
  const parts = [...byPart].sort((a, b) => b[1].cpu - a[1].cpu);
  const sys = times.reduce((sum, t) => sum + (t.sys ?? 0), 0);
  return [
    `slowest integration files (CPU of each file's processes, without PostgreSQL's; ${times.length} files, ` +
      `${total.toFixed(0)} s CPU in all, ${sys.toFixed(0)} of it sys):`,
    ...times.slice(0, count).map(line),
    `by module: ${parts.map(([name, p]) => `${name} ${p.cpu.toFixed(0)} s (${p.files} files)`).join('; ')}`,
    ...over.map(
      (t) =>
        `over one file's share (${FILE_CPU_SHARE} s CPU, docs/architecture.md "Test time"): ${relative(root, t.file)}`,
    ),
  ];
}

/** The wall seconds each file took in the runs so far (source path relative to the root → seconds). */
export type Durations = Record<string, number>;

/** The durations file with this run's wall times (or, with `what` = 'cpu', CPU seconds) merged in (a run of chosen
 * files keeps the others'). */
export function recordDurations(dir: string, root: string, path: string, what: 'wall' | 'cpu' = 'wall'): void {
  let recorded: Durations = {};
  try {
    recorded = JSON.parse(readFileSync(path, 'utf8')) as Durations;
  } catch {
    // none yet
  }
  for (const t of fileTimes(dir)) recorded[relative(root, t.file)] = Math.round(t[what] * 10) / 10;
  writeFileSync(path, `${JSON.stringify(recorded, null, 1)}\n`);
}
