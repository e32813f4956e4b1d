// 建议审查 periods: the justice bureau decides on acceptance within 5 days of receipt (rule
// normative.review-request-acceptance) and, once accepted, answers within 60 days (normative.review-request-reply);
// a decision or answer after its period is recorded as late. The bureau's list of review requests says which step is
// due next and when (the stored deadline), so a request about to run out is seen without opening it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, type Session, type TestEnv, sessionOf } from '../../../../test/helpers';
import { deadlinesOf } from '../../../platform/deadlines';
import { inWriteTransaction } from '../../../platform/write';
import { REQUEST_SUBJECT } from '../support';
import { sys } from '../test/factory';
import { submitReviewRequestOn } from './commands/submit-review-request';

let env: TestEnv;
let reviewer: Session;

before(async () => {
  env = await createTestEnv();
  reviewer = await sessionOf(env, 'demo.reviewer');
});
after(() => env.close());

const receive = (receivedOn: string) =>
  inWriteTransaction(env.services, sys, (w) =>
    submitReviewRequestOn(
      env.services,
      w,
      {
        regionCode: '159901',
        documentTitle: '示范区某管理办法',
        requesterKind: 'citizen',
        requesterName: '示范·测试公民',
        reasons: '第三条增加了公民义务，缺少上位法依据。',
      },
      { receivedOn },
    ),
  );

const deadlines = (id: string) =>
  deadlinesOf(env.services.db, '159901', REQUEST_SUBJECT, id, env.services.clock.today());

describe('建议审查 periods', () => {
  test('acceptance is due 5 days after receipt and the answer 60 days after acceptance', async () => {
    // received 2026-03-04 (Wednesday) + 5 days = 2026-03-09 (Monday)
    const { id, acceptanceDue } = await receive('2026-03-04');
    assert.equal(acceptanceDue, '2026-03-09');
    const acceptance = (await deadlines(id)).find((d) => d.kind === 'acceptance');
    assert.equal(acceptance?.ruleId, 'normative.review-request-acceptance');
    assert.equal(acceptance?.status, 'open');
    // the basis is the national source, never another province's rule (内蒙古 2013 办法)
    const cited = [acceptance?.basis ?? '', ...(acceptance?.explanation ?? [])].join('\n');
    assert.match(acceptance?.basis ?? '', /国发〔2008〕17号）第（十四）项/);
    assert.doesNotMatch(cited, /内蒙古|典型做法/);
    const accepted = await call(env.app, reviewer, 'POST', `/api/normative-review-requests/${id}/decision`, {
      decision: 'accept',
      reason: '属于审查范围',
      decidedOn: '2026-03-09',
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const after = await deadlines(id);
    assert.equal(after.find((d) => d.kind === 'acceptance')?.status, 'met');
    // accepted 2026-03-09 (Monday) + 60 days = 2026-05-08 (Friday)
    const answer = after.find((d) => d.kind === 'answer');
    assert.equal(answer?.ruleId, 'normative.review-request-reply');
    assert.equal(answer?.from, '2026-03-09');
    assert.equal(answer?.due, '2026-05-08');
    const answered = await call(env.app, reviewer, 'POST', `/api/normative-review-requests/${id}/answer`, {
      answer: '经审查，已建议制定机关修改。',
      answeredOn: '2026-05-08',
    });
    assert.equal(answered.statusCode, 200, answered.body);
    assert.equal((await deadlines(id)).find((d) => d.kind === 'answer')?.status, 'met');
  });

  test('a decision after the 5 days closes the acceptance deadline as missed and is recorded as late', async () => {
    const { id } = await receive('2026-03-04');
    const late = await call(env.app, reviewer, 'POST', `/api/normative-review-requests/${id}/decision`, {
      decision: 'decline',
      reason: '所提文件不属于本区行政规范性文件',
      decidedOn: '2026-03-12',
    });
    assert.equal(late.statusCode, 200, late.body);
    assert.equal((await deadlines(id)).find((d) => d.kind === 'acceptance')?.status, 'missed');
    assert.equal(
      (await deadlines(id)).some((d) => d.kind === 'answer'),
      false,
    );
    const event = await env.services.db
      .selectFrom('audit_events')
      .select('changes')
      .where('subject_id', '=', id)
      .where('action', '=', 'normative_review_request.declined')
      .executeTakeFirstOrThrow();
    assert.equal((event.changes as { onTime: boolean }).onTime, false);
  });

  test('an answer after the 60 days closes the answer deadline as missed', async () => {
    const { id } = await receive('2026-03-04');
    await call(env.app, reviewer, 'POST', `/api/normative-review-requests/${id}/decision`, {
      decision: 'accept',
      reason: '属于审查范围',
      decidedOn: '2026-03-06',
    });
    const answered = await call(env.app, reviewer, 'POST', `/api/normative-review-requests/${id}/answer`, {
      answer: '经审查，该文件未发现违法情形。',
      answeredOn: '2026-06-01',
    });
    assert.equal(answered.statusCode, 200, answered.body);
    assert.equal((await deadlines(id)).find((d) => d.kind === 'answer')?.status, 'missed');
  });
});

interface Row {
  trackingNumber: string;
  status: string;
  openDeadline: { label: string; due: string; warningLevel: string } | null;
}

describe('建议审查 list', () => {
  test('lists each request with the deadline now due, and none once it is answered', async () => {
    const filed = await env.app.inject({
      method: 'POST',
      url: '/api/public/normative-review-requests',
      payload: {
        regionCode: '159901',
        documentTitle: '示范区某管理办法（测试）',
        requesterKind: 'citizen',
        requesterName: '示范·测试公民',
        reasons: '第三条增加了公民义务，缺少上位法依据。',
      },
      remoteAddress: '192.0.2.45',
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const { trackingNumber, acceptanceDue } = filed.json();
    const list = async () =>
      (await call(env.app, reviewer, 'GET', '/api/normative-review-requests?pageSize=100')).json() as { items: Row[] };
    const mine = (await list()).items.find((r) => r.trackingNumber === trackingNumber);
    assert.equal(mine?.openDeadline?.due, acceptanceDue);
    assert.match(mine?.openDeadline?.label ?? '', /受理/);
    const answered = (await list()).items.find((r) => r.status === 'answered');
    assert.ok(answered, 'the demo has an answered request');
    assert.equal(answered.openDeadline, null);
  });
});
