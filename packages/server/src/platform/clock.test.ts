// The pinned clock of several processes of one run (the test harness, its test files, a `fazhi` a test starts):
// read from the same FAZHI_NOW_SINCE they share one timeline, so a process started later does not stand before
// the events an earlier one wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clockFromEnv, parseClockSetting } from './clock';

test('a process started later on the same run reads the same instant as the first', () => {
  const since = Date.now() - 60_000; // the run's first process read FAZHI_NOW a minute ago
  const later = clockFromEnv({ FAZHI_NOW: '2027-01-23', FAZHI_NOW_SINCE: String(since) });
  const elapsed = later.now().getTime() - parseClockSetting('2027-01-23').getTime();
  assert.ok(elapsed >= 60_000 && elapsed < 70_000, `a minute on from the pinned instant, not ${elapsed} ms`);
  assert.equal(later.today(), '2027-01-23');
});

test('without FAZHI_NOW_SINCE the pinned clock starts at its instant now; a bad value is ignored', () => {
  for (const env of [{ FAZHI_NOW: '2027-01-23' }, { FAZHI_NOW: '2027-01-23', FAZHI_NOW_SINCE: 'yesterday' }]) {
    const elapsed = clockFromEnv(env).now().getTime() - parseClockSetting('2027-01-23').getTime();
    assert.ok(elapsed >= 0 && elapsed < 5_000, `starts at the pinned instant, not ${elapsed} ms on`);
  }
});
