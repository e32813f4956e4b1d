// Where a journey shard waits: runs the journeys in one shard (e2e/run.ts, FAZHI_E2E_SHARDS=1 unless set) and
// samples every 100 ms the CPU of everything the run started — chromium's processes, the shard's node process, its
// server, PostgreSQL and its backends — from /proc. An interval in which none of them used a tick of CPU (each under
// 10 ms) is one the shard spent waiting on a timer; one in which a process of theirs was runnable but got none is
// the machine's other load, counted apart. Every playwright call is recorded by the shard's process
// (e2e/step-log.ts), and each waiting interval goes to the innermost call under way then, or to "between calls".
//   node --import tsx bench/e2e-waits.ts [words of journey file names] [--top 30]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { unreapedCpuSeconds } from '../scripts/stage-timing.mjs';

const TICK_MS = 10;
const SAMPLE_MS = 100;
const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 30;
const stepLog = join(tmpdir(), `fazhi-e2e-steps-${process.pid}.jsonl`);
// what the shards add to the stage's count for chromium's orphaned processes (scripts/stage-timing.mjs does the same)
const unreapedFile = join(tmpdir(), `fazhi-unreaped-cpu-${process.pid}`);
rmSync(stepLog, { force: true });
rmSync(unreapedFile, { force: true });

interface Proc {
  ticks: number;
  state: string;
}
function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: f[0]!, ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}
/** the process and its descendants, through each thread's list of children (chromium starts its children from
 * threads other than its main one) */
function tree(pid: number, into: Set<number>) {
  into.add(pid);
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tasks) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const c of children.split(' ').filter(Boolean)) tree(Number(c), into);
  }
}

interface Sample {
  t: number;
  ticks: number;
  runnable: boolean;
}
const samples: Sample[] = [];
const loadAtStart = loadavg()[0]!;
const child = spawn(process.execPath, ['--import', 'tsx', 'e2e/run.ts', ...args], {
  cwd: root,
  env: {
    ...process.env,
    FAZHI_E2E_SHARDS: process.env.FAZHI_E2E_SHARDS ?? '1',
    FAZHI_E2E_STEP_LOG: stepLog,
    FAZHI_UNREAPED_CPU_FILE: unreapedFile,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let pids = new Set<number>();
const last = new Map<number, number>();
let sinceScan = Infinity;
const timer = setInterval(() => {
  // the tree is walked once a second (a thread list per process); the known processes are read every sample
  if ((sinceScan += SAMPLE_MS) >= 1000) {
    pids = new Set();
    tree(child.pid!, pids);
    sinceScan = 0;
  }
  let ticks = 0;
  let runnable = false;
  for (const pid of pids) {
    const p = readProc(pid);
    if (!p) {
      pids.delete(pid);
      continue;
    }
    ticks += p.ticks - (last.get(pid) ?? 0);
    last.set(pid, p.ticks);
    if (p.state === 'R') runnable = true;
  }
  samples.push({ t: Date.now(), ticks, runnable });
}, SAMPLE_MS);

const code: number = await new Promise((r) => child.once('exit', (c) => r(c ?? 1)));
clearInterval(timer);
const loadAtEnd = loadavg()[0]!;

interface Step {
  api: string;
  at: string;
  journey: string;
  t0: number;
  t1: number;
}
const steps: Step[] = existsSync(stepLog)
  ? readFileSync(stepLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Step)
  : [];
rmSync(stepLog, { force: true });
if (steps.length === 0) {
  console.error('没有记录到任何步骤');
  process.exit(1);
}
// each journey's span: from its first call to its last (the shard runs them one after another)
const spans = new Map<string, { t0: number; t1: number }>();
for (const st of steps) {
  if (!st.journey) continue;
  const sp = spans.get(st.journey) ?? { t0: st.t0, t1: st.t1 };
  spans.set(st.journey, { t0: Math.min(sp.t0, st.t0), t1: Math.max(sp.t1, st.t1) });
}
const journeyAt = (t: number) => [...spans].find(([, sp]) => sp.t0 <= t && t <= sp.t1)?.[0];

interface Tally {
  wall: number;
  cpu: number;
  waited: number;
  starved: number;
}
const byApi = new Map<string, number>();
const byAt = new Map<string, number>();
const cpuByAt = new Map<string, number>();
const byJourney = new Map<string, Tally>();
const total: Tally = { wall: 0, cpu: 0, waited: 0, starved: 0 };
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
for (let i = 1; i < samples.length; i++) {
  const sm = samples[i]!;
  const t0 = samples[i - 1]!.t;
  const journey = journeyAt(sm.t);
  if (!journey) continue;
  const ms = sm.t - t0;
  const j = byJourney.get(journey) ?? { wall: 0, cpu: 0, waited: 0, starved: 0 };
  byJourney.set(journey, j);
  for (const x of [j, total]) {
    x.wall += ms;
    x.cpu += sm.ticks * TICK_MS;
  }
  // the innermost call under way: the latest begun among those that overlap the interval
  let inner: Step | undefined;
  for (const st of steps) if (st.t0 < sm.t && st.t1 > t0 && (!inner || st.t0 > inner.t0)) inner = st;
  const where = inner ? `${inner.api} ${inner.at}` : `(between calls) ${journey}`;
  if (sm.ticks > 0) {
    add(cpuByAt, where, sm.ticks * TICK_MS);
    continue;
  }
  if (sm.runnable) {
    j.starved += ms;
    total.starved += ms;
    continue;
  }
  j.waited += ms;
  total.waited += ms;
  add(byApi, inner?.api ?? '(between calls)', ms);
  add(byAt, where, ms);
}
const s = (ms: number) => (ms / 1000).toFixed(1);
// what npm test's table counts: the run's waited-for descendants (cutime + cstime of this process)
const stat = readFileSync('/proc/self/stat', 'utf8');
const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
const waitedFor = (Number(f[13]) + Number(f[14])) / 100;
const unreaped = unreapedCpuSeconds(unreapedFile);
// the whole run sampled, to set beside the count (processes shorter than a second are missed here)
const sampledRun = samples.reduce((a, x) => a + x.ticks * TICK_MS, 0);
rmSync(unreapedFile, { force: true });
console.log(
  `\n── 等待分析（${process.env.FAZHI_E2E_SHARDS ?? 1} 组；负载 ${loadAtStart.toFixed(1)} → ${loadAtEnd.toFixed(1)}）\n` +
    `旅程 ${spans.size} 条共 ${s(total.wall)} s，其间全部进程 CPU ${s(total.cpu)} s（采样所得）；` +
    `无任何进程用 CPU 的时间 ${s(total.waited)} s（${((100 * total.waited) / total.wall).toFixed(0)}%），` +
    `另有 ${s(total.starved)} s 进程可运行却未得到 CPU（机器的其他负载）\n` +
    `整个运行按 /proc 的 cutime+cstime ${waitedFor.toFixed(1)} CPU-s，加上 chromium 未被回收的进程 ` +
    `${unreaped.toFixed(1)} CPU-s（npm test 的统计方式）共 ${(waitedFor + unreaped).toFixed(1)} CPU-s；` +
    `整个运行采样所得 ${s(sampledRun)} CPU-s`,
);
const list = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${s(v).padStart(7)} s  ${k}`);
};
list('等待，按调用：', byApi);
list('等待，按位置：', byAt);
list('CPU，按位置（所有进程）：', cpuByAt);
console.log('\n按旅程（时长 / CPU / 等待 / 缺 CPU，秒）：');
for (const [k, v] of [...byJourney].sort((a, b) => b[1].wall - a[1].wall))
  console.log(`${[v.wall, v.cpu, v.waited, v.starved].map((x) => s(x).padStart(6)).join(' ')}  ${k}`);
process.exit(code);
