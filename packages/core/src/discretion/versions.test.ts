import { test } from 'node:test';
import assert from 'node:assert/strict';
import { versionInForce, versionStanding } from './versions';

const v = (id: string, versionNo: number, effectiveFrom: string | null) => ({ id, versionNo, effectiveFrom });

test('the version in force is the latest published one effective by the day', () => {
  const versions = [v('a', 1, '2025-01-01'), v('b', 2, '2026-07-01'), v('c', 3, null)];
  assert.equal(versionInForce(versions, '2024-12-31'), null);
  assert.equal(versionInForce(versions, '2026-06-30')?.id, 'a');
  assert.equal(versionInForce(versions, '2026-07-01')?.id, 'b');
  const inForce = versionInForce(versions, '2026-08-14');
  assert.deepEqual(
    versions.map((x) => versionStanding(x, inForce, '2026-08-14')),
    ['superseded', 'in_force', 'draft'],
  );
  assert.equal(versionStanding(versions[1]!, versionInForce(versions, '2026-01-01'), '2026-01-01'), 'scheduled');
});
