// 拟订决策草案 (第十二条、第十三条): the 承办单位 records the draft and its explanation, and the options — where the
// parties' views differ widely, two or more, or the reason for putting forward one (第十二条第四款). A draft may
// be recorded again while it is being drafted (after the consultation, after a review found it unlawful).
import { optionsProblem } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../platform/act-date';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import type { RecordDraftBody } from '../schemas';
import { decisionForAct, recordDecisionAct } from '../workflow';

export async function recordDraft(services: Services, ctx: WriteContext, id: string, input: RecordDraftBody) {
  return inWriteTransaction(services, ctx, (w) => recordDraftOn(services, w, id, input));
}

export async function recordDraftOn(services: Services, w: Writer, id: string, input: RecordDraftBody) {
  const { row } = await decisionForAct(services, w, id, 'recordDraft');
  const options = input.options.map((o) => o.trim()).filter(Boolean);
  const problem = optionsProblem({ ...input, optionCount: options.length });
  if (problem)
    throw invalid('OPTIONS_REQUIRED', problem, [{ path: 'options', message: '请提出两个以上方案或说明理由' }]);
  const recordedOn = actDate(services, input.recordedOn, 'recordedOn', '草案拟订日期');
  const again = row.draft_recorded_on !== null;
  await w.tx
    .updateTable('decision_records')
    .set({
      draft_text: input.draftText,
      draft_explanation: input.explanation,
      draft_options: JSON.stringify(options),
      views_differ_widely: input.viewsDifferWidely,
      single_option_reason: input.viewsDifferWidely && options.length < 2 ? (input.singleOptionReason ?? null) : null,
      draft_recorded_on: recordedOn,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordDecisionAct(w, row, {
    act: 'draft_recorded',
    on: recordedOn,
    status: row.status,
    summary: `${again ? '修改' : '拟订'}决策草案及起草说明${options.length ? `（备选方案${options.length}个）` : ''}`,
    changes: { length: input.draftText.length, options: options.length, viewsDifferWidely: input.viewsDifferWidely },
  });
}
