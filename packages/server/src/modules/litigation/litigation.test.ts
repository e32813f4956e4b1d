// 行政应诉 through the API: an agency registers a suit (the case number's shape, the parties' identifiers encrypted
// and answered masked), the complaint's service starts its fifteen days of defence and a late defence is marked, a
// hearing the court called the head to sets the identity certificate on the workbench's deadlines, the head's
// appearance is recorded with its certificate, the outcome opens the appeal period, and a recommendation is received
// and answered. Every act is audited; the figures and the monthly notice count the records.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LitigationStatistics, LitigationSuit, RecommendationPage, SuitPage } from '@fazhi/core/contracts';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from '../../../test/helpers';
import { daysFrom } from './test/factory';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let market: string;
let today: string;

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
  market = await orgId(env, '示范区市场监督管理局');
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

const figures = async (session: Session) => {
  const res = await call(
    env.app,
    session,
    'GET',
    `/api/litigation-statistics?from=${today.slice(0, 4)}-01-01&to=${today}`,
  );
  assert.equal(res.statusCode, 200, res.body);
  return Object.fromEntries((res.json() as LitigationStatistics).figures.map((f) => [f.key, f]));
};

describe('an agency defends a suit from its registration to the appeal', () => {
  let id: string;
  const suitFiledOn = () => daysFrom(today, -25);

  test('the suit is registered: the case number checked by its shape, the plaintiff’s phone kept masked', async () => {
    const body = {
      defendingBodyId: market,
      handlerName: '张应诉',
      courtName: '示范区人民法院',
      suitNumber: `（${suitFiledOn().slice(0, 4)}）内0105行终907号`,
      instance: 'first',
      suitCause: '市场监督管理行政处罚',
      suedAct: '罚款五万元的行政处罚决定',
      suitFiledOn: suitFiledOn(),
      compensation: true,
      plaintiffs: [{ kind: 'person', name: '李原告', phone: '13912345678', idNumber: '11010519491231002X' }],
    };
    const wrong = await call(env.app, legal, 'POST', '/api/litigation-suits', body);
    assert.equal(wrong.statusCode, 422, wrong.body);
    assert.equal(wrong.json().fields[0].path, 'suitNumber');
    const badParty = await call(env.app, legal, 'POST', '/api/litigation-suits', {
      ...body,
      suitNumber: `(${suitFiledOn().slice(0, 4)})内0105行初907号`,
      plaintiffs: [{ kind: 'person', name: '李原告', idNumber: '110105194912310021', phone: '123' }],
    });
    assert.equal(badParty.statusCode, 422);
    assert.deepEqual(
      badParty.json().fields.map((f: { path: string }) => f.path),
      ['parties.0.idNumber', 'parties.0.phone'],
    );
    const res = await call(env.app, legal, 'POST', '/api/litigation-suits', {
      ...body,
      suitNumber: `(${suitFiledOn().slice(0, 4)})内0105行初907号`,
    });
    assert.equal(res.statusCode, 201, res.body);
    const suit = res.json() as LitigationSuit;
    id = suit.id;
    assert.equal(suit.suitNumber, `（${suitFiledOn().slice(0, 4)}）内0105行初907号`);
    assert.equal(suit.status, 'registered');
    assert.equal(suit.parties[0]!.phoneMasked, '139****5678');
    assert.match(suit.parties[0]!.idNumberMasked!, /^1101\*+002X$/);
    assert.ok(
      suit.headRequiredReasons.some((r) => r.includes('行政赔偿')),
      suit.headRequiredReasons.join(),
    );
    const stored = await env.services.db
      .selectFrom('case_parties')
      .selectAll()
      .where('case_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(stored).includes('13912345678'));
    const again = await call(env.app, legal, 'POST', '/api/litigation-suits', { ...body, suitNumber: suit.suitNumber });
    assert.equal(again.statusCode, 409);
  });

  test('the complaint served starts the fifteen days of 第六十七条; a defence after them is marked late', async () => {
    const early = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/defence`, { evidenceNote: '证据' });
    assert.equal(early.statusCode, 409, early.body);
    const served = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/service`, {
      complaintServedOn: daysFrom(today, -20),
    });
    assert.equal(served.statusCode, 200, served.body);
    const defence = (served.json() as LitigationSuit).deadlines.find((d) => d.kind === 'defence')!;
    assert.ok(defence.due < today, defence.due);
    assert.match(defence.basis, /第六十七条/);
    const res = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/defence`, {
      evidenceNote: '处罚决定书、调查笔录',
    });
    assert.equal(res.statusCode, 200, res.body);
    const suit = res.json() as LitigationSuit;
    assert.equal(suit.defenceLate, true);
    assert.equal(suit.deadlines.find((d) => d.kind === 'defence')!.status, 'missed');
  });

  test('a hearing the head must attend puts the identity certificate on the deadlines; the appearance closes it', async () => {
    const upcoming = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/hearings`, {
      courtHearingOn: daysFrom(today, 5),
      courtRoom: '第一审判庭',
      appearanceNoticeOn: today,
      courtCalledGrounds: ['food_drug'],
    });
    assert.equal(upcoming.statusCode, 200, upcoming.body);
    let suit = upcoming.json() as LitigationSuit;
    const certificate = suit.deadlines.find((d) => d.kind === 'head-certificate')!;
    assert.ok(certificate.due < daysFrom(today, 5) && certificate.due >= today, certificate.due);
    assert.match(certificate.basis, /第六条/);
    assert.equal(suit.headNeeded, true);
    assert.equal(suit.hearings[0]!.noticeLate, false);
    const notYet = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/appearance`, {
      courtHearingId: suit.hearings[0]!.id,
      courtAppearance: 'head',
      appearingHeadName: '王局长',
      appearingHeadPost: 'principal',
      headCertificateOn: today,
    });
    assert.equal(notYet.statusCode, 422);
    const past = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/hearings`, {
      courtHearingOn: daysFrom(today, -1),
      courtRoom: '第二审判庭',
      appearanceNoticeOn: daysFrom(today, -2),
    });
    suit = past.json() as LitigationSuit;
    const held = suit.hearings.find((h) => h.hearingOn === daysFrom(today, -1))!;
    assert.equal(held.noticeLate, true, '出庭通知书开庭前一日才送达');
    const noProof = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/appearance`, {
      courtHearingId: held.id,
      courtAppearance: 'stand_in',
    });
    assert.equal(noProof.statusCode, 422);
    assert.deepEqual(
      noProof.json().fields.map((f: { path: string }) => f.path),
      ['headAbsenceReason', 'headAbsenceProof', 'standInName', 'standInPost'],
    );
    const res = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/appearance`, {
      courtHearingId: held.id,
      courtAppearance: 'head',
      appearingHeadName: '王局长',
      appearingHeadPost: 'principal',
      headCertificateOn: daysFrom(today, -10),
    });
    assert.equal(res.statusCode, 200, res.body);
    suit = res.json() as LitigationSuit;
    assert.equal(suit.headAppeared, true);
    assert.equal(suit.headNeeded, false);
    assert.equal(suit.deadlines.find((d) => d.kind === 'head-certificate')!.status, 'met');
  });

  test('a judgment opens fifteen days of appeal; the outcome takes effect only after them, or is appealed', async () => {
    const decided = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/outcome`, {
      suitOutcome: 'annulled',
      judgedOn: today,
      judgmentSummary: '撤销被诉处罚决定，责令重新作出',
    });
    assert.equal(decided.statusCode, 200, decided.body);
    const suit = decided.json() as LitigationSuit;
    assert.equal(suit.outcomeLost, true);
    assert.equal(suit.outcomeBasis, '《中华人民共和国行政诉讼法》第七十条');
    const appeal = suit.deadlines.find((d) => d.kind === 'appeal')!;
    assert.match(appeal.basis, /第八十五条/);
    const early = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/conclusion`, { appealFiled: false });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().code, 'APPEAL_PERIOD_RUNNING');
    const res = await call(env.app, legal, 'POST', `/api/litigation-suits/${id}/conclusion`, {
      appealFiled: true,
      appealedBy: '示范区市场监督管理局',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as LitigationSuit).status, 'appealed');
    const actions = await auditOf(id);
    for (const a of [
      'litigation_suit.registered',
      'litigation_suit.party_added',
      'litigation_suit.paper_served',
      'litigation_suit.complaint_served',
      'litigation_suit.defence_submitted',
      'litigation_suit.hearing_scheduled',
      'litigation_suit.appearance_recorded',
      'litigation_suit.decided',
      'litigation_suit.concluded',
    ])
      assert.ok(actions.includes(a), `${a} in ${actions.join()}`);
  });

  test('the justice bureau sees the suit among the region’s and counts it', async () => {
    const list = await call(env.app, reviewer, 'GET', '/api/litigation-suits?pageSize=200');
    assert.equal(list.statusCode, 200);
    assert.ok((list.json() as SuitPage).items.some((s) => s.id === id));
    const f = await figures(reviewer);
    assert.ok(f.filed!.value! >= 1 && f.concluded!.value! >= 1, JSON.stringify(f.filed));
    assert.ok(f.lost_rate!.denominator! >= f.lost_rate!.numerator!);
    const records = await call(
      env.app,
      reviewer,
      'GET',
      `/api/litigation-statistics/records?figure=lost&from=${today}&to=${today}`,
    );
    assert.equal(records.statusCode, 200, records.body);
    assert.ok(records.json().items.some((r: { recordId: string }) => r.recordId === id));
  });
});

describe('recommendations, the figures and the monthly notice', () => {
  test('a recommendation is received with its reply due, and answered once', async () => {
    const res = await call(env.app, legal, 'POST', '/api/litigation-recommendations', {
      defendingBodyId: market,
      recommendationSource: 'court',
      recommendationIssuer: '示范区人民法院',
      recommendationNumber: '（2026）内0105司建99号',
      recommendationContent: '建议完善行政处罚告知程序',
    });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id as string;
    const page = (
      await call(env.app, legal, 'GET', '/api/litigation-recommendations?pageSize=200')
    ).json() as RecommendationPage;
    const row = page.items.find((r) => r.id === id)!;
    assert.ok(row.dueOn && row.dueOn > today);
    assert.equal(row.abilities.reply, true);
    const reply = await call(env.app, legal, 'POST', `/api/litigation-recommendations/${id}/reply`, {
      recommendationReply: '已组织整改',
    });
    assert.equal(reply.statusCode, 200, reply.body);
    const again = await call(env.app, legal, 'POST', `/api/litigation-recommendations/${id}/reply`, {
      recommendationReply: '再次回复',
    });
    assert.equal(again.statusCode, 409);
    assert.deepEqual(
      (await auditOf(id)).filter((a) => a.startsWith('litigation')),
      ['litigation_recommendation.received', 'litigation_recommendation.replied'],
    );
  });

  test('the demo’s two years give the notice and the figures real records', async () => {
    const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const res = await call(env.app, reviewer, 'GET', `/api/litigation-statistics?from=${from}&to=${today}`);
    const f = Object.fromEntries((res.json() as LitigationStatistics).figures.map((x) => [x.key, x]));
    assert.ok(f.filed!.value! >= 25, JSON.stringify(f.filed));
    assert.ok(f.lost!.value! >= 1 && f.lost!.value! < f.concluded!.value!, JSON.stringify(f.lost));
    assert.ok(f.appearance_rate!.value! > 40 && f.appearance_rate!.value! < 100, JSON.stringify(f.appearance_rate));
    const month = `${daysFrom(today, -35).slice(0, 7)}`;
    const notice = await call(env.app, reviewer, 'GET', `/api/litigation-notices/monthly?noticeMonth=${month}`);
    assert.equal(notice.statusCode, 200, notice.body);
    assert.match(String(notice.headers['content-disposition']), /docx/);
    const future = await call(
      env.app,
      reviewer,
      'GET',
      `/api/litigation-notices/monthly?noticeMonth=${Number(today.slice(0, 4)) + 1}-01`,
    );
    assert.equal(future.statusCode, 422);
  });
});
