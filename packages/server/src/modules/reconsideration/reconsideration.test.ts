// 行政复议 from the application to the published decision: the online application with its tracking number and
// encrypted, masked identifiers; the 补正 that holds the review and restarts it (第三十一条); acceptance with the
// handlers' minimum and the procedure's periods (第三十条、第五十三条、第六十二条); suspension pausing the decision's
// clock (第三十九条); extension (第六十二条); the decision and its redacted publication (第七十九条); refusal, deemed
// withdrawal and deemed acceptance; the papers; and each act's audit event.
import { acceptanceConditions } from '@fazhi/core/reconsideration';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline, formatIsoDate, parseIsoDate, type Pause } from '@fazhi/core/calendar';
import type { ReconsiderationCase, TrackedApplication } from '@fazhi/core/contracts';
import { call, createTestEnv, sessionOf, userId, type Session, type TestEnv } from '../../../test/helpers';
import { pinnedClock } from '../../platform/clock';
import { loadCalendarContext } from '../../platform/deadlines';
import type { Services } from '../../platform/services';
import { deemAccepted } from './applications/jobs/deem-accepted';
import { applicationBody, buildCase } from './test/factory';

let env: TestEnv;
let reviewer: Session;
let leader: Session;
let handlers: string[];
let today: string;
let calendar: Awaited<ReturnType<typeof loadCalendarContext>>['calendar'];
const due = (rule: string, from: string, extra: { pauses?: Pause[]; restartFrom?: string } = {}) =>
  computeDeadline(calendar, rule, { from, ...extra }).due;
const plus = (d: string, n: number) => formatIsoDate(parseIsoDate(d) + n);
const on = (day: string): Services => ({ ...env.services, clock: pinnedClock(`${day}T10:00:00+08:00`) });

const get = async (id: string, s = reviewer) =>
  (await call(env.app, s, 'GET', `/api/reconsideration-cases/${id}`)).json<ReconsiderationCase>();
const act = (id: string, path: string, body: unknown, s = reviewer) =>
  call(env.app, s, 'POST', `/api/reconsideration-cases/${id}/${path}`, body);
const auditActions = async (id: string) =>
  (
    await env.services.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).orderBy('seq').execute()
  ).map((r) => r.action);
const allConditions = [...acceptanceConditions];

before(async () => {
  env = await createTestEnv();
  today = env.services.clock.today();
  ({ calendar } = await loadCalendarContext(env.services.db, '159901'));
  reviewer = await sessionOf(env, 'demo.reviewer');
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
    const empty = await act(id, 'correction-request', { items: [] });
    assert.equal(empty.statusCode, 400);
    const res = await act(id, 'correction-request', { items: ['申请人身份证明', '行政处罚决定书复印件'] });
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
    const ext = await act(id, 'extension', { approvedBy: '复议机构负责人', reason: '案情复杂' });
    assert.equal(ext.statusCode, 409);
    // 第五十五条: converted to the ordinary procedure with approval, its periods counted again from the acceptance
    const converted = await act(id, 'conversion', { approvedBy: '复议机构负责人', reason: '案情较为复杂' });
    assert.equal(converted.statusCode, 200, converted.body);
    const after = converted.json<ReconsiderationCase>();
    assert.equal(after.procedure, 'ordinary');
    assert.equal(after.deadlines.find((d) => d.kind === 'decision')?.due, due('reconsideration.decision', today));
    assert.equal(
      after.deadlines.find((d) => d.kind === 'copy-to-respondent')?.due,
      due('reconsideration.copy-to-respondent', today),
    );
    assert.equal((await act(id, 'conversion', { approvedBy: '负责人', reason: '再次' })).statusCode, 409);
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
    const res = await act(id, 'extension', { approvedBy: '示范区司法局负责人', reason: '案情复杂，需要进一步调查' });
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json<ReconsiderationCase>().deadlines.find((x) => x.kind === 'decision');
    assert.equal(d?.extended, true);
    assert.equal((await act(id, 'extension', { approvedBy: '负责人', reason: '再次' })).statusCode, 409);
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
    const res = await act(id, 'copy', { on: plus(today, -19) });
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

describe('refusal, deemed withdrawal, deemed acceptance and the limits', () => {
  test('第三十条第二款: a refusal with its reasons and the competent body, and its paper', async () => {
    const id = await buildCase(env.services, '159901', 'received', 4);
    const res = await act(id, 'refusal', { refusalReason: '不属于本机关管辖', competentBody: '示范市人民政府' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<ReconsiderationCase>().status, 'not_accepted');
    const pdf = await call(
      env.app,
      reviewer,
      'GET',
      `/api/reconsideration-cases/${id}/papers/refusal-decision?format=pdf`,
    );
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
  });

  test('送达: the 补正通知书 served on the applicant starts the ten working days from that day; an unissued paper is refused', async () => {
    const id = await buildCase(env.services, '159901', 'correction_requested', 11);
    const c = await get(id);
    const applicant = c.parties.find((p) => p.role === 'applicant');
    const early = await act(id, 'service', {
      paper: 'acceptance-notice',
      recipient: applicant?.name,
      method: 'post',
    });
    assert.equal(early.statusCode, 409);
    const res = await act(id, 'service', {
      paper: 'correction-notice',
      partyId: applicant?.id,
      recipient: applicant?.name,
      method: 'post',
      servedOn: today,
    });
    assert.equal(res.statusCode, 200, res.body);
    const served = res.json<ReconsiderationCase>();
    assert.deepEqual(
      served.services.map((s) => [s.paper, s.methodLabel, s.servedOn]),
      [['行政复议申请补正通知书', '邮寄送达', today]],
    );
    assert.equal(
      served.deadlines.find((d) => d.kind === 'applicant-correction')?.due,
      due('reconsideration.applicant-correction', today),
    );
    assert.ok((await auditActions(id)).includes('reconsideration_case.paper_served'));
  });

  test('第三十一条第二款: deemed withdrawn only after the applicant’s ten working days', async () => {
    const running = await buildCase(env.services, '159901', 'correction_requested', 5);
    assert.equal((await act(running, 'withdrawal', {})).statusCode, 409);
    const lapsed = await buildCase(env.services, '159901', 'correction_lapsed', 6);
    const res = await act(lapsed, 'withdrawal', {});
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<ReconsiderationCase>();
    assert.equal(c.status, 'withdrawn');
    assert.deepEqual(
      c.deadlines.map((d) => [d.kind, d.status]),
      [
        ['acceptance-review', 'cancelled'],
        ['applicant-correction', 'missed'],
      ],
    );
  });

  test('第三十条第三款: past the five working days the application is deemed accepted as of the last day', async () => {
    const id = await buildCase(env.services, '159901', 'received', 7);
    const lastDay = due('reconsideration.acceptance-review', today);
    await deemAccepted(on(plus(lastDay, 1)));
    await deemAccepted(on(plus(lastDay, 1)));
    const c = await get(id);
    assert.equal(c.status, 'accepted');
    assert.equal(c.deemedAccepted, true);
    assert.equal(c.acceptedOn, lastDay);
    assert.equal(c.acts.filter((a) => a.act === 'deemed_accepted').length, 1, 'running the job twice accepts once');
  });

  test('第二十条、第二十一条: an application past the sixty days or the five years is warned at the review', async () => {
    const res = await call(env.app, reviewer, 'POST', '/api/reconsideration-cases', {
      ...applicationBody('159901', 8),
      channel: 'oral',
      knownOn: plus(today, -200),
      actOn: plus(today, -2000),
    });
    assert.equal(res.statusCode, 201, res.body);
    const c = res.json<ReconsiderationCase>();
    assert.equal(c.channel, 'oral');
    assert.deepEqual(
      c.limitWarnings.map((w) => w.key),
      ['sixty-days', 'absolute'],
    );
  });

  test('bad input names its field: an invalid 身份证号, a future date, an unknown tracking number', async () => {
    const badId = await call(env.app, null, 'POST', '/api/public/reconsideration-applications', {
      ...applicationBody('159901', 9),
      applicant: { kind: 'person', name: '张三', idNumber: '110105194912310021' },
    });
    assert.equal(badId.statusCode, 422);
    assert.deepEqual(
      badId.json<{ fields: { path: string }[] }>().fields.map((f) => f.path),
      ['applicant.idNumber'],
    );
    const future = await call(env.app, reviewer, 'POST', '/api/reconsideration-cases', {
      ...applicationBody('159901', 10),
      channel: 'post',
      receivedOn: plus(today, 3),
    });
    assert.equal(future.statusCode, 422);
    assert.match(future.json<{ message: string }>().message, /收到申请日期不能晚于今天/);
    const unknown = await call(
      env.app,
      null,
      'GET',
      '/api/public/reconsideration-applications/FY159901-20260101-0000-0000-0000-0000',
    );
    assert.equal(unknown.statusCode, 404);
    const wrongKind = await call(
      env.app,
      null,
      'GET',
      '/api/public/reconsideration-applications/GF159901-20260101-0000-0000-0000-0000',
    );
    assert.equal(wrongKind.statusCode, 400);
  });
});
