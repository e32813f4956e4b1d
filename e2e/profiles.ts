// Where a shard's chromium keeps its profile (e2e/browser.ts). A shard closes its browser and removes its profile
// when it ends; one that was killed (a journey's time limit, a crash, Ctrl-C) leaves the folder behind, some tens of
// MB of cache each. The folder is named by the shard process's pid, so the next shard to start removes every
// profile whose process has ended.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processAlive } from '../packages/server/src/platform/db/process-alive';

const PREFIX = 'fazhi-e2e-profile-';

/** Removes the profiles of shard processes that have ended; returns the folders removed. */
export function removeOrphanedProfiles(dir = tmpdir()): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
    if (!pid || processAlive(Number(pid))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** A new profile folder of this process, after the orphans of ended ones are gone. */
export function newProfileDir(dir = tmpdir()): string {
  removeOrphanedProfiles(dir);
  return mkdtempSync(join(dir, `${PREFIX}${process.pid}-`));
}
