// 听证 (第五十条、第五十一条、第六十一条第二款) as rules: the panel, the notice's latest day, the record and the
// decision's gate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar, computeDeadline, nationalCalendarData } from '../calendar';
import {
  HEARING_NOTICE_RULE,
  hearingDecisionProblem,
  hearingNoticeProblem,
  hearingProcedureProblem,
  hearingRecordProblems,
  panelProblems,
} from './index';

const calendar = buildCalendar(nationalCalendarData);
const staff = new Set(['a', 'b', 'c', 'd']);

test('第五十条第三款: one presiding officer and two or more hearing officers of the office, and a recorder', () => {
  assert.deepEqual(panelProblems({ presidingId: 'a', officerIds: ['b', 'c'], recorderName: '记录员' }, staff), []);
  assert.deepEqual(
    panelProblems({ presidingId: 'x', officerIds: ['b'], recorderName: ' ' }, staff).map((p) => p.path),
    ['presidingId', 'panelOfficerIds', 'recorderName'],
  );
  // the presiding officer is not also a hearing officer, nor one named twice
  for (const officerIds of [
    ['a', 'b'],
    ['b', 'b'],
  ])
    assert.equal(panelProblems({ presidingId: 'a', officerIds, recorderName: '甲' }, staff).length, 1);
  assert.match(
    panelProblems({ presidingId: 'a', officerIds: ['b', 'z'], recorderName: '甲' }, staff)[0]?.message ?? '',
    /听证员应为本行政复议机构的行政复议人员/,
  );
});

test('第五十一条第一款: the notice five working days before, counted back by the engine; only in the ordinary procedure', () => {
  const latest = computeDeadline(calendar, HEARING_NOTICE_RULE, { from: '2026-12-04' }).due;
  assert.equal(latest, '2026-11-27');
  assert.equal(hearingNoticeProblem('2026-11-27', latest, '2026-12-04'), null);
  assert.match(hearingNoticeProblem('2026-11-30', latest, '2026-12-04') ?? '', /最迟2026-11-27/);
  assert.ok(hearingNoticeProblem('2026-12-05', latest, '2026-12-04'));
  assert.equal(hearingProcedureProblem('ordinary'), null);
  assert.match(hearingProcedureProblem('simplified') ?? '', /第五十五条/);
});

test('第五十一条: a held hearing needs the respondent’s attendance and a signed record; a waived one nothing', () => {
  assert.deepEqual(hearingRecordProblems({ applicantAttended: false }), []);
  assert.deepEqual(
    hearingRecordProblems({ applicantAttended: true }).map((p) => p.path),
    ['respondentAttendance', 'respondentAttendee', 'hearingRecord', 'recordSigned'],
  );
  const entrusted = {
    applicantAttended: true,
    respondentAttendance: 'entrusted' as const,
    respondentAttendee: '王某',
    hearingRecord: '笔录',
    recordSigned: true,
  };
  assert.deepEqual(
    hearingRecordProblems(entrusted).map((p) => p.path),
    ['hearingHeadAbsenceReason'],
  );
  assert.deepEqual(hearingRecordProblems({ ...entrusted, hearingHeadAbsenceReason: '出差' }), []);
});

test('第五十条第一款、第六十一条第二款: the decision waits for a scheduled hearing, and a major case for one', () => {
  const ordinary = { procedure: 'ordinary' as const, major: false };
  assert.equal(hearingDecisionProblem({ ...ordinary, hearings: [] }), null);
  assert.equal(hearingDecisionProblem({ ...ordinary, hearings: [{ status: 'scheduled' }] })?.code, 'HEARING_PENDING');
  assert.equal(hearingDecisionProblem({ ...ordinary, major: true, hearings: [] })?.code, 'HEARING_REQUIRED');
  assert.equal(hearingDecisionProblem({ ...ordinary, major: true, hearings: [{ status: 'waived' }] }), null);
  assert.equal(hearingDecisionProblem({ procedure: 'simplified', major: true, hearings: [] }), null);
});
