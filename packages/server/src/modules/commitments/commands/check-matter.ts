// 核查承诺: after handling, the body checks the applicant's commitment and records what it found — kept, or false
// with its consequence (国办发〔2020〕42号: 终止办理、责令限期整改、撤销行政决定、予以行政处罚，并纳入信用记录). A
// matter is checked once; the check's day is not before the matter's nor after today.
import { checkProblems, checkResultLabels, falseCommitmentConsequenceLabels } from '@fazhi/core/commitments';
import { actDate } from '../../../platform/act-date';
import { conflict, invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { MATTER_SUBJECT } from '../catalogue';
import type { CheckMatterBody } from '../schemas';
import { matterFor } from '../support';

export async function checkMatter(services: Services, ctx: WriteContext, id: string, input: CheckMatterBody) {
  return inWriteTransaction(services, ctx, (w) => checkMatterOn(services, w, id, input));
}

export async function checkMatterOn(services: Services, w: Writer, id: string, input: CheckMatterBody) {
  const { row, body } = await matterFor(services, w.tx, w.ctx.actor, id, 'check', true);
  if (row.checked_on)
    throw conflict(
      'COMMITMENT_ALREADY_CHECKED',
      `该事项已于${row.checked_on}核查（${checkResultLabels[row.check_result!]}）`,
    );
  const checkedOn = actDate(services, input.checkedOn, 'checkedOn');
  if (checkedOn < row.handled_on)
    throw invalid('CHECK_BEFORE_HANDLING', `核查日期不能早于办理日期（${row.handled_on}）`, [
      { path: 'checkedOn', message: `不能早于${row.handled_on}` },
    ]);
  const problems = checkProblems(input.checkResult, input.consequences);
  if (problems.length)
    throw invalid(
      'CHECK_CONSEQUENCES',
      problems[0]!.message,
      problems.map((p) => ({ path: p.field, message: p.message })),
    );
  await w.tx
    .updateTable('commitment_matters')
    .set({
      checked_on: checkedOn,
      check_result: input.checkResult,
      check_note: input.checkNote,
      consequences: input.consequences,
      consequence_note: input.consequenceNote ?? null,
      checked_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  const consequences = input.consequences.map((c) => falseCommitmentConsequenceLabels[c]).join('、');
  await w.audit({
    regionCode: row.region_code,
    action: 'commitment_matter.checked',
    subjectType: MATTER_SUBJECT,
    subjectId: row.id,
    summary: `${body.bodyName}核查「${row.item_name}」（申请人：${row.applicant_name}）的承诺：${checkResultLabels[input.checkResult]}${consequences ? `，${consequences}` : ''}`,
    changes: { checkedOn, result: input.checkResult, consequences: input.consequences },
  });
}
