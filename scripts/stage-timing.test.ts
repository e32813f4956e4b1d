// The time table at the end of `npm test`: CPU seconds read from /proc, a stage measured through the wrapper,
// a job run at a lower priority, and the table's lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import {
  childrenCpuSeconds,
  childrenCpuTimes,
  descendantsOf,
  liveChildrenCpuTimes,
  processCpuSeconds,
  runMeasured,
  timingTable,
  toNormalClass,
  unreapedCpuSeconds,
} from './stage-timing.mjs';
import { join } from 'node:path';

test('the children’s CPU is cutime + cstime of /proc/self/stat, in seconds, whatever the command name holds', () => {
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
  const stat = '4242 (node (x) y) S 1 4242 4242 0 -1 4194304 10 20 0 0 7 3 1234 56 20 0 1 0 99';
  assert.equal(childrenCpuSeconds(stat), 12.9);
  assert.deepEqual(childrenCpuTimes(stat), { user: 12.34, sys: 0.56 });
  assert.equal(childrenCpuSeconds(null), null);
  assert.equal(childrenCpuSeconds('1 (x) S 1'), null);
});

test('a stage run through the wrapper reports its exit status, output and the CPU its process spent', async () => {
  // burns 0.6 s of its own CPU, however loaded the machine (a wall-clock loop would get less under load); the check
  // below asks for 0.5: /proc counts whole clock ticks, sampled, and read 0.49 once for a burn of exactly 0.5 s
  const burn =
    'let n = 0; while (process.cpuUsage().user + process.cpuUsage().system < 600_000) n++; console.log("done", n > 0)';
  const res = await runMeasured(process.execPath, ['-e', burn], { cwd: tmpdir(), env: process.env, live: false });
  assert.equal(res.status, 0);
  assert.match(res.stdout, /done true/);
  assert.ok(res.wall > 0, `wall ${res.wall}`);
  assert.ok(res.cpu !== null && res.cpu >= 0.5, `cpu ${res.cpu}`);
  const failed = await runMeasured(process.execPath, ['-e', 'console.error("boom"); process.exit(3)'], {
    cwd: tmpdir(),
    env: process.env,
    live: false,
  });
  assert.equal(failed.status, 3);
  assert.match(failed.stderr, /boom/);
  assert.equal(failed.timedOut, false);
});

// These tests read /proc, as the stage timing they check does: npm test runs on Linux (Debian's chromium, chrt).
test('the wrapper adds the CPU its command reports of processes orphaned to init (chromium’s renderers)', async () => {
  // what e2e/browser.ts appends as its browser closes; the seconds are the command's word, never measured here
  const report = `require('node:fs').appendFileSync(process.env.FAZHI_UNREAPED_CPU_FILE, '40.5\\nnot a number\\n1.5\\n')`;
  const res = await runMeasured(process.execPath, ['-e', report], { cwd: tmpdir(), env: process.env, live: false });
  assert.equal(res.status, 0, res.stderr);
  assert.ok(res.cpu !== null && res.cpu >= 42 && res.cpu < 45, `cpu ${res.cpu}`);
  assert.equal(unreapedCpuSeconds(join(tmpdir(), 'fazhi-no-such-file')), 0);
});

test('a running process’s own CPU is utime + stime of its /proc stat', () => {
  const before = processCpuSeconds(process.pid);
  const start = process.cpuUsage();
  while (process.cpuUsage(start).user < 300_000);
  const after = processCpuSeconds(process.pid);
  assert.ok(before !== null && after !== null && after - before >= 0.25, `${before} → ${after}`);
  assert.equal(processCpuSeconds(2 ** 22 + 1), null);
});

test('a command run with a time limit is stopped with what it started once the limit has passed', async () => {
  // the command starts a grandchild that would outlive it; both are in the limited process group
  const hang = `require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'inherit' }); setTimeout(() => {}, 60000)`;
  const started = performance.now();
  const res = await runMeasured(process.execPath, ['-e', hang], {
    cwd: tmpdir(),
    env: process.env,
    live: false,
    limitMs: 300,
  });
  assert.equal(res.timedOut, true);
  assert.notEqual(res.status, 0);
  // the close event waits for the grandchild too (it holds the output pipe): it was stopped, not waited for
  assert.ok(performance.now() - started < 30_000);
});

test('a job run with `nice` runs, with what it starts, at that lower priority', async () => {
  // the command reports its own priority and its child's (nice is inherited by what the command starts)
  const report = `const os = require('node:os'); const c = require('node:child_process').spawnSync(process.execPath, ['-e', 'console.log(require("node:os").getPriority())'], { encoding: 'utf8' }); console.log(os.getPriority(), c.stdout.trim())`;
  const base = (
    await runMeasured(process.execPath, ['-e', report], { cwd: tmpdir(), env: process.env, live: false })
  ).stdout
    .trim()
    .split(' ')
    .map(Number);
  const niced = await runMeasured(process.execPath, ['-e', report], {
    cwd: tmpdir(),
    env: process.env,
    live: false,
    nice: 5,
  });
  assert.equal(niced.status, 0, niced.stderr);
  const [own, child] = niced.stdout.trim().split(' ').map(Number);
  assert.equal(own, Math.min(19, base[0]! + 5));
  assert.equal(child, own);
});

test('a job run `idle` is in the idle class until it is returned, with what it started, to the normal one', async () => {
  // read from outside (/proc/<pid>/stat, field 41: 0 normal, 5 idle), since an idle process may wait long for a core
  // on a busy machine
  const policyOf = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[38];
    } catch {
      return undefined; // ended
    }
  };
  const running = runMeasured(process.execPath, ['-e', 'setTimeout(() => {}, 500)'], {
    cwd: tmpdir(),
    env: process.env,
    live: false,
    idle: true,
  });
  const wrapper = running.pid ?? 0;
  let idle: number[] = [];
  for (let tries = 0; idle.length === 0 && tries < 600; tries++) {
    await new Promise((r) => setTimeout(r, 50));
    idle = descendantsOf(wrapper).filter((p) => policyOf(p) === '5');
  }
  assert.ok(idle.length > 0, 'the command runs in the idle class');
  // the wrapper that measures it stays in the class of whoever started it: the normal one, or the idle one when
  // this file itself runs in npm test's unit job beside the long stages (which then failed this line on '5')
  assert.equal(policyOf(wrapper), policyOf(process.pid));
  toNormalClass(wrapper);
  for (const p of idle) assert.ok(policyOf(p) !== '5', `process ${p} is back in the normal class`);
  const ended = await running;
  assert.equal(ended.status, 0, ended.stderr);
});

test('the table has a line per stage and a total: the run’s wall time and the stages’ summed CPU', () => {
  const table = timingTable(
    [
      { title: 'lint (eslint)', wall: 30.04, cpu: 41.26 },
      { title: 'unit tests (core)', wall: 17, cpu: 20.5 },
    ],
    40.5,
  );
  assert.deepEqual(table.split('\n'), [
    'stage                wall s     cpu s',
    'lint (eslint)          30.0      41.3',
    'unit tests (core)      17.0      20.5',
    'total                  40.5      61.8',
    'cores used: 1.52',
  ]);
  assert.match(timingTable([{ title: 'e2e', wall: 1, cpu: null }], 1), /^total\s+1\.0\s+–$/m);
});

test('side by side, the table says when each stage started, and the cores the run kept busy', () => {
  const table = timingTable(
    [
      { title: 'integration', wall: 300, cpu: 360, start: 0.2 },
      { title: 'lint (eslint)', wall: 40, cpu: 19, start: 12.5 },
    ],
    310,
  );
  assert.deepEqual(table.split('\n'), [
    'stage           start s    wall s     cpu s',
    'integration         0.2     300.0     360.0',
    'lint (eslint)      12.5      40.0      19.0',
    'total                       310.0     379.0',
    'cores used: 1.22',
  ]);
});

test('the children still running are named with their own CPU (what a postmaster has not reaped yet)', async () => {
  // the child spins until it has spent 0.2 CPU-s, says so, and waits to be stopped
  const spin = 'while (process.cpuUsage().user < 200000); console.log("spun"); setTimeout(() => {}, 60000)';
  const busy = spawn(process.execPath, ['-e', spin]);
  try {
    await new Promise((r) => busy.stdout.once('data', r));
    const child = liveChildrenCpuTimes(process.pid).find((c) => c.name.includes('spun'));
    assert.ok(child, 'the running child is listed by its command line');
    assert.ok(child.user + child.sys >= 0.2, `its CPU: ${JSON.stringify(child)}`);
  } finally {
    // waited for, not only signalled: its process and its three pipes stay open until it has exited, and the unit
    // runner names a file that leaves handles open
    const exited = new Promise((r) => busy.once('exit', r));
    busy.kill();
    await exited;
  }
});
