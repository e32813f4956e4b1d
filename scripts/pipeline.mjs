// How `npm test` keeps the cores busy: its jobs run as one pipeline instead of stage after stage. Pure scheduling,
// so scripts/pipeline.test.ts covers it; scripts/test.mjs says what the jobs are and how one is run.
//
// Two kinds of job. A long job is a stage that keeps its own parallelism and waits a good part of its time (the
// integration files wait on PostgreSQL's disk and on the processes they start, the journeys on the browser): it
// starts at once, since its wall time, not its CPU, is the run's critical path. The short jobs (the checks and the
// unit tests) fill the cores beside them: longest first (by the CPU the last run recorded), one per core at a time,
// so that they end before the long jobs do and nothing is left to run alone at the end. Priorities (nice) decide who waits when the cores are short (`niceOf`); beside
// the long stages a short job runs in the idle class (`idleBeside`): it takes only the CPU no one else wants, so
// that the integration files, the run's critical path, lose nothing to it, and as many such jobs run as there are
// cores. Once the long stages have ended, the short jobs still running return to the normal class.

/**
 * @typedef {{ id: string, long?: boolean, timed?: boolean }} Job `timed`: a long job whose tests wait on what a
 * browser draws in time (the journeys), which CPU taken by others turns into lost clicks and timeouts
 */

/**
 * The niceness a job runs at (0: normal; higher: lower priority, inherited by everything the job starts). The
 * journeys come first: under load a lost CPU slice is a lost click or a timed-out request (seen in a run beside the
 * integration files at load 33). The integration files come next, taking what the journeys leave; the short jobs
 * last, taking what is left idle. Alone, a job runs at normal priority.
 * @param {Job} job
 * @param {Job[]} jobs every job of the run
 */
export function niceOf(job, jobs) {
  if (job.timed) return 0;
  if (job.long) return jobs.some((j) => j.timed) ? 4 : 0;
  return jobs.some((j) => j.long) ? 8 : 0;
}

/**
 * Whether a short job starting now runs in the idle class (SCHED_IDLE: only on a core no other process wants):
 * while a long stage is still to run or running. Measured idle (2026-12-07): at nice 8 the unit tests took 62 CPU-s
 * over 548 s beside the stages, CPU that a nice-4 integration file, the run's critical path, gave up to them.
 * @param {Job[]} pending
 * @param {Job[]} running
 */
export function idleBeside(pending, running) {
  return [...pending, ...running].some((j) => j.long);
}

/**
 * The pending jobs to start now, in the order to start them.
 * @template {Job} J
 * @param {J[]} pending in the order given (ties in cost keep it)
 * @param {J[]} running
 * @param {number} cores
 * @param {(job: J) => number} cost the job's expected CPU seconds (recorded by the last run, else estimated)
 * @returns {J[]}
 */
export function toStart(pending, running, cores, cost) {
  const longs = pending.filter((j) => j.long);
  // one short job per core: beside a long stage a short job is in the idle class (`idleBeside`) and takes nothing
  // from it, so two fill the idle moments of two cores; without one they share the cores
  const free = cores - running.filter((j) => !j.long).length;
  const shorts = pending
    .filter((j) => !j.long)
    .map((j, i) => ({ j, i }))
    .sort((a, b) => cost(b.j) - cost(a.j) || a.i - b.i)
    .slice(0, Math.max(0, free))
    .map(({ j }) => j);
  return [...longs, ...shorts];
}

/**
 * Runs the jobs as `toStart` says, each as `start(job, { idle })` (which must not reject: a job's failure is its
 * result; `idle`: a short job beside a long stage, `idleBeside`), and settles with every job's result by id once all
 * have ended. `onEnd` is told of each job as it ends (to print its output whole); `onLongEnd` once the last long job
 * has ended, with the short jobs still running (to return them to the normal class).
 * @template {Job} J
 * @template R
 * @param {J[]} jobs
 * @param {{ cores: number, cost: (job: J) => number, start: (job: J, how: { idle: boolean }) => Promise<R>, onEnd?: (job: J, result: R) => void, onLongEnd?: (running: J[]) => void }} opts
 * @returns {Promise<Map<string, R>>}
 */
export function runPipeline(jobs, { cores, cost, start, onEnd = () => undefined, onLongEnd = () => undefined }) {
  const pending = [...jobs];
  const running = [];
  const results = new Map();
  return new Promise((resolve) => {
    const pump = () => {
      for (const job of toStart(pending, running, cores, cost)) {
        const idle = !job.long && idleBeside(pending, running);
        pending.splice(pending.indexOf(job), 1);
        running.push(job);
        void start(job, { idle }).then((result) => {
          running.splice(running.indexOf(job), 1);
          results.set(job.id, result);
          onEnd(job, result);
          if (job.long && !idleBeside(pending, running)) onLongEnd([...running]);
          pump();
        });
      }
      if (pending.length === 0 && running.length === 0) resolve(results);
    };
    pump();
  });
}

/**
 * The recorded CPU seconds of each job (`.fazhi-test/stage-times.json`, written by the last run), read leniently:
 * a missing or broken record is no record.
 * @param {string} text
 * @returns {Record<string, number>}
 */
export function parseRecorded(text) {
  try {
    const data = JSON.parse(text);
    return Object.fromEntries(
      Object.entries(data ?? {}).filter(([, v]) => typeof v === 'number' && Number.isFinite(v) && v >= 0),
    );
  } catch {
    return {};
  }
}
