// 集体审议: a document issued by the government is decided at its executive meeting (常务会议), a department's at
// its leadership meeting (领导班子会议) (国发〔2008〕17号 (十三); seed 000 (五)). Only a draft that passed the legality
// review may be deliberated (国办发〔2018〕115号). Adopted → awaiting publication; revise → back to drafting (the
// revised text needs a new legality review); rejected → withdrawn.
import { randomUUID } from 'node:crypto';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import type { DeliberationDecision, MeetingKind } from '../../tables';
import { actDate, SUBJECT } from '../../support';
import { assertStepsDone, auditDocument, loadForAct, moveTo } from '../../workflow';

export interface DeliberationInput {
  meetingKind: MeetingKind;
  meetingName: string;
  meetingOn: string;
  decision: DeliberationDecision;
  note?: string | undefined;
}

const decisionLabels = { adopted: '审议通过', revise: '修改后再审议', rejected: '不予通过' } as const satisfies Record<
  DeliberationDecision,
  string
>;

export async function recordDeliberation(services: Services, ctx: WriteContext, id: string, input: DeliberationInput) {
  return inWriteTransaction(services, ctx, (w) => recordDeliberationOn(services, w, id, input));
}

export async function recordDeliberationOn(services: Services, w: Writer, id: string, input: DeliberationInput) {
  const { row } = await loadForAct(services, w, id, 'recordDeliberation', 'record-deliberation');
  assertStepsDone(row, 'record-deliberation', false);
  const meetingOn = actDate(services, input.meetingOn, 'meetingOn');
  const issuer = await w.tx
    .selectFrom('orgs')
    .select(['kind'])
    .where('id', '=', row.issuer_org_id)
    .executeTakeFirstOrThrow();
  const expected: MeetingKind = issuer.kind === 'government' ? 'executive_meeting' : 'leadership_meeting';
  if (input.meetingKind !== expected)
    throw invalid(
      'DELIBERATION_MEETING_INVALID',
      expected === 'executive_meeting'
        ? '以人民政府名义发布的文件应当经政府常务会议审议'
        : '部门文件应当经部门领导班子会议集体审议',
      [{ path: 'meetingKind', message: '会议类型不符' }],
    );
  const reviewed = await w.tx
    .selectFrom('legality_reviews')
    .select((eb) => eb.fn.max('concluded_on').as('on'))
    .where('region_code', '=', row.region_code)
    .where('subject_type', '=', SUBJECT)
    .where('subject_id', '=', row.id)
    .executeTakeFirst();
  if (reviewed?.on && meetingOn < reviewed.on)
    throw invalid('DELIBERATION_BEFORE_REVIEW', `审议日期不能早于合法性审核办结日期（${reviewed.on}）`, [
      { path: 'meetingOn', message: '早于合法性审核' },
    ]);
  await w.tx
    .insertInto('normative_deliberations')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      document_id: row.id,
      meeting_kind: input.meetingKind,
      meeting_name: input.meetingName,
      meeting_on: meetingOn,
      decision: input.decision,
      note: input.note ?? '',
      recorded_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  const next = { adopted: 'approved', revise: 'drafting', rejected: 'withdrawn' } as const;
  await moveTo(
    w,
    row,
    next[input.decision],
    'record-deliberation',
    meetingOn,
    `${input.meetingName}：${decisionLabels[input.decision]}`,
    {
      deliberated_on: input.decision === 'adopted' ? meetingOn : null,
      ...(input.decision === 'revise' ? { legality_review_passed: null } : {}),
    },
  );
  await auditDocument(w, row, 'deliberated', `经${input.meetingName}集体审议：${decisionLabels[input.decision]}`, {
    meetingKind: input.meetingKind,
    meetingOn,
    decision: input.decision,
  });
}
