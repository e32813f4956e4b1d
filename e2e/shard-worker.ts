// One shard's process: runs the journeys e2e/run.ts sends it, one after another, each as a suite named by its file
// (its hooks and tests stay its own), all driving one chromium and its profile (e2e/browser.ts). Run
// with the reporter e2e/shard-reporter.ts. The message END_OF_SHARD ends the shard.
import { describe } from 'node:test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeSharedBrowser, shareOneBrowser, useServer } from './browser';
import { END_OF_SHARD, type JourneyMessage } from './schedule';

const root = new URL('..', import.meta.url).pathname;
const limitMs = Number(process.env.FAZHI_E2E_JOURNEY_LIMIT_MS);
// the shard's own server; a journey of a module's copy (the suite's rehearsal) comes with its copy's
const own = { FAZHI_E2E_BASE_URL: '', FAZHI_E2E_DATABASE_URL: '', FAZHI_E2E_DATA_DIR: '' };
for (const key of Object.keys(own) as (keyof typeof own)[]) own[key] = process.env[key] ?? '';

shareOneBrowser();
// bench/e2e-waits.ts: every playwright call, to lay over the CPU the shard's processes used
if (process.env.FAZHI_E2E_STEP_LOG) (await import('./step-log')).logSteps(process.env.FAZHI_E2E_STEP_LOG);
process.on('message', onMessage);
process.send?.('ready');

function onMessage(message: JourneyMessage) {
  if (message === END_OF_SHARD) {
    // the browser would keep the process alive; without the channel node:test then ends and prints its summary
    void closeSharedBrowser().finally(() => process.disconnect());
    return;
  }
  const { file, env } = typeof message === 'string' ? { file: message, env: own } : message;
  Object.assign(process.env, env);
  useServer(process.env.FAZHI_E2E_BASE_URL ?? '');
  void describe(file, { timeout: limitMs }, async () => {
    await import(pathToFileURL(join(root, file)).href);
  });
}
