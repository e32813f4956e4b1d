// 行政复议 from the application to the published decision: the online application with its tracking number and
// encrypted, masked identifiers; the 补正 that holds the review and restarts it (第三十一条); acceptance with the
// handlers' minimum and the procedure's periods (第三十条、第五十三条、第六十二条); suspension pausing the decision's
// clock (第三十九条); extension (第六十二条); the decision and its redacted publication (第七十九条); the papers; and
// the 行政复议意见书 with its sixty-day report (第七十六条); each act's audit event. The acceptance review's other outcomes are in applications/acceptance-review.test.ts.
import { acceptanceConditions } from '@fazhi/core/reconsideration';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReconsiderationCase, TrackedApplication } from '@fazhi/core/contracts';
import { pinnedClock } from '../../platform/clock';
import { call, createTestEnv, sessionOf, userId, type Session, type TestEnv } from '../../../test/helpers';
import { caseCalls, plus } from './test/case-calls';
import { applicationBody, buildCase } from './test/factory';

let env: TestEnv;
let reviewer: Session;
let leader: Session;
let handlers: string[];
let today: string;
let calls: Awaited<ReturnType<typeof caseCalls>>;
const due: typeof calls.due = (...a) => calls.due(...a);
const get: typeof calls.get = (...a) => calls.get(...a);
const act: typeof calls.act = (...a) => calls.act(...a);
const auditActions: typeof calls.auditActions = (...a) => calls.auditActions(...a);
const allConditions = [...acceptanceConditions];

before(async () => {
  // a day already pinned elsewhere, away from long holidays: the cases are dated back from it in calendar days
  // (a copy sent 19 days ago is past its ten working days — not so on 2026-10-09, just after 国庆)
  env = await createTestEnv({ clock: pinnedClock('2026-11-23') });
  today = env.services.clock.today();
  reviewer = await sessionOf(env, 'demo.reviewer');
  calls = await caseCalls(env, reviewer);
  leader = await sessionOf(env, 'demo.leader');
  handlers = [await userId(env, 'demo.fuyi.a'), await userId(env, 'demo.fuyi.b')];
});
after(() => env.close());

describe('an online application, its 补正 and its acceptance', () => {
  let id = '';
  let tracking = '';

  test('the portal takes the application without an account and answers its tracking number and review period', async () => {
    const res = await call(
      env.app,
      null,
      'POST',
      '/api/public/reconsideration-applications',
      applicationBody('159901'),
    );
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json<{ id: string; trackingNumber: string; acceptanceDue: string }>();
    ({ id, trackingNumber: tracking } = body);
    assert.match(tracking, /^FY159901-\d{8}-[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    assert.equal(body.acceptanceDue, due('reconsideration.acceptance-review', today));
    // 身份证号 and 手机号 are stored encrypted, shown masked
    const party = await env.services.db
      .selectFrom('case_parties')
      .selectAll()
      .where('case_id', '=', id)
      .where('role', '=', 'applicant')
      .executeTakeFirstOrThrow();
    assert.ok(party.id_number_enc && !party.id_number_enc.includes('11010519491231002X'));
    assert.equal(env.services.cipher.decrypt(party.id_number_enc), '11010519491231002X');
    const c = await get(id);
    assert.deepEqual(
      c.parties.map((p) => [p.roleLabel, p.idNumberMasked, p.phoneMasked]),
      [
        ['申请人', '1101**********002X', '138****8000'],
        ['被申请人', null, null],
      ],
    );
    assert.ok(!JSON.stringify(c).includes('11010519491231002X'));
    assert.equal(c.status, 'received');
    assert.equal(c.abilities['request-correction'], true);
    assert.equal(c.abilities.decide, false);
  });

  test('第三十一条: the 补正 lists every item at once, holds the review and gives the applicant ten working days', async () => {
    const empty = await act(id, 'correction-request', { correctionItems: [] });
    assert.equal(empty.statusCode, 400);
    const res = await act(id, 'correction-request', { correctionItems: ['申请人身份证明', '行政处罚决定书复印件'] });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<ReconsiderationCase>();
    assert.equal(c.status, 'correction_requested');
    const byKind = Object.fromEntries(c.deadlines.map((d) => [d.kind, d]));
    assert.equal(byKind['acceptance-review']?.status, 'paused');
    assert.equal(byKind['applicant-correction']?.due, due('reconsideration.applicant-correction', today));
    const tracked = (
      await call(env.app, null, 'GET', `/api/public/reconsideration-applications/${tracking.toLowerCase()}`)
    ).json<TrackedApplication>();
    assert.deepEqual(tracked.correction?.items, ['申请人身份证明', '行政处罚决定书复印件']);
    assert.ok(!JSON.stringify(tracked).includes('测试申请人'), 'the tracking page shows nothing personal');
    // the paper lists the same items
    const paper = await call(
      env.app,
      reviewer,
      'GET',
      `/api/reconsideration-cases/${id}/papers/correction-notice?format=docx`,
    );
    assert.equal(paper.statusCode, 200);
    const early = await call(env.app, reviewer, 'GET', `/api/reconsideration-cases/${id}/papers/acceptance-notice`);
    assert.equal(early.statusCode, 409);
    assert.match(early.json<{ message: string }>().message, /尚未受理/);
  });

  test('the applicant corrects on the portal by the tracking number: the review runs again from that day', async () => {
    const res = await call(env.app, null, 'POST', `/api/public/reconsideration-applications/${tracking}/correction`, {
      correctionText: '已补充身份证明和处罚决定书复印件',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<TrackedApplication>().status, 'received');
    const again = await call(env.app, null, 'POST', `/api/public/reconsideration-applications/${tracking}/correction`, {
      correctionText: '再次提交',
    });
    assert.equal(again.statusCode, 409);
    const c = await get(id);
    const review = c.deadlines.find((d) => d.kind === 'acceptance-review');
    assert.equal(review?.status, 'open');
    assert.equal(review?.due, due('reconsideration.acceptance-review', today, { restartFrom: today }));
    assert.equal(c.deadlines.find((d) => d.kind === 'applicant-correction')?.status, 'met');
  });

  test('第三十条、第四十五条: acceptance needs every condition, the simplified ground and the handlers the region asks', async () => {
    const few = await act(id, 'acceptance', {
      conditionsMet: allConditions.slice(0, 6),
      procedure: 'simplified',
      major: true,
      handlerIds: handlers,
    });
    assert.equal(few.statusCode, 422);
    assert.deepEqual(
      few.json<{ fields: { path: string }[] }>().fields.map((f) => f.path),
      ['conditionsMet', 'simplifiedGround', 'handlerIds'],
    );
    const forbidden = await act(
      id,
      'acceptance',
      { conditionsMet: allConditions, procedure: 'ordinary', handlerIds: handlers },
      leader,
    );
    assert.equal(forbidden.statusCode, 403);
    const res = await act(id, 'acceptance', {
      conditionsMet: allConditions,
      procedure: 'simplified',
      simplifiedGround: 'small-amount',
      amountYuan: 2000,
      handlerIds: handlers,
    });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<ReconsiderationCase>();
    assert.equal(c.status, 'accepted');
    assert.equal(c.handlers.length, 2);
    const byKind = Object.fromEntries(c.deadlines.map((d) => [d.kind, d]));
    assert.equal(byKind['decision']?.due, due('reconsideration.decision-simple', today));
    assert.equal(byKind['copy-to-respondent']?.due, due('reconsideration.simple-copy-to-respondent', today));
    assert.equal(byKind['acceptance-review']?.status, 'met');
    // the simplified procedure has no extension (第六十二条第二款)
    const ext = await act(id, 'extension', { approver: '复议机构负责人', reason: '案情复杂' });
    assert.equal(ext.statusCode, 409);
    // 第五十五条: converted to the ordinary procedure with approval, its periods counted again from the acceptance
    const converted = await act(id, 'conversion', { approver: '复议机构负责人', reason: '案情较为复杂' });
    assert.equal(converted.statusCode, 200, converted.body);
    const after = converted.json<ReconsiderationCase>();
    assert.equal(after.procedure, 'ordinary');
    assert.equal(after.deadlines.find((d) => d.kind === 'decision')?.due, due('reconsideration.decision', today));
    assert.equal(
      after.deadlines.find((d) => d.kind === 'copy-to-respondent')?.due,
      due('reconsideration.copy-to-respondent', today),
    );
    assert.equal((await act(id, 'conversion', { approver: '负责人', reason: '再次' })).statusCode, 409);
    const tracked = (
      await call(env.app, null, 'GET', `/api/public/reconsideration-applications/${tracking}`)
    ).json<TrackedApplication>();
    assert.deepEqual(
      tracked.acts.map((a) => a.label),
      ['收到行政复议申请', '通知申请人补正', '申请人提交补正材料', '受理行政复议申请', '简易程序转为普通程序'],
    );
    assert.deepEqual(
      (await auditActions(id)).filter((a) => a.startsWith('reconsideration_case.')),
      [
        'reconsideration_case.party_added',
        'reconsideration_case.party_added',
        'reconsideration_case.applied',
        'reconsideration_case.clock_paused',
        'reconsideration_case.correction_requested',
        'reconsideration_case.clock_resumed',
        'reconsideration_case.correction_submitted',
        'reconsideration_case.accepted',
        'reconsideration_case.procedure_converted',
      ],
    );
  });
});

describe('the hearing: suspension, extension, decision and publication', () => {
  let id = '';

  test('第三十九条: a suspension holds the decision clock; resumption counts it on around the suspension', async () => {
    id = await buildCase(env.services, '159901', 'accepted', 2);
    const acceptedOn = plus(today, -20);
    const decisionDue = due('reconsideration.decision', acceptedOn);
    const suspendedOn = plus(today, -10);
    assert.equal(
      (await act(id, 'suspension', { ground: 'mediation', reason: '双方同意调解', suspendedOn })).statusCode,
      200,
    );
    const held = await get(id);
    assert.equal(held.status, 'suspended');
    assert.equal(held.deadlines.find((d) => d.kind === 'decision')?.status, 'paused');
    assert.equal((await act(id, 'decision', { decisionType: 'uphold', decisionText: '维持' })).statusCode, 409);
    const res = await act(id, 'resumption', {});
    assert.equal(res.statusCode, 200, res.body);
    const resumed = res.json<ReconsiderationCase>().deadlines.find((d) => d.kind === 'decision');
    assert.equal(resumed?.status, 'open');
    assert.equal(
      resumed?.due,
      due('reconsideration.decision', acceptedOn, { pauses: [{ from: suspendedOn, to: today }] }),
    );
    assert.ok(resumed && resumed.due > decisionDue);
  });

  test('第六十二条: the ordinary procedure is extended once, approved, by thirty days', async () => {
    const res = await act(id, 'extension', { approver: '示范区司法局负责人', reason: '案情复杂，需要进一步调查' });
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json<ReconsiderationCase>().deadlines.find((x) => x.kind === 'decision');
    assert.equal(d?.extended, true);
    assert.equal((await act(id, 'extension', { approver: '负责人', reason: '再次' })).statusCode, 409);
  });

  test('第七十九条: the decision is published on the portal with the applicant redacted', async () => {
    await act(id, 'copy', {});
    assert.equal((await act(id, 'answer', {})).statusCode, 200);
    const unheard = await act(id, 'decision', { decisionType: 'annul', decisionText: '撤销' });
    assert.equal(unheard.statusCode, 422);
    assert.equal(unheard.json<{ code: string }>().code, 'VIEWS_NOT_HEARD');
    const views = await act(id, 'views', { party: '申请人', way: 'phone', summary: '申请人坚持认为处罚认定事实不清' });
    assert.equal(views.statusCode, 200, views.body);
    assert.deepEqual(
      views.json<ReconsiderationCase>().views.map((v) => [v.party, v.way]),
      [['申请人', 'phone']],
    );
    const decided = await act(id, 'decision', {
      decisionType: 'annul',
      decisionText:
        '申请人测试申请人2（身份证号11010519491231002X）不服被申请人作出的行政处罚决定。经审理，撤销该决定。',
    });
    assert.equal(decided.statusCode, 200, decided.body);
    assert.equal(decided.json<ReconsiderationCase>().deadlines.find((d) => d.kind === 'decision')?.status, 'met');
    assert.equal((await act(id, 'publication', {})).statusCode, 200);
    for (const paper of ['answer-notice', 'decision']) {
      const file = await call(env.app, reviewer, 'GET', `/api/reconsideration-cases/${id}/papers/${paper}?format=pdf`);
      assert.equal(file.statusCode, 200, paper);
      assert.equal(file.headers['content-type'], 'application/pdf');
    }
    const list = await call(env.app, null, 'GET', '/api/public/reconsideration-decisions?regionCode=159901');
    assert.ok(list.json<{ items: { id: string }[] }>().items.some((d) => d.id === id));
    const page = (await call(env.app, null, 'GET', `/api/public/reconsideration-decisions/${id}`)).json<{
      text: string;
    }>();
    assert.match(page.text, /申请人测某（身份证号\*{18}）/);
    assert.ok(!page.text.includes('测试申请人2'));
    assert.deepEqual(
      (await auditActions(id)).filter((a) =>
        /\.(suspended|resumed|extended|copy_sent|answer_recorded|views_heard|decided|published)$/.test(a),
      ),
      [
        'reconsideration_case.suspended',
        'reconsideration_case.resumed',
        'reconsideration_case.extended',
        'reconsideration_case.copy_sent',
        'reconsideration_case.answer_recorded',
        'reconsideration_case.views_heard',
        'reconsideration_case.decided',
        'reconsideration_case.published',
      ],
    );
  });

  test('第七十条: a copy sent and no answer within its ten working days is shown as the respondent’s default', async () => {
    const id = await buildCase(env.services, '159901', 'accepted', 12);
    const res = await act(id, 'copy', { handledOn: plus(today, -19) });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<ReconsiderationCase>().respondentLate, true);
    assert.equal((await get(await buildCase(env.services, '159901', 'accepted', 13))).respondentLate, false);
  });

  test('第四十一条: termination ends the clock; the sixty-day ground only after such a suspension', async () => {
    const other = await buildCase(env.services, '159901', 'accepted', 3);
    const lapsed = await act(other, 'termination', { ground: 'suspension-lapsed', reason: '中止满六十日' });
    assert.equal(lapsed.statusCode, 422);
    const res = await act(other, 'termination', { ground: 'withdrawn', reason: '申请人撤回申请，准予撤回' });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<ReconsiderationCase>();
    assert.equal(c.status, 'terminated');
    assert.ok(c.deadlines.every((d) => d.status !== 'open' && d.status !== 'paused'));
  });
});

describe('第七十六条: the 行政复议意见书 and its sixty-day report', () => {
  test('issued during the case, its report due sixty days after receipt, late when past them, kept after the decision', async () => {
    const id = await buildCase(env.services, '159901', 'accepted', 21);
    const receivedOn = plus(today, -70);
    const bad = await act(id, 'opinions', {
      addresseeName: '示范区市场监督管理局',
      opinionText: '责令改正',
      opinionIssuedOn: receivedOn,
      opinionReceivedOn: plus(receivedOn, -1),
    });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(
      bad.json<{ fields: { path: string }[] }>().fields.map((f) => f.path),
      ['opinionReceivedOn'],
    );
    // an addressee named as a unit must be one of the region's (here: no unit at all)
    const foreign = {
      addresseeName: '某局',
      addresseeOrgId: '00000000-0000-4000-8000-000000000000',
      opinionText: '纠正',
    };
    assert.equal((await act(id, 'opinions', foreign)).statusCode, 422);
    const res = await act(id, 'opinions', {
      addresseeName: '示范区市场监督管理局',
      opinionText: '该局在同类案件中未告知当事人陈述、申辩权利，应予纠正。',
      opinionIssuedOn: receivedOn,
    });
    assert.equal(res.statusCode, 200, res.body);
    const [opinion] = res.json<ReconsiderationCase>().opinions;
    assert.equal(opinion?.reportDue, due('reconsideration.opinion-letter-report', receivedOn));
    assert.equal(opinion?.late, true);
    // the case's decision ends its own clock, not the addressee's sixty days
    const decided = await act(id, 'decision', {
      decisionType: 'uphold',
      decisionText: '维持。',
      writtenReviewReason: '申请人经通知拒绝陈述意见',
    });
    assert.equal(decided.statusCode, 200, decided.body);
    const report = decided.json<ReconsiderationCase>().deadlines.find((d) => d.kind === 'opinion-report');
    assert.equal(report?.status, 'open');
    assert.equal(report?.warningLevel, 'red');
    const unknown = await act(id, 'opinion-report', { opinionId: id, reportText: '已纠正' });
    assert.equal(unknown.statusCode, 404);
    const reported = await act(id, 'opinion-report', { opinionId: opinion?.id, reportText: '已重新作出决定并告知' });
    assert.equal(reported.statusCode, 200, reported.body);
    const after = reported.json<ReconsiderationCase>();
    assert.equal(after.deadlines.find((d) => d.kind === 'opinion-report')?.status, 'missed');
    assert.match(after.acts.at(-1)?.summary ?? '', /（逾期）$/);
    const again = await act(id, 'opinion-report', { opinionId: opinion?.id, reportText: '再次报送' });
    assert.equal(again.statusCode, 422);
    const received = await buildCase(env.services, '159901', 'received', 22);
    assert.equal((await act(received, 'opinions', foreign)).statusCode, 409);
    const events = await auditActions(id);
    assert.ok(events.includes('reconsideration_case.opinion_issued'));
    assert.ok(events.includes('reconsideration_case.opinion_reported'));
  });
});
