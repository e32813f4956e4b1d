// 听证 (第五十条、第五十一条、第六十一条第二款) through the API: the panel of the office's 行政复议人员, the written
// notice's latest day counted back by the calendar engine and stored on the case, the 听证通知书, the record with the
// respondent's head or entrusted staff, the waiver, and the decision's gate on the hearing; each act's audit event.
// The rules themselves are unit-tested in core (reconsideration/hearing.test.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { pinnedClock } from '../../../platform/clock';
import { call, createTestEnv, sessionOf, userId, type Session, type TestEnv } from '../../../../test/helpers';
import { caseCalls } from '../test/case-calls';
import { buildCase, scheduledHearingRow } from '../test/factory';

let env: TestEnv;
let reviewer: Session;
let calls: Awaited<ReturnType<typeof caseCalls>>;
let panel: { presidingId: string; panelOfficerIds: string[]; recorderName: string };
type Refusal = { code: string; fields?: { path: string; message: string }[] };

before(async () => {
  // 2026-11-23, a Monday pinned elsewhere; the factory's cases were accepted twenty days before (2026-11-03)
  env = await createTestEnv({ clock: pinnedClock('2026-11-23') });
  reviewer = await sessionOf(env, 'demo.reviewer');
  calls = await caseCalls(env, reviewer);
  panel = {
    presidingId: await userId(env, 'demo.reviewer'),
    panelOfficerIds: [await userId(env, 'demo.fuyi.a'), await userId(env, 'demo.fuyi.b')],
    recorderName: '示范·书记员',
  };
});
after(() => env.close());

const hearing = (extra: Record<string, unknown> = {}) => ({
  hearingGround: 'office-necessary',
  hearingOn: '2026-12-04',
  hearingPlace: '示范区司法局听证室',
  hearingIssues: '被申请人认定的违法事实是否清楚、证据是否充分',
  ...panel,
  ...extra,
});

describe('the hearing is notified five working days before, by its panel', () => {
  test('a simplified case, a short panel and a late notice are refused together; a proper one stores the notice day', async () => {
    const simplified = await buildCase(env.services, '159901', 'simplified', 31);
    const s = await calls.act(simplified, 'hearings', hearing());
    assert.equal(s.statusCode, 422);
    assert.deepEqual(
      s.json<Refusal>().fields?.map((f) => f.path),
      ['hearingGround'],
    );
    const id = await buildCase(env.services, '159901', 'accepted', 32);
    const bad = await calls.act(
      id,
      'hearings',
      hearing({ hearingOn: '2026-11-26', panelOfficerIds: panel.panelOfficerIds.slice(0, 1) }),
    );
    assert.equal(bad.statusCode, 422);
    const refusal = bad.json<Refusal>();
    assert.deepEqual(
      refusal.fields?.map((f) => f.path),
      ['panelOfficerIds', 'hearingNoticeOn'],
    );
    assert.match(refusal.fields?.[1]?.message ?? '', /五个工作日前.*最迟2026-11-19/);
    const res = await calls.act(id, 'hearings', hearing());
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json<ReconsiderationCase>();
    const notice = c.deadlines.find((d) => d.kind === 'hearing-notice');
    assert.equal(notice?.due, calls.due('reconsideration.hearing-notice', '2026-12-04'));
    assert.equal(notice?.due, '2026-11-27');
    assert.equal(notice?.status, 'met');
    assert.deepEqual(
      c.hearings.map((h) => [h.status, h.noticeOn, h.noticeDue, h.officers.length]),
      [['scheduled', '2026-11-23', '2026-11-27', 2]],
    );
    assert.equal((await calls.act(id, 'hearings', hearing())).statusCode, 409);
    const paper = await call(env.app, reviewer, 'GET', `/api/reconsideration-cases/${id}/papers/hearing-notice`);
    assert.equal(paper.statusCode, 200);
    // 第六十一条第二款: not decided before the hearing; the hearing is not recorded before its day
    const early = await calls.act(id, 'decision', { decisionType: 'uphold', decisionText: '维持。' });
    assert.equal(early.json<Refusal>().code, 'HEARING_PENDING');
    const future = await calls.act(id, 'hearing-record', {
      hearingId: c.hearings[0]?.id,
      applicantAttended: false,
    });
    assert.equal(future.json<Refusal>().code, 'DATE_IN_FUTURE');
  });
});

describe('a major case is decided on its hearing record', () => {
  test('第五十条第一款: refused before a hearing; held with the head or entrusted staff and a signed record; then decided', async () => {
    const id = await buildCase(env.services, '159901', 'accepted', 33);
    const major = await calls.act(id, 'handlers', {
      handlerIds: [panel.presidingId, ...panel.panelOfficerIds],
      major: true,
    });
    assert.equal(major.statusCode, 200, major.body);
    const unheard = await calls.act(id, 'decision', { decisionType: 'annul', decisionText: '撤销。' });
    assert.equal(unheard.json<Refusal>().code, 'HEARING_REQUIRED');
    const scheduled = await calls.act(
      id,
      'hearings',
      hearing({ hearingGround: 'major', hearingOn: '2026-11-20', hearingNoticeOn: '2026-11-04' }),
    );
    assert.equal(scheduled.statusCode, 200, scheduled.body);
    const hearingId = scheduled.json<ReconsiderationCase>().hearings[0]?.id;
    const incomplete = await calls.act(id, 'hearing-record', {
      hearingId,
      applicantAttended: true,
      respondentAttendance: 'entrusted',
      respondentAttendee: '王某（法制科科长）',
      hearingRecord: '申请人、被申请人分别陈述，质证。',
    });
    assert.equal(incomplete.statusCode, 422);
    assert.deepEqual(
      incomplete.json<Refusal>().fields?.map((f) => f.path),
      ['hearingHeadAbsenceReason', 'recordSigned'],
    );
    const held = await calls.act(id, 'hearing-record', {
      hearingId,
      applicantAttended: true,
      respondentAttendance: 'head',
      respondentAttendee: '李某（示范区市场监督管理局副局长）',
      hearingRecord: '申请人、被申请人分别陈述，质证。',
      recordSigned: true,
    });
    assert.equal(held.statusCode, 200, held.body);
    assert.deepEqual(
      held.json<ReconsiderationCase>().hearings.map((h) => [h.status, h.heldOn, h.respondentAttendance]),
      [['held', '2026-11-20', 'head']],
    );
    // the hearing heard the parties (第四十九条): no written-review reason asked
    const decided = await calls.act(id, 'decision', { decisionType: 'annul', decisionText: '撤销该行政处罚决定。' });
    assert.equal(decided.statusCode, 200, decided.body);
    const paper = await call(env.app, reviewer, 'GET', `/api/reconsideration-cases/${id}/papers/decision?format=pdf`);
    assert.equal(paper.statusCode, 200);
    assert.deepEqual(
      (await calls.auditActions(id)).filter((a) => /hearing|decided/.test(a)),
      ['reconsideration_case.hearing_scheduled', 'reconsideration_case.hearing_held', 'reconsideration_case.decided'],
    );
  });

  test('第五十一条第一款: the applicant absent without good reason waives the hearing, and the case goes on', async () => {
    const id = await buildCase(env.services, '159901', 'accepted', 34);
    const hearingId = await scheduledHearingRow(env.services, id, { hearingOn: '2026-11-20', noticeOn: '2026-11-10' });
    const res = await calls.act(id, 'hearing-record', { hearingId, applicantAttended: false });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<ReconsiderationCase>().hearings[0]?.status, 'waived');
    const again = await calls.act(id, 'hearing-record', { hearingId, applicantAttended: false });
    assert.equal(again.json<Refusal>().code, 'HEARING_ALREADY_RECORDED');
    assert.ok((await calls.auditActions(id)).includes('reconsideration_case.hearing_waived'));
  });
});
