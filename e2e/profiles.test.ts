import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { newProfileDir, removeOrphanedProfiles } from './profiles';

test('a killed shard’s profile is removed by the next shard, a running one’s and other folders are kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'profiles-test-'));
  try {
    // a pid above Linux's pid_max (2^22) never runs; the old unnamed form and other folders are not ours to remove
    const orphan = join(dir, `fazhi-e2e-profile-${2 ** 22 + 1}-abc123`);
    const running = join(dir, `fazhi-e2e-profile-${process.pid}-def456`);
    const unrelated = join(dir, 'fazhi-e2e-profile-xyz789');
    for (const d of [orphan, running, unrelated]) mkdirSync(join(d, 'Default'), { recursive: true });
    assert.deepEqual(removeOrphanedProfiles(dir), [basename(orphan)]);
    assert.equal(existsSync(orphan), false);
    assert.ok(existsSync(running) && existsSync(unrelated));
    const mine = newProfileDir(dir);
    assert.match(basename(mine), new RegExp(`^fazhi-e2e-profile-${process.pid}-`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
