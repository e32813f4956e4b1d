// Records every playwright call a shard's process makes (its name, where in a journey it was made, when it began and
// ended) as JSON lines in the file FAZHI_E2E_STEP_LOG names, for bench/e2e-waits.ts, which lays the calls over the
// CPU its processes used and finds the steps in which none of them used any. Loaded by e2e/shard-worker.ts only
// when that variable is set: a measurement, never part of a run.
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { chromium } from 'playwright-core';

interface Zone {
  apiName: string;
  frames: { file: string; line?: number }[];
  stepLogBegan?: number;
}
/** playwright-core's client instrumentation (not public API: a measurement may lean on it, a journey never) */
interface Instrumented {
  _instrumentation: {
    addListener(listener: { onApiCallBegin(zone: Zone): void; onApiCallEnd(zone: Zone): void }): void;
  };
}

export function logSteps(file: string) {
  const root = new URL('..', import.meta.url).pathname;
  const listener = {
    onApiCallBegin(zone: Zone) {
      zone.stepLogBegan = Date.now();
    },
    onApiCallEnd(zone: Zone) {
      if (zone.stepLogBegan === undefined) return;
      // the innermost frame in a journey or in the journeys' helpers
      const frame = zone.frames.find((f) => f.file.includes('/e2e/') && !f.file.includes('/step-log'));
      const name = (f: { file: string }) => relative(root, f.file.replace(/^file:\/\//, ''));
      const at = frame ? `${name(frame)}:${frame.line ?? 0}` : '';
      // the journey the call was made for (a helper's call names the helper in `at`)
      const story = zone.frames.find((f) => f.file.endsWith('.journey.ts'));
      const journey = story ? name(story) : '';
      appendFileSync(
        file,
        `${JSON.stringify({ api: zone.apiName, at, journey, t0: zone.stepLogBegan, t1: Date.now() })}\n`,
      );
    },
  };
  // one instrumentation per connection: the browser's calls and the API request contexts' (`request`) alike
  (chromium as unknown as Instrumented)._instrumentation.addListener(listener);
}
