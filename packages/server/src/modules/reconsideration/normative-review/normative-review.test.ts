// 规范性文件附带审查 (第十三条、第三十九条第一款第九项、第五十六条至第六十条) through the API: opening it suspends the
// hearing and starts its periods; a platform normative document gets its review request in that module; the issuer
// notified and its reply, or the forwarding and the competent body's reply; the outcome resumes the hearing; each act's
// audit event. The step and outcome rules are unit-tested in core (reconsideration/normative-review.test.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CataloguePage, ReconsiderationCase } from '@fazhi/core/contracts';
import { pinnedClock } from '../../../platform/clock';
import { call, createTestEnv, sessionOf, type Session, type TestEnv } from '../../../../test/helpers';
import { caseCalls } from '../test/case-calls';
import { buildCase } from '../test/factory';

let env: TestEnv;
let reviewer: Session;
let calls: Awaited<ReturnType<typeof caseCalls>>;
let today: string;
type Refusal = { code: string; message: string; fields?: { path: string }[] };

before(async () => {
  env = await createTestEnv({ clock: pinnedClock('2026-11-23') });
  today = env.services.clock.today();
  reviewer = await sessionOf(env, 'demo.reviewer');
  calls = await caseCalls(env, reviewer);
});
after(() => env.close());

const review = (extra: Record<string, unknown> = {}) => ({
  reviewSource: 'applicant',
  documentKind: 'local-government',
  documentTitle: '示范区市场监管行政处罚裁量规定',
  issuerName: '示范区市场监督管理局',
  clauses: '第五条规定的罚款幅度超出上位法',
  reviewRoute: 'self',
  ...extra,
});
const kinds = (c: ReconsiderationCase) => Object.fromEntries(c.deadlines.map((d) => [d.kind, d]));

describe('the body handles the review itself (第五十八条、第五十九条)', () => {
  test('opened on a platform document: suspended, its periods set, the review request opened in that module', async () => {
    const id = await buildCase(env.services, '159901', 'accepted', 51);
    const bad = await calls.act(id, 'normative-reviews', review({ documentKind: 'regulation' }));
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json<Refusal>().message, /不含规章/);
    const catalogue = (
      await call(env.app, null, 'GET', '/api/public/normative-documents?pageSize=1')
    ).json<CataloguePage>();
    const doc = catalogue.items[0];
    assert.ok(doc, 'the demo region has a published normative document');
    const res = await calls.act(
      id,
      'normative-reviews',
      review({ normativeDocumentId: doc.id, documentTitle: doc.title, issuerName: doc.issuerName }),
    );
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<ReconsiderationCase>();
    assert.deepEqual([c.status, c.suspensionGround], ['suspended', 'normative-review']);
    const d = kinds(c);
    assert.equal(d['normative-review-handle']?.due, calls.due('reconsideration.normative-review-handle', today));
    assert.equal(
      d['normative-review-notify-issuer']?.due,
      calls.due('reconsideration.normative-review-notify-issuer', today),
    );
    assert.equal(d['decision']?.status, 'paused');
    const [r] = c.normativeReviews;
    assert.match(r?.normativeRequestTracking ?? '', /^GF159901-/);
    const tracked = await call(
      env.app,
      null,
      'GET',
      `/api/public/normative-review-requests/${r?.normativeRequestTracking}`,
    );
    assert.equal(tracked.statusCode, 200, tracked.body);

    const early = await calls.act(id, 'normative-review-steps', {
      reviewId: r?.id,
      reviewStep: 'issuer-replied',
      normativeReplyText: '合法',
    });
    assert.equal(early.json<Refusal>().code, 'REVIEW_STEP_INVALID');
    const notified = await calls.act(id, 'normative-review-steps', { reviewId: r?.id, reviewStep: 'issuer-notified' });
    assert.equal(notified.statusCode, 200, notified.body);
    const n = kinds(notified.json<ReconsiderationCase>());
    assert.equal(n['normative-review-notify-issuer']?.status, 'met');
    assert.equal(
      n['normative-review-issuer-reply']?.due,
      calls.due('reconsideration.normative-review-issuer-reply', today),
    );
    const noText = await calls.act(id, 'normative-review-steps', { reviewId: r?.id, reviewStep: 'issuer-replied' });
    assert.deepEqual(
      noText.json<Refusal>().fields?.map((f) => f.path),
      ['normativeReplyText'],
    );
    assert.equal(
      (
        await calls.act(id, 'normative-review-steps', {
          reviewId: r?.id,
          reviewStep: 'issuer-replied',
          normativeReplyText: '该条款依据上位法制定。',
        })
      ).statusCode,
      200,
    );
    const wrong = await calls.act(id, 'normative-review-outcome', {
      reviewId: r?.id,
      reviewOutcome: 'forwardee-opinion',
      conclusionText: '转送',
    });
    assert.equal(wrong.json<Refusal>().code, 'REVIEW_OUTCOME_INVALID');
    const done = await calls.act(id, 'normative-review-outcome', {
      reviewId: r?.id,
      reviewOutcome: 'unlawful',
      conclusionText: '第五条超出上位法规定的罚款幅度，停止执行并责令制定机关纠正。',
    });
    assert.equal(done.statusCode, 200, done.body);
    const after = done.json<ReconsiderationCase>();
    assert.equal(after.status, 'accepted');
    assert.equal(kinds(after)['normative-review-handle']?.status, 'met');
    assert.equal(kinds(after)['decision']?.status, 'open');
    assert.deepEqual(
      (await calls.auditActions(id)).filter((a) => /normative_review|suspended|resumed/.test(a)),
      [
        'reconsideration_case.normative_review_opened',
        'reconsideration_case.suspended',
        'reconsideration_case.normative_review_step',
        'reconsideration_case.normative_review_step',
        'reconsideration_case.normative_review_concluded',
        'reconsideration_case.clock_resumed',
        'reconsideration_case.resumed',
      ],
    );
  });
});

describe('forwarded to the competent body (第五十六条、第六十条)', () => {
  test('forwarded within seven working days, its sixty days from then, its reply the outcome', async () => {
    const id = await buildCase(env.services, '159901', 'accepted', 52);
    const res = await calls.act(id, 'normative-reviews', review({ reviewSource: 'office', reviewRoute: 'forward' }));
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<ReconsiderationCase>();
    assert.equal(
      kinds(c)['normative-review-forward']?.due,
      calls.due('reconsideration.normative-review-forward', today),
    );
    const reviewId = c.normativeReviews[0]?.id;
    const early = await calls.act(id, 'normative-review-outcome', {
      reviewId,
      reviewOutcome: 'forwardee-opinion',
      conclusionText: '尚无回复',
    });
    assert.match(early.json<Refusal>().message, /尚未回复/);
    const forwarded = await calls.act(id, 'normative-review-steps', {
      reviewId,
      reviewStep: 'forwarded',
      forwardeeName: '示范市人民政府',
    });
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    assert.equal(
      kinds(forwarded.json<ReconsiderationCase>())['normative-review-forwarded-reply']?.due,
      calls.due('reconsideration.normative-review-forwarded-reply', today),
    );
    await calls.act(id, 'normative-review-steps', {
      reviewId,
      reviewStep: 'forwardee-replied',
      normativeReplyText: '该条款已责令修改。',
    });
    const done = await calls.act(id, 'normative-review-outcome', {
      reviewId,
      reviewOutcome: 'forwardee-opinion',
      conclusionText: '示范市人民政府回复：已责令修改。',
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json<ReconsiderationCase>().normativeReviews[0]?.outcome, 'forwardee-opinion');
  });
});
