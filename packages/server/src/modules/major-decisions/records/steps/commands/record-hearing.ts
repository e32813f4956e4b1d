// 听证会举行 (第十七条): the announced hearing held publicly; its record (笔录) summarised and confirmed by the
// participants with their signatures — every listed participant signs, or the record is refused naming those who
// have not. The hearing gate of the legality review (第十六条、第十七条) reads the latest hearing held and signed.
import { hearingHeldProblems } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../../platform/act-date';
import { AppError, invalid } from '../../../../../platform/errors';
import type { Services } from '../../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../../platform/write';
import { decisionForAct, recordDecisionAct } from '../../workflow';
import type { RecordHearingBody } from '../schemas';
import { requireApplicable } from './applicable';

export async function recordHearing(services: Services, ctx: WriteContext, id: string, input: RecordHearingBody) {
  return inWriteTransaction(services, ctx, (w) => recordHearingOn(services, w, id, input));
}

export async function recordHearingOn(services: Services, w: Writer, id: string, input: RecordHearingBody) {
  const { row } = await decisionForAct(services, w, id, 'recordHearing');
  requireApplicable(row, 'hearing');
  const hearing = await w.tx
    .selectFrom('decision_hearings')
    .select(['id', 'hearing_on', 'participants', 'held_on'])
    .where('region_code', '=', row.region_code)
    .where('decision_id', '=', row.id)
    .orderBy('created_at', 'desc')
    .forUpdate()
    .executeTakeFirst();
  if (!hearing || hearing.held_on)
    throw new AppError(
      409,
      'HEARING_NOT_ANNOUNCED',
      '请先公告听证会（听证时间、地点、听证参加人名单），再记录听证会（《重大行政决策程序暂行条例》第十六条）',
    );
  const heldOn = actDate(services, input.heldOn ?? hearing.hearing_on, 'heldOn', '听证会举行日期');
  if (heldOn < hearing.hearing_on)
    throw invalid('HEARING_DATE_INVALID', `听证会举行日期不能早于公告的听证会日期（${hearing.hearing_on}）`, [
      { path: 'heldOn', message: `不能早于${hearing.hearing_on}` },
    ]);
  const signedBy = input.signedBy.map((n) => n.trim()).filter(Boolean);
  const problems = hearingHeldProblems({
    recordSummary: input.recordSummary,
    signedBy,
    participants: hearing.participants,
  });
  if (problems.length)
    throw invalid(
      'HEARING_RECORD_INCOMPLETE',
      problems.map((p) => p.message).join('；'),
      problems.map((p) => ({ path: p.field, message: p.message })),
    );
  await w.tx
    .updateTable('decision_hearings')
    .set({ held_on: heldOn, record_summary: input.recordSummary, signed_by: JSON.stringify(signedBy) })
    .where('region_code', '=', row.region_code)
    .where('id', '=', hearing.id)
    .execute();
  await recordDecisionAct(w, row, {
    act: 'hearing_held',
    on: heldOn,
    status: row.status,
    summary: `举行听证会，听证会记录经${signedBy.length}名听证参加人确认并签字`,
    changes: { heldOn, signed: signedBy.length },
  });
}
