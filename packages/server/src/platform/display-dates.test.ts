import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseDate, chineseTime } from './display-dates';

test('papers and messages write dates and times in 北京时间 whatever the server zone', () => {
  assert.equal(chineseDate('2026-12-06'), '2026年12月6日');
  // 19:46 UTC on 12-06 is 03:46 on 12-07 in Beijing (the comment the moderation queue showed a day early)
  assert.equal(chineseTime(new Date('2026-12-06T19:46:00Z')), '2026年12月7日 03:46');
});
