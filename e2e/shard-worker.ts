// One shard's process: runs the journeys e2e/run.ts sends it, one after another, each as a suite named by its file
// (its hooks and tests stay its own), all driving one chromium and its profile (e2e/browser.ts). Run
// with the reporter e2e/shard-reporter.ts. The message END_OF_SHARD ends the shard.
import { describe } from 'node:test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeSharedBrowser, shareOneBrowser } from './browser';
import { END_OF_SHARD } from './schedule';

const root = new URL('..', import.meta.url).pathname;
const limitMs = Number(process.env.FAZHI_E2E_JOURNEY_LIMIT_MS);

shareOneBrowser();
// bench/e2e-waits.ts: every playwright call, to lay over the CPU the shard's processes used
if (process.env.FAZHI_E2E_STEP_LOG) (await import('./step-log')).logSteps(process.env.FAZHI_E2E_STEP_LOG);
process.on('message', onMessage);
process.send?.('ready');

function onMessage(file: string) {
  if (file === END_OF_SHARD) {
    // the browser would keep the process alive; without the channel node:test then ends and prints its summary
    void closeSharedBrowser().finally(() => process.disconnect());
    return;
  }
  void describe(file, { timeout: limitMs }, async () => {
    await import(pathToFileURL(join(root, file)).href);
  });
}
