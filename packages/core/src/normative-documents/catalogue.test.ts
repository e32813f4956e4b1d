import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCurrentlyValid, publishedStatuses } from './catalogue';

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
