// The acceptance review's other outcomes (第三十条、第三十一条): refusal with its paper, the 补正通知书's service
// starting the applicant's period, deemed withdrawal, deemed acceptance by the daily job; the limits of 第二十条、
// 第二十一条 warned on an application the office registers; the handlers named after a deemed acceptance (第三十六条); and bad input naming its field.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { call, createTestEnv, sessionOf, type Session, type TestEnv } from '../../../../test/helpers';
import { pinnedClock } from '../../../platform/clock';
import type { Services } from '../../../platform/services';
import { deemAccepted } from './jobs/deem-accepted';
import { caseCalls, plus } from '../test/case-calls';
import { applicationBody, buildCase } from '../test/factory';

let env: TestEnv;
let reviewer: Session;
let today: string;
let calls: Awaited<ReturnType<typeof caseCalls>>;
const due: typeof calls.due = (...a) => calls.due(...a);
const get: typeof calls.get = (...a) => calls.get(...a);
const act: typeof calls.act = (...a) => calls.act(...a);
const auditActions: typeof calls.auditActions = (...a) => calls.auditActions(...a);
const on = (day: string): Services => ({ ...env.services, clock: pinnedClock(`${day}T10:00:00+08:00`) });

before(async () => {
  env = await createTestEnv();
  today = env.services.clock.today();
  reviewer = await sessionOf(env, 'demo.reviewer');
  calls = await caseCalls(env, reviewer);
});
after(() => env.close());

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
      serviceMethod: 'post',
    });
    assert.equal(early.statusCode, 409);
    const res = await act(id, 'service', {
      paper: 'correction-notice',
      partyId: applicant?.id,
      recipient: applicant?.name,
      serviceMethod: 'post',
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

  test('第三十六条第一款: a deemed acceptance names nobody; the workbench shows it until the office names the handlers', async () => {
    const id = await buildCase(env.services, '159901', 'review_lapsed', 14);
    await deemAccepted(env.services);
    const c = await get(id);
    const lastDay = c.acceptedOn ?? '';
    assert.equal(c.deemedAccepted, true);
    assert.deepEqual(c.handlers, []);
    const todo = c.deadlines.find((d) => d.kind === 'handlers');
    assert.equal(todo?.status, 'open');
    assert.equal(todo?.due, due('reconsideration.copy-to-respondent', lastDay));
    const listed = async () =>
      (await call(env.app, reviewer, 'GET', '/api/workbench'))
        .json<{ todos: { link: string | null; label: string }[] }>()
        .todos.some((t) => t.link?.endsWith(id) && t.label.startsWith('指定承办人'));
    assert.ok(await listed());
    const staff = c.handlerChoices.map((h) => h.id);
    assert.ok(staff.length >= 2, 'the demo office has two 行政复议人员 or more');
    const one = await act(id, 'handlers', { handlerIds: [staff[0]] });
    assert.equal(one.statusCode, 422);
    assert.deepEqual(
      one.json<{ fields: { path: string; message: string }[] }>().fields.map((f) => [f.path, f.message]),
      [['handlerIds', '案件应当至少由2名行政复议人员承办']],
    );
    const major = await act(id, 'handlers', { handlerIds: staff.slice(0, 2), major: true });
    assert.equal(major.statusCode, 422);
    assert.match(major.body, /重大案件应当至少由3名行政复议人员承办/);
    const stranger = await act(id, 'handlers', { handlerIds: [staff[0], staff[1], id] });
    assert.equal(stranger.statusCode, 422);
    assert.match(stranger.body, /承办人应为本行政复议机构的行政复议人员/);
    const res = await act(id, 'handlers', { handlerIds: staff.slice(0, 2), major: false, namedOn: lastDay });
    assert.equal(res.statusCode, 200, res.body);
    const named = res.json<ReconsiderationCase>();
    assert.deepEqual(named.handlers.map((h) => h.id).sort(), staff.slice(0, 2).sort());
    assert.equal(named.deadlines.find((d) => d.kind === 'handlers')?.status, 'met');
    assert.match(named.acts.at(-1)?.summary ?? '', /^指定承办人：/);
    assert.equal(await listed(), false);
    // changed later, while the case is suspended; an application still under review has none to change
    await act(id, 'suspension', { ground: 'mediation', reason: '双方同意调解' });
    const changed = await act(id, 'handlers', { handlerIds: [...staff].reverse().slice(0, 2) });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.match(changed.json<ReconsiderationCase>().acts.at(-1)?.summary ?? '', /^变更承办人：/);
    const reviewing = await buildCase(env.services, '159901', 'received', 12);
    assert.equal((await act(reviewing, 'handlers', { handlerIds: staff.slice(0, 2) })).statusCode, 409);
    assert.deepEqual(
      (await auditActions(id)).filter((a) => a.endsWith('handlers_named')),
      ['reconsideration_case.handlers_named', 'reconsideration_case.handlers_named'],
    );
  });

  test('第二十条、第二十一条: an application past the sixty days or the five years is warned at the review', async () => {
    const res = await call(env.app, reviewer, 'POST', '/api/reconsideration-cases', {
      ...applicationBody('159901', 8),
      channel: 'oral',
      knownOn: plus(today, -200),
      actMadeOn: plus(today, -2000),
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
