// 调解与和解 (第七十三条、第七十四条) through the API: the 行政复议调解书 that ends a suspended case and its clock, its
// paper; a failed mediation that leaves the case to its decision; the settlement whose approved withdrawal terminates
// the case; each act's audit event. The rules are unit-tested in core (reconsideration/settlement.test.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { pinnedClock } from '../../../platform/clock';
import { call, createTestEnv, sessionOf, type Session, type TestEnv } from '../../../../test/helpers';
import { caseCalls, plus } from '../test/case-calls';
import { buildCase } from '../test/factory';

let env: TestEnv;
let reviewer: Session;
let calls: Awaited<ReturnType<typeof caseCalls>>;
let today: string;
type Refusal = { code: string; fields?: { path: string }[] };

before(async () => {
  env = await createTestEnv({ clock: pinnedClock('2026-11-23') });
  today = env.services.clock.today();
  reviewer = await sessionOf(env, 'demo.reviewer');
  calls = await caseCalls(env, reviewer);
});
after(() => env.close());

describe('第七十三条: mediation', () => {
  test('an agreement signed by every party ends the suspended case and its clock; the 调解书 is its paper', async () => {
    const id = await buildCase(env.services, '159901', 'accepted', 41);
    const suspended = await calls.act(id, 'suspension', {
      ground: 'mediation',
      reason: '双方同意调解',
      suspendedOn: plus(today, -5),
    });
    assert.equal(suspended.statusCode, 200, suspended.body);
    const unsigned = await calls.act(id, 'mediation', { mediationOutcome: 'agreed' });
    assert.equal(unsigned.statusCode, 422);
    assert.deepEqual(
      unsigned.json<Refusal>().fields?.map((f) => f.path),
      ['mediationAgreement', 'allPartiesSigned'],
    );
    const res = await calls.act(id, 'mediation', {
      mediationOutcome: 'agreed',
      mediationAgreement: '被申请人将罚款数额由五千元变更为二千元；申请人不再主张其他请求。',
      allPartiesSigned: true,
    });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<ReconsiderationCase>();
    assert.equal(c.status, 'mediated');
    assert.equal(c.mediatedOn, today);
    assert.equal(c.pauses.at(-1)?.to, today);
    assert.ok(c.deadlines.every((d) => d.status !== 'open' && d.status !== 'paused'));
    const paper = await call(env.app, reviewer, 'GET', `/api/reconsideration-cases/${id}/papers/mediation-agreement`);
    assert.equal(paper.statusCode, 200);
    assert.equal((await calls.act(id, 'decision', { decisionType: 'uphold', decisionText: '维持' })).statusCode, 409);
    assert.ok((await calls.auditActions(id)).includes('reconsideration_case.mediated'));
  });

  test('第七十三条第二款: a failed mediation is recorded and the case goes on to its decision', async () => {
    const id = await buildCase(env.services, '159901', 'accepted', 42);
    const failed = await calls.act(id, 'mediation', {
      mediationOutcome: 'failed',
      mediationNote: '调解书送达前被申请人反悔',
    });
    assert.equal(failed.statusCode, 200, failed.body);
    assert.equal(failed.json<ReconsiderationCase>().status, 'accepted');
    const paper = await call(env.app, reviewer, 'GET', `/api/reconsideration-cases/${id}/papers/mediation-agreement`);
    assert.equal(paper.statusCode, 409);
    const decided = await calls.act(id, 'decision', {
      decisionType: 'change',
      decisionText: '变更罚款数额。',
      writtenReviewReason: '申请人经通知拒绝陈述意见',
    });
    assert.equal(decided.statusCode, 200, decided.body);
    assert.ok((await calls.auditActions(id)).includes('reconsideration_case.mediation_failed'));
  });
});

describe('第七十四条: settlement', () => {
  test('the withdrawal after a settlement is approved and the case terminated on 第四十一条第一项', async () => {
    const id = await buildCase(env.services, '159901', 'accepted', 43);
    const early = await calls.act(id, 'settlement', {
      settlementText: '被申请人自行撤销原处罚决定',
      withdrawnOn: plus(today, -1),
      approvedOn: plus(today, -2),
    });
    assert.deepEqual(
      early.json<Refusal>().fields?.map((f) => f.path),
      ['approvedOn'],
    );
    const res = await calls.act(id, 'settlement', {
      settlementText: '被申请人自行撤销原处罚决定，申请人撤回申请',
      withdrawnOn: plus(today, -1),
    });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<ReconsiderationCase>();
    assert.deepEqual([c.status, c.terminationGround, c.settledOn], ['terminated', 'withdrawn', today]);
    assert.ok(c.deadlines.every((d) => d.status !== 'open' && d.status !== 'paused'));
    assert.match(c.acts.at(-1)?.summary ?? '', /不得再以同一事实和理由提出行政复议申请/);
    assert.ok((await calls.auditActions(id)).includes('reconsideration_case.settled'));
  });
});
