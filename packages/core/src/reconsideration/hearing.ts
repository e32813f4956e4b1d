// 听证 (《中华人民共和国行政复议法》第五十条、第五十一条、第六十一条第二款), worded as the official text (the
// 国家法律法规数据库 copy in github.com/Theonefkguy/Chinese-Laws, 行政法/行政复议法(2023-09-01).md):
// 第五十条 审理重大、疑难、复杂的行政复议案件，行政复议机构应当组织听证。行政复议机构认为有必要听证，或者申请人请求听证
// 的，行政复议机构可以组织听证。听证由一名行政复议人员任主持人，两名以上行政复议人员任听证员，一名记录员制作听证笔录。
// 第五十一条 行政复议机构组织听证的，应当于举行听证的五日前将听证的时间、地点和拟听证事项书面通知当事人。申请人无正当
// 理由拒不参加听证的，视为放弃听证权利。被申请人的负责人应当参加听证。不能参加的，应当说明理由并委托相应的工作人员参加听证。
// 第六十一条第二款 经过听证的行政复议案件，行政复议机关应当根据听证笔录、审查认定的事实和证据，依照本法作出行政复议决定。
// The five days before the hearing are working days (第八十八条第二款): calendar rule reconsideration.hearing-notice.
import type { Procedure } from './procedure';

/** The statute catalogue's rule of the written notice (第五十一条第一款), a latest day counted back from the hearing. */
export const HEARING_NOTICE_RULE = 'reconsideration.hearing-notice';

// 第五十条第一款 (must), 第二款 (may: the office's own view, the applicant's request)
export const hearingGrounds = ['major', 'office-necessary', 'applicant-request'] as const;
export type HearingGround = (typeof hearingGrounds)[number];
export const hearingGroundLabels = {
  major: '审理重大、疑难、复杂的行政复议案件，应当组织听证（第五十条第一款）',
  'office-necessary': '行政复议机构认为有必要听证（第五十条第二款）',
  'applicant-request': '申请人请求听证（第五十条第二款）',
} as const satisfies Record<HearingGround, string>;

export const hearingStatuses = ['scheduled', 'held', 'waived'] as const;
export type HearingStatus = (typeof hearingStatuses)[number];
export const hearingStatusLabels = {
  scheduled: '已通知，待举行',
  held: '已举行',
  waived: '申请人无正当理由拒不参加，视为放弃听证权利',
} as const satisfies Record<HearingStatus, string>;

// 第五十一条第二款: the respondent's head (负责人: 正职或者副职) attends, or explains why not and entrusts a staff member
export const respondentAttendances = ['head', 'entrusted'] as const;
export type RespondentAttendance = (typeof respondentAttendances)[number];
export const respondentAttendanceLabels = {
  head: '被申请人的负责人参加听证',
  entrusted: '负责人不能参加，说明理由并委托相应的工作人员参加',
} as const satisfies Record<RespondentAttendance, string>;

export interface HearingProblem {
  path: string;
  message: string;
}

/** 第五十条: a hearing belongs to the ordinary procedure (第四章第三节); a simplified case is converted first. */
export function hearingProcedureProblem(p: Procedure | null): string | null {
  return p === 'ordinary'
    ? null
    : '听证适用于普通程序审理的行政复议案件（第五十条）；简易程序案件需要听证的，应当经批准转为普通程序（第五十五条）';
}

/**
 * 第五十条第三款: one presiding officer and two or more hearing officers, all 行政复议人员 of the office (`staff`),
 * each named once, and one recorder. Every problem at once.
 */
export function panelProblems(
  panel: { presidingId: string; officerIds: readonly string[]; recorderName: string },
  staff: ReadonlySet<string>,
): HearingProblem[] {
  const problems: HearingProblem[] = [];
  if (!staff.has(panel.presidingId))
    problems.push({ path: 'presidingId', message: '听证主持人应为本行政复议机构的行政复议人员' });
  const officers = new Set(panel.officerIds);
  if (officers.size < 2 || officers.size !== panel.officerIds.length || officers.has(panel.presidingId))
    problems.push({
      path: 'panelOfficerIds',
      message:
        '听证由一名行政复议人员任主持人，两名以上行政复议人员任听证员（第五十条第三款），听证员不得重复或者兼任主持人',
    });
  else if ([...officers].some((o) => !staff.has(o)))
    problems.push({ path: 'panelOfficerIds', message: '听证员应为本行政复议机构的行政复议人员' });
  if (panel.recorderName.trim() === '')
    problems.push({ path: 'recorderName', message: '听证应当有一名记录员制作听证笔录（第五十条第三款）' });
  return problems;
}

/** 第五十一条第一款: the notice reaches the parties on or before the latest day the calendar engine counts back. */
export function hearingNoticeProblem(noticeOn: string, latest: string, hearingOn: string): string | null {
  if (noticeOn > hearingOn) return '书面通知日期不得晚于举行听证的日期';
  return noticeOn <= latest
    ? null
    : `应当于举行听证的五个工作日前将听证的时间、地点和拟听证事项书面通知当事人，最迟${latest}通知（第五十一条第一款）`;
}

export interface HearingRecordInput {
  applicantAttended: boolean;
  respondentAttendance?: RespondentAttendance | undefined;
  respondentAttendee?: string | undefined;
  hearingHeadAbsenceReason?: string | undefined;
  hearingRecord?: string | undefined;
  recordSigned?: boolean | undefined;
}

const blank = (v: string | undefined) => (v ?? '').trim() === '';

/**
 * What a hearing's record lacks. The applicant absent without good reason: the hearing is waived (第五十一条第一款)
 * and nothing else is asked. Held: who attended for the respondent — its head, or a staff member it entrusted with
 * the head's reason (第五十一条第二款) — and the 听证笔录, checked and signed (第五十条第三款, 第六十一条第二款).
 */
export function hearingRecordProblems(r: HearingRecordInput): HearingProblem[] {
  if (!r.applicantAttended) return [];
  const problems: HearingProblem[] = [];
  if (!r.respondentAttendance)
    problems.push({ path: 'respondentAttendance', message: '请选择被申请人参加听证的情况（第五十一条第二款）' });
  if (blank(r.respondentAttendee))
    problems.push({ path: 'respondentAttendee', message: '请填写被申请人参加听证人员的姓名和职务' });
  if (r.respondentAttendance === 'entrusted' && blank(r.hearingHeadAbsenceReason))
    problems.push({
      path: 'hearingHeadAbsenceReason',
      message: '被申请人的负责人不能参加听证的，应当说明理由并委托相应的工作人员参加（第五十一条第二款）',
    });
  if (blank(r.hearingRecord)) problems.push({ path: 'hearingRecord', message: '请记录听证笔录的内容' });
  if (r.recordSigned !== true)
    problems.push({ path: 'recordSigned', message: '听证笔录应当经听证参加人核对无误后签字' });
  return problems;
}

/**
 * The decision's gate on the hearing (第五十条第一款, 第六十一条第二款): a hearing scheduled and not yet held or
 * waived holds the decision, and a major ordinary case is decided only after its hearing.
 */
export function hearingDecisionProblem(c: {
  procedure: Procedure | null;
  major: boolean;
  hearings: readonly { status: HearingStatus }[];
}): { code: string; message: string } | null {
  if (c.hearings.some((h) => h.status === 'scheduled'))
    return {
      code: 'HEARING_PENDING',
      message: '已通知的听证尚未举行或者记录；经过听证的案件应当根据听证笔录作出行政复议决定（第六十一条第二款）',
    };
  if (c.procedure === 'ordinary' && c.major && c.hearings.length === 0)
    return { code: 'HEARING_REQUIRED', message: '审理重大、疑难、复杂的行政复议案件，应当组织听证（第五十条第一款）' };
  return null;
}
