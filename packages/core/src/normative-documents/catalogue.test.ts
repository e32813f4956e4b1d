import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCurrentlyValid, publishedStatuses, shownStatus, shownStatusLabels } from './catalogue';

test('a published document is valid up to and including its last day of validity', () => {
  assert.ok(isCurrentlyValid({ status: 'published', expiresOn: '2026-11-23' }, '2026-11-23'));
  assert.ok(!isCurrentlyValid({ status: 'published', expiresOn: '2026-11-22' }, '2026-11-23'));
});

test('repealed, lapsed, awaiting amendment and unpublished documents are not valid', () => {
  for (const status of ['repealed', 'lapsed', 'amendment_pending', 'drafting', 'approved'] as const)
    assert.ok(!isCurrentlyValid({ status, expiresOn: '2030-01-01' }, '2026-11-23'), status);
});

test('the public may open only documents that were published', () => {
  assert.ok(!publishedStatuses.includes('drafting'));
  assert.ok(!publishedStatuses.includes('withdrawn'));
  assert.ok(publishedStatuses.includes('repealed'));
});

test('a document published with a later 施行日期 is 已公布、尚未施行 until that day, then 现行有效', () => {
  const doc = { status: 'published', effectiveOn: '2027-01-01', expiresOn: '2031-12-31' } as const;
  assert.equal(shownStatus(doc, '2026-12-31'), 'not_yet_effective');
  assert.equal(shownStatusLabels[shownStatus(doc, '2026-12-31')], '已公布、尚未施行');
  assert.ok(!isCurrentlyValid(doc, '2026-12-31'));
  assert.equal(shownStatus(doc, '2027-01-01'), 'published');
  assert.ok(isCurrentlyValid(doc, '2027-01-01'));
  assert.equal(shownStatus(doc, '2032-01-01'), 'expired');
  assert.equal(shownStatus({ ...doc, status: 'repealed' }, '2026-12-31'), 'repealed');
});
