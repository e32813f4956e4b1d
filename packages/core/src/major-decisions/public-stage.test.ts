import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPubliclyPublished, publicStageLabels, publicStageOf } from './public-stage';

test('an item without a decision, or with a proposal not yet started, is not started', () => {
  assert.equal(publicStageOf([]), 'none');
  assert.equal(publicStageLabels[publicStageOf([])], '尚未启动');
  const proposed = publicStageOf([{ status: 'proposed', proposedOn: '2027-01-02', createdAt: '1' }]);
  assert.equal(publicStageLabels[proposed], '尚未启动');
});

test('the latest decision started from the item tells its stage', () => {
  const stage = publicStageOf([
    { status: 'not_started', proposedOn: '2026-03-01', createdAt: '1' },
    { status: 'consultation', proposedOn: '2026-06-01', createdAt: '2' },
  ]);
  assert.equal(publicStageLabels[stage], '征求意见中');
  const sameDay = publicStageOf([
    { status: 'drafting', proposedOn: '2026-06-01', createdAt: '2026-06-01T01:00:00.000Z' },
    { status: 'legality_review', proposedOn: '2026-06-01', createdAt: '2026-06-01T02:00:00.000Z' },
  ]);
  assert.equal(sameDay, 'legality_review');
});

test('only a published, suspended or stopped decision with its publication date has a public page', () => {
  assert.equal(isPubliclyPublished('published', '2026-05-01'), true);
  assert.equal(isPubliclyPublished('stopped', '2026-05-01'), true);
  assert.equal(isPubliclyPublished('decided', null), false);
  assert.equal(isPubliclyPublished('published', null), false);
});
