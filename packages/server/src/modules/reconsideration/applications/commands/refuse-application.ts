// 不予受理 (第三十条第二款): within the review period, with its reasons; where another body has jurisdiction, named.
import { actDate } from '../../../../platform/act-date';
import { closeDeadline } from '../../../../platform/deadlines';
import { conflict } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { caseForAct, recordCaseAct } from '../../workflow';

export interface RefuseInput {
  refusalReason: string;
  competentBody?: string | undefined;
  refusedOn?: string | undefined;
}

export async function refuseApplication(services: Services, ctx: WriteContext, id: string, input: RefuseInput) {
  return inWriteTransaction(services, ctx, (w) => refuseApplicationOn(services, w, id, input));
}

export async function refuseApplicationOn(services: Services, w: Writer, id: string, input: RefuseInput) {
  const { row } = await caseForAct(services, w, id, 'refuse');
  const refusedOn = actDate(services, input.refusedOn, 'refusedOn');
  const open = await w.tx
    .selectFrom('deadlines')
    .select('due_on')
    .where('region_code', '=', row.region_code)
    .where('subject_type', '=', CASE_SUBJECT)
    .where('subject_id', '=', row.id)
    .where('kind', '=', 'acceptance-review')
    .where('status', '=', 'open')
    .executeTakeFirst();
  // 第三十条第三款: past the review period the application is deemed accepted; a refusal then is a 驳回 (第三十三条)
  if (open && open.due_on < refusedOn)
    throw conflict(
      'REVIEW_PERIOD_LAPSED',
      `受理审查期限已于 ${open.due_on} 届满，依第三十条第三款视为受理；不符合受理条件的，受理后决定驳回行政复议申请（第三十三条）`,
    );
  const review = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: CASE_SUBJECT, subjectId: row.id, kind: 'acceptance-review' },
    refusedOn,
  );
  await w.tx
    .updateTable('reconsideration_cases')
    .set({ refused_on: refusedOn, refusal_reason: input.refusalReason, competent_body: input.competentBody ?? null })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordCaseAct(w, row, {
    act: 'refused',
    on: refusedOn,
    status: 'not_accepted',
    summary: `决定不予受理${input.competentBody ? `，告知向${input.competentBody}申请` : ''}${
      review?.status === 'missed' ? '（已超过五日审查期限）' : ''
    }`,
    changes: { competentBody: input.competentBody ?? null, reviewKept: review?.status ?? null },
  });
}
