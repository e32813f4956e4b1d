// 附带审查 (第五十六条至第六十条) as rules: the steps in order on their route, and the outcome each route allows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normativeReviewOutcomeProblem, normativeReviewStepProblem, type NormativeReviewState } from './index';

const fresh = (route: 'self' | 'forward'): NormativeReviewState => ({
  route,
  issuerNotifiedOn: null,
  issuerRepliedOn: null,
  forwardedOn: null,
  forwardeeRepliedOn: null,
  concludedOn: null,
});

test('第五十八条: the issuer is notified before it replies, once, and only where the body handles it', () => {
  const self = fresh('self');
  assert.equal(normativeReviewStepProblem(self, 'issuer-notified'), null);
  assert.match(normativeReviewStepProblem(self, 'issuer-replied') ?? '', /尚未书面通知/);
  assert.ok(normativeReviewStepProblem(self, 'forwarded'));
  const notified = { ...self, issuerNotifiedOn: '2026-11-23' };
  assert.equal(normativeReviewStepProblem(notified, 'issuer-replied'), null);
  assert.match(normativeReviewStepProblem(notified, 'issuer-notified') ?? '', /已于2026-11-23记录/);
  assert.ok(normativeReviewStepProblem({ ...notified, concludedOn: '2026-11-24' }, 'issuer-replied'));
});

test('第五十六条、第六十条: a forwarded review ends on the competent body’s reply; the body’s own on 第五十九条', () => {
  const forward = fresh('forward');
  assert.match(normativeReviewStepProblem(forward, 'forwardee-replied') ?? '', /尚未转送/);
  assert.match(normativeReviewOutcomeProblem(forward, 'forwardee-opinion') ?? '', /尚未回复/);
  assert.ok(normativeReviewOutcomeProblem({ ...forward, forwardeeRepliedOn: '2026-11-23' }, 'unlawful'));
  assert.equal(
    normativeReviewOutcomeProblem({ ...forward, forwardeeRepliedOn: '2026-11-23' }, 'forwardee-opinion'),
    null,
  );
  assert.equal(normativeReviewOutcomeProblem(fresh('self'), 'unlawful'), null);
  assert.ok(normativeReviewOutcomeProblem(fresh('self'), 'forwardee-opinion'));
});
