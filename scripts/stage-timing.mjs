// Time per stage of `npm test`: wall time and CPU time (user + sys of the stage's processes). The machine running
// the suite is often shared, and wall time under load says little; CPU time is what a change to the suite is judged
// by. Each stage runs under this file as a small wrapper (`node scripts/stage-timing.mjs --measure cmd args…`):
// the wrapper waits for the command, then reads its own children's CPU time from /proc (cutime + cstime, which on
// Linux count every descendant that was waited for, so node:test's per-file processes and a PostgreSQL started by
// the harness are included) and writes it to file descriptor 3. Elsewhere than Linux the CPU column stays empty.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { getPriority, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';

/** Linux reports /proc times in USER_HZ ticks, which is 100 on every architecture Linux supports today. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + sys) of this process's waited-for descendants, or null where /proc is not available. */
export function childrenCpuSeconds(stat = readProcStat()) {
  const t = childrenCpuTimes(stat);
  return t === null ? null : t.user + t.sys;
}

/** The same split into user and sys (kernel) seconds, or null where /proc is not available.
 * @returns {{ user: number, sys: number } | null} */
export function childrenCpuTimes(stat = readProcStat()) {
  if (stat === null) return null;
  // the command name (2nd field) may hold spaces and parentheses: count fields after its closing parenthesis
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) return null;
  return { user: cutime / TICKS_PER_SECOND, sys: cstime / TICKS_PER_SECOND };
}

/** A process's own CPU and that of its waited-for descendants, user and sys apart (PostgreSQL's postmaster, whose
 * backends are its children), or null where /proc is not available.
 * @param {number | 'self'} pid
 * @returns {{ user: number, sys: number } | null} */
export function treeCpuTimes(pid) {
  const stat = readProcStat(pid);
  if (stat === null) return null;
  const f = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  const [utime, stime, cutime, cstime] = [f[11], f[12], f[13], f[14]];
  if (![utime, stime, cutime, cstime].every(Number.isFinite)) return null;
  return { user: (utime + cutime) / TICKS_PER_SECOND, sys: (stime + cstime) / TICKS_PER_SECOND };
}

/** The CPU (user, sys seconds) of a process's children still running, each named by its command line: PostgreSQL's
 * checkpointer, background and WAL writers, which `treeCpuTimes` of the postmaster counts only once they have
 * ended (their CPU is then in its cutime). Empty where /proc does not list children.
 * @param {number} pid
 * @returns {{ name: string, user: number, sys: number }[]} */
export function liveChildrenCpuTimes(pid) {
  let children;
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
  return children.flatMap((child) => {
    const stat = readProcStat(child);
    if (stat === null) return [];
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    let name = '';
    try {
      name = readFileSync(`/proc/${child}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    } catch {
      return [];
    }
    return [{ name, user: (f[11] + f[13]) / TICKS_PER_SECOND, sys: (f[12] + f[14]) / TICKS_PER_SECOND }];
  });
}

/** CPU seconds (user + sys) a running process has spent itself (a journey's server, read before and after the
 * journey), or null where /proc is not available. (Summing a live process tree instead, chromium's included, was
 * tried and counted some of chromium's processes twice until they ended; the stage's total counts them once.)
 * @param {number} pid
 * @returns {number | null}
 */
export function processCpuSeconds(pid) {
  const stat = readProcStat(pid);
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  return Number.isFinite(seconds) ? seconds : null;
}

function readProcStat(pid = 'self') {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Runs a command in the wrapper and settles with its exit status, output (unless `live`, then streamed as it
 * comes), wall seconds and CPU seconds. With `limitMs`, the command and what it started (in its process group) get
 * SIGTERM once that time has passed, and the result says `timedOut`. With `nice`, the command and everything it
 * starts run that much lower in priority (the wrapper lowers its own before it starts the command, so nothing
 * escapes it); with `idle`, in the idle class (SCHED_IDLE through chrt: only on a core no other process wants; where
 * chrt is missing, at the lowest priority), until `toNormalClass` is called with `pid` (the wrapper's, which the
 * settled promise carries as its `pid` at once).
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, live: boolean, limitMs?: number, nice?: number, idle?: boolean }} opts
 */
export function runMeasured(cmd, args, opts) {
  const started = performance.now();
  const wrapper = [new URL(import.meta.url).pathname, '--measure', `--nice=${opts.nice ?? 0}`];
  if (opts.idle) wrapper.push('--idle');
  const child = spawn(process.execPath, [...wrapper, cmd, ...args], {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', opts.live ? 'inherit' : 'pipe', 'pipe'],
    detached: opts.limitMs !== undefined,
  });
  let timedOut = false;
  const timer =
    opts.limitMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            // ended meanwhile
          }
        }, opts.limitMs);
  let stdout = '';
  let stderr = '';
  let cpuText = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    if (opts.live) process.stdout.write(chunk);
  });
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  child.stdio[3].on('data', (chunk) => (cpuText += chunk));
  const result = new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const cpu = cpuText.trim() === '' ? null : Number(cpuText);
      resolve({
        status: code ?? signal,
        stdout,
        stderr,
        wall: (performance.now() - started) / 1000,
        cpu: Number.isFinite(cpu) ? cpu : null,
        timedOut,
      });
    });
  });
  return Object.assign(result, { pid: child.pid });
}

/** The processes descended from `pid` now (their ids), read from /proc; none where /proc is not available. */
export function descendantsOf(pid) {
  const parentOf = new Map();
  let names = [];
  try {
    names = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  for (const n of names) {
    const stat = readProcStat(n);
    if (stat) parentOf.set(Number(n), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  const found = [];
  const within = new Set([pid]);
  // a child's id can be lower than its parent's once ids wrap: repeat until no new descendant turns up
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, parent] of parentOf)
      if (within.has(parent) && !within.has(p)) {
        within.add(p);
        found.push(p);
        grew = true;
      }
  }
  return found;
}

/** Returns the process `pid` and everything it has started from the idle class to the normal one (each thread);
 * a process that ended meanwhile is passed over. */
export function toNormalClass(pid) {
  for (const p of [pid, ...descendantsOf(pid)])
    spawnSync('chrt', ['--other', '--all-tasks', '--pid', '0', String(p)], { stdio: 'ignore' });
}
const secs = (n) => (n === null ? '–' : n.toFixed(1));

/**
 * The closing table: one line per stage with wall and CPU seconds (and, where stages ran side by side, when each
 * started after the run's start), then the total (wall: the whole run, which is less than the stages' sum where
 * stages ran side by side; CPU: the stages' sum) and the cores the run kept busy on average (CPU over wall).
 * @param {{ title: string, wall: number, cpu: number | null, start?: number }[]} rows
 * @param {number} totalWall
 */
export function timingTable(rows, totalWall) {
  const width = Math.max(5, ...rows.map((r) => r.title.length));
  const starts = rows.some((r) => r.start !== undefined);
  const line = (title, start, wall, cpu) =>
    `${title.padEnd(width)}  ${starts ? `${start.padStart(8)}  ` : ''}${wall.padStart(8)}  ${cpu.padStart(8)}`;
  const cpus = rows.map((r) => r.cpu);
  const totalCpu = cpus.every((c) => c !== null) ? cpus.reduce((a, b) => a + b, 0) : null;
  const lines = [
    line('stage', 'start s', 'wall s', 'cpu s'),
    ...rows.map((r) => line(r.title, r.start === undefined ? '' : secs(r.start), secs(r.wall), secs(r.cpu))),
    line('total', '', secs(totalWall), secs(totalCpu)),
  ];
  if (totalCpu !== null && totalWall > 0) lines.push(`cores used: ${(totalCpu / totalWall).toFixed(2)}`);
  return lines.join('\n');
}

/** The seconds appended to an unreaped-CPU file (FAZHI_UNREAPED_CPU_FILE), summed; 0 when there is none.
 * @param {string} file */
export function unreapedCpuSeconds(file) {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 0;
  }
  return text
    .split('\n')
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0)
    .reduce((a, b) => a + b, 0);
}

// The wrapper: run the command with this process's output, report the children's CPU on fd 3, exit as it did.
if (process.argv[2] === '--measure') {
  const nice = Number(/^--nice=(\d+)$/.exec(process.argv[3] ?? '')?.[1] ?? 0);
  // an increment, as nice(1) takes it: a run already at a lower priority goes lower still (and never, as root could,
  // higher)
  if (nice > 0) setPriority(Math.min(19, getPriority() + nice));
  const [cmd = '', ...args] = process.argv.slice(process.argv[4] === '--idle' ? 5 : 4);
  // CPU the command's processes spent in processes that end as orphans of init, which cutime never sees (the
  // journeys' chromium renderers, e2e/browser.ts): they append their seconds to this file, one number a line
  const unreaped = join(tmpdir(), `fazhi-unreaped-cpu-${process.pid}`);
  rmSync(unreaped, { force: true }); // one a wrapper of the same id left when it was stopped
  const spawnOpts = { stdio: 'inherit', env: { ...process.env, FAZHI_UNREAPED_CPU_FILE: unreaped } };
  let res;
  if (process.argv[4] === '--idle') {
    // the idle class for the command and all it starts (chrt execs it); without chrt, the lowest priority
    res = spawnSync('chrt', ['--idle', '0', cmd, ...args], spawnOpts);
    if (res.error) {
      setPriority(19);
      res = spawnSync(cmd, args, spawnOpts);
    }
  } else res = spawnSync(cmd, args, spawnOpts);
  const reaped = childrenCpuSeconds();
  const cpu = reaped === null ? null : reaped + unreapedCpuSeconds(unreaped);
  rmSync(unreaped, { force: true });
  try {
    writeSync(3, cpu === null ? '' : String(cpu));
  } catch {
    // no fd 3 (run by hand): nothing to report to
  }
  process.exit(res.status ?? 1);
}
