// Runs several integration test files one after another in one process (run-integration.ts groups the short files
// of a module, scripts/it-groups.mjs): the process, the ESM loader's work on the bundle and the first connection's
// warm-up are paid once for the group instead of once per file. Each file runs inside a suite named by its source
// path, so its top-level hooks (`before(createTestEnv)`, `after(env.close)`) are that suite's and run when the file's
// tests do — a file closes what it opened before the next one starts — and a failure is listed under its file.
// Each file keeps its own time limit (the suite's timeout), and its CPU and wall time are recorded apart
// (file-cpu.ts), the process's CPU counted from the moment the file starts (the first file's from the process's). What a file could leave behind for the
// next one is put back or named: the environment variables (the clock pin FAZHI_NOW among them) are restored after
// each file, and handles it left open (a pool, a server, a timer) are printed with its name. Files that change or
// measure state of the whole process run alone (ALONE in scripts/it-groups.mjs).
import { describe } from 'node:test';
import { childrenCpuTimes } from '../../../scripts/stage-timing.mjs';
import { markGrouped, writeFileTime } from './file-cpu';

export interface GroupFile {
  /** the source path, relative to the repository */
  source: string;
  load: () => Promise<unknown>;
}

/** The environment as it was, put back: variables a file added are removed, those it changed or removed restored. */
export function restoreEnv(saved: Readonly<Record<string, string | undefined>>, env = process.env): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(env))
    if (!(key in saved)) {
      changed.push(key);
      delete env[key];
    }
  for (const [key, value] of Object.entries(saved))
    if (env[key] !== value) {
      changed.push(key);
      env[key] = value;
    }
  return changed;
}

/** The kinds of handle open now that were not open before (`process.getActiveResourcesInfo()` lists), counted. */
export function leftOpen(before: readonly string[], after: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const r of after) count.set(r, (count.get(r) ?? 0) + 1);
  for (const r of before) count.set(r, (count.get(r) ?? 0) - 1);
  return [...count].filter(([, n]) => n > 0).map(([r, n]) => (n > 1 ? `${r} ×${n}` : r));
}

const root = new URL('../../..', import.meta.url).pathname;

export async function runGroup(files: readonly GroupFile[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  markGrouped();
  const timeout = Number(env.FAZHI_IT_FILE_LIMIT_MS) || 300_000;
  const dir = env.FAZHI_TEST_CPU_DIR;
  for (const [i, file] of files.entries()) {
    const saved = { ...process.env };
    const handles = process.getActiveResourcesInfo();
    // the first file's figure counts the process's start too (node, loading the bundle), as a file alone did
    const cpu = i === 0 ? { user: 0, system: 0 } : process.cpuUsage();
    const children = i === 0 ? { user: 0, sys: 0 } : childrenCpuTimes();
    const started = i === 0 ? 0 : performance.now();
    await describe(file.source, { timeout }, async () => {
      await file.load();
    });
    const own = process.cpuUsage(cpu);
    const ended = childrenCpuTimes();
    const childCpu = children && ended ? ended.user - children.user + (ended.sys - children.sys) : 0;
    const childSys = children && ended ? ended.sys - children.sys : 0;
    if (dir)
      writeFileTime(dir, `${process.pid}-${i}`, {
        file: `${root}${file.source}`,
        cpu: (own.user + own.system) / 1e6 + childCpu,
        sys: own.system / 1e6 + childSys,
        wall: (performance.now() - started) / 1000,
      });
    const changed = restoreEnv(saved);
    if (changed.length) console.error(`${file.source}: environment put back after the file (${changed.join(', ')})`);
    // a handle closes on a later turn of the event loop than the `after` hook that closed it
    await new Promise((resolve) => setImmediate(resolve));
    const open = leftOpen(handles, process.getActiveResourcesInfo());
    if (open.length) console.error(`${file.source}: left open after its tests: ${open.join(', ')}`);
  }
}
