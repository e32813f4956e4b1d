// 矛盾纠纷调解 through the API: the justice bureau registers a village's people's mediation committee and its
// mediators (the make-up checked against 人民调解法 第八条), a department registers an administrative mediation with
// its parties (identifiers encrypted on the shared case record, answered masked), records a session, the agreement
// (with the parties' thirty days for 司法确认 from the calendar engine), its performance and the court's
// confirmation; a committee's mediation that fails must tell the parties their remedies. The figures count the
// records. Every act is audited; bad input is refused naming the field (400 for the form, 422 for a rule).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  MediationCommittees,
  MediationDispute,
  MediationDisputePage,
  MediationStatisticRecords,
  MediationStatistics,
} from '@fazhi/core/contracts';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from '../../../test/helpers';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let market: string;
let nanhu: string;
let today: string;

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
  market = await orgId(env, '示范区市场监督管理局');
  nanhu = await orgId(env, '示范区南湖镇人民政府');
  today = env.services.clock.today();
});
after(async () => env?.close());

const auditOf = async (id: string) =>
  (
    await env.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('occurred_at')
      .orderBy('seq')
      .execute()
  ).map((r) => r.action);

const parties = [
  { role: 'applicant', kind: 'person', name: '测试申请人', idNumber: '11010519491231002X', phone: '13800138000' },
  { role: 'respondent', kind: 'organisation', name: '测试商贸有限公司', creditCode: '91350100M000100Y43' },
];

describe('the justice bureau registers a committee; its make-up is checked against 第八条', () => {
  let committee: string;
  test('registered under the township with its kind and election day, audited', async () => {
    const res = await call(env.app, reviewer, 'POST', '/api/mediation-committees', {
      committeeUnitId: nanhu,
      committeeName: '测试村人民调解委员会',
      committeeKind: 'village',
      electedOn: today,
    });
    assert.equal(res.statusCode, 201, res.body);
    committee = res.json().id;
    assert.deepEqual(await auditOf(committee), ['mediation_committee.registered']);
    const again = await call(env.app, reviewer, 'POST', '/api/mediation-committees', {
      committeeUnitId: nanhu,
      committeeName: '测试村人民调解委员会',
      committeeKind: 'village',
    });
    assert.equal(again.statusCode, 409);
  });

  test('with one male member it lacks members, a director and a woman; then a director who is a woman', async () => {
    const add = (body: object) =>
      call(env.app, reviewer, 'POST', `/api/mediation-committees/${committee}/mediators`, body);
    assert.equal(
      (await add({ mediatorName: '测试甲', mediatorGender: 'male', mediatorPost: 'member' })).statusCode,
      201,
    );
    const problemsOf = async () =>
      ((await call(env.app, reviewer, 'GET', '/api/mediation-committees')).json() as MediationCommittees).items
        .find((c) => c.id === committee)!
        .problems.map((p) => p.rule);
    assert.deepEqual(await problemsOf(), ['members', 'director', 'woman']);
    assert.equal(
      (await add({ mediatorName: '测试乙', mediatorGender: 'female', mediatorPost: 'director' })).statusCode,
      201,
    );
    assert.equal(
      (await add({ mediatorName: '测试丙', mediatorGender: 'male', mediatorPost: 'member' })).statusCode,
      201,
    );
    assert.deepEqual(await problemsOf(), []);
    const bad = await add({ mediatorName: '测试丁', mediatorGender: 'x', mediatorPost: 'chief' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
      ['mediatorGender', 'mediatorPost'],
    );
    assert.deepEqual(await auditOf(committee), [
      'mediation_committee.registered',
      ...Array(3).fill('mediation_committee.mediator_added'),
    ]);
  });

  test('a department’s legal officer may not register under a township it does not reach', async () => {
    const res = await call(env.app, legal, 'POST', `/api/mediation-committees/${committee}/mediators`, {
      mediatorName: '测试戊',
      mediatorGender: 'male',
      mediatorPost: 'engaged',
    });
    assert.equal(res.statusCode, 404);
  });
});

describe('a department mediates a consumer dispute to an agreement the court confirms', () => {
  let dispute: string;
  const register = (body: object) =>
    call(env.app, legal, 'POST', '/api/mediation-disputes', {
      mediationKind: 'administrative',
      mediatingUnitId: market,
      disputeType: '消费者权益保护纠纷',
      disputeSource: 'application',
      disputeSummary: '购买的电器存在质量问题，要求退货',
      assignedMediators: '消费者权益保护科 张三、李四',
      disputeParties: parties,
      ...body,
    });

  test('bad input names each field: the parties’ identifiers, an unknown type, a lone link', async () => {
    const res = await register({
      disputeParties: [{ ...parties[0], idNumber: '110105194912310021' }, parties[1]],
      linkedProcedure: 'litigation',
    });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      res.json().fields.map((f: { path: string }) => f.path),
      ['linkedReference'],
    );
    const id = await register({ disputeParties: [{ ...parties[0], idNumber: '110105194912310021' }, parties[1]] });
    assert.equal(id.statusCode, 422);
    assert.deepEqual(
      id.json().fields.map((f: { path: string }) => f.path),
      ['disputeParties.0.idNumber'],
    );
    const type = await register({ disputeType: '外星人纠纷' });
    assert.equal(type.statusCode, 422);
    assert.equal(type.json().code, 'DISPUTE_TYPE_UNKNOWN');
    const one = await register({ disputeParties: [parties[0], { ...parties[1], role: 'applicant' }] });
    assert.equal(one.statusCode, 400);
    assert.match(one.json().message, /申请人和被申请人/);
  });

  test('registered with its number; the parties’ identifiers are stored encrypted and answered masked', async () => {
    const res = await register({});
    assert.equal(res.statusCode, 201, res.body);
    dispute = res.json().id;
    const d = (await call(env.app, legal, 'GET', `/api/mediation-disputes/${dispute}`)).json() as MediationDispute;
    assert.match(d.number, new RegExp(`^（${today.slice(0, 4)}）第\\d+号$`));
    assert.equal(d.status, 'mediating');
    assert.match(d.parties[0]!.idNumberMasked ?? '', /^1101\*+002X$/);
    assert.equal(d.parties[0]!.phoneMasked, '138****8000');
    const stored = await env.services.db
      .selectFrom('case_parties')
      .select(['id_number_enc', 'phone_enc'])
      .where('case_id', '=', dispute)
      .where('role', '=', 'applicant')
      .executeTakeFirstOrThrow();
    assert.ok(stored.id_number_enc && !stored.id_number_enc.includes('11010519491231002X'));
    assert.ok(
      !JSON.stringify(
        await env.services.db.selectFrom('audit_log').select('changes').where('subject_id', '=', dispute).execute(),
      ).includes('11010519491231002X'),
    );
  });

  test('a session, then the agreement with the thirty days for 司法确认 explained; once only', async () => {
    const session = await call(env.app, legal, 'POST', `/api/mediation-disputes/${dispute}/sessions`, {
      sessionPlace: '市场监管局调解室',
      assignedMediators: '张三、李四',
      sessionRecord: '双方同意退货退款',
    });
    assert.equal(session.statusCode, 200, session.body);
    const agreed = await call(env.app, legal, 'POST', `/api/mediation-disputes/${dispute}/outcome`, {
      mediationOutcome: 'agreed',
      agreementForm: 'written',
      agreementContent: '商家退还货款3999元',
      agreementAmountYuan: 3999,
      performanceDue: today,
    });
    assert.equal(agreed.statusCode, 200, agreed.body);
    const d = agreed.json() as MediationDispute;
    assert.equal(d.status, 'agreed');
    assert.equal(d.agreementAmountYuan, 3999);
    assert.equal(d.agreement?.effectiveOn, today);
    assert.ok(d.agreement!.confirmationDue > today);
    assert.ok(d.agreement!.confirmationExplanation.join('').includes('第三十三条'));
    const again = await call(env.app, legal, 'POST', `/api/mediation-disputes/${dispute}/outcome`, {
      mediationOutcome: 'refused',
      endReason: '重复',
    });
    assert.equal(again.statusCode, 409);
  });

  test('the performance followed and the court’s confirmation recorded, both audited', async () => {
    const perf = await call(env.app, legal, 'POST', `/api/mediation-disputes/${dispute}/performance`, {
      performance: 'performed',
      agreementPerformanceNote: '货款已退还',
    });
    assert.equal(perf.statusCode, 200, perf.body);
    const half = await call(env.app, legal, 'POST', `/api/mediation-disputes/${dispute}/confirmation`, {
      confirmationAppliedOn: today,
      confirmationCourt: '示范区人民法院',
      confirmationResult: 'valid',
    });
    assert.equal(half.statusCode, 422);
    assert.deepEqual(
      half.json().fields.map((f: { path: string }) => f.path),
      ['confirmationDecidedOn'],
    );
    const conf = await call(env.app, legal, 'POST', `/api/mediation-disputes/${dispute}/confirmation`, {
      confirmationAppliedOn: today,
      confirmationCourt: '示范区人民法院',
      confirmationResult: 'valid',
      confirmationDecidedOn: today,
    });
    assert.equal(conf.statusCode, 200, conf.body);
    assert.equal((conf.json() as MediationDispute).agreement?.confirmation?.resultLabel, '确认有效');
    assert.deepEqual(await auditOf(dispute), [
      'mediation_dispute.registered',
      'mediation_dispute.party_added',
      'mediation_dispute.party_added',
      'mediation_dispute.session_recorded',
      'mediation_dispute.agreed',
      'mediation_dispute.performance_recorded',
      'mediation_dispute.confirmation_recorded',
    ]);
  });

  test('the unit’s figures of today count it, with the records behind each', async () => {
    const q = `from=${today}&to=${today}&mediatingUnitId=${market}`;
    const res = await call(env.app, legal, 'GET', `/api/mediation-statistics?${q}`);
    assert.equal(res.statusCode, 200, res.body);
    const figures = Object.fromEntries((res.json() as MediationStatistics).figures.map((f) => [f.key, f]));
    assert.ok(figures.registered!.value >= 1);
    assert.ok(figures.agreed!.value >= 1);
    assert.ok(figures.judicially_confirmed!.value >= 1);
    assert.match(figures.success_rate!.display, /%/);
    const records = await call(
      env.app,
      legal,
      'GET',
      `/api/mediation-statistics/records?figure=judicially_confirmed&${q}`,
    );
    assert.ok((records.json() as MediationStatisticRecords).items.some((r) => r.recordId === dispute));
  });
});

describe('a committee’s mediation that fails tells the parties their remedies (第二十六条)', () => {
  test('refused without the remedies told, ended with them', async () => {
    const committee = (
      (await call(env.app, reviewer, 'GET', '/api/mediation-disputes?pageSize=1')).json() as MediationDisputePage
    ).committees[0]!;
    const res = await call(env.app, reviewer, 'POST', '/api/mediation-disputes', {
      mediationKind: 'peoples',
      committeeId: committee.id,
      disputeType: '邻里纠纷',
      disputeSource: 'own_initiative',
      disputeSummary: '相邻通行纠纷',
      assignedMediators: '测试调解员',
      disputeParties: parties,
    });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id;
    const untold = await call(env.app, reviewer, 'POST', `/api/mediation-disputes/${id}/outcome`, {
      mediationOutcome: 'failed',
      endReason: '分歧较大',
      remediesTold: false,
    });
    assert.equal(untold.statusCode, 422);
    assert.deepEqual(
      untold.json().fields.map((f: { path: string }) => f.path),
      ['remediesTold'],
    );
    const told = await call(env.app, reviewer, 'POST', `/api/mediation-disputes/${id}/outcome`, {
      mediationOutcome: 'failed',
      endReason: '分歧较大',
      remediesTold: true,
    });
    assert.equal(told.statusCode, 200, told.body);
    assert.equal((told.json() as MediationDispute).ending?.remediesTold, true);
    assert.equal((await auditOf(id)).at(-1), 'mediation_dispute.failed');
  });
});

test('the demo’s last year gives the region’s figures: most settled, every state present', async () => {
  const res = await call(
    env.app,
    reviewer,
    'GET',
    `/api/mediation-statistics?from=${formatIsoDate(parseIsoDate(today) - 365)}&to=${today}`,
  );
  const figures = Object.fromEntries((res.json() as MediationStatistics).figures.map((f) => [f.key, f.value]));
  assert.ok(figures.registered! > 50, JSON.stringify(figures));
  assert.ok(figures.success_rate! > 90);
  const states = await env.services.db
    .selectFrom('mediation_disputes')
    .select('status')
    .distinct()
    .where('is_demo', '=', true)
    .execute();
  assert.deepEqual(states.map((s) => s.status).sort(), ['agreed', 'failed', 'mediating', 'refused']);
});
