// Following an agreement: the committee supervises its performance and records what it found (人民调解法 第三十一条
// 第二款), as often as it checks; and the parties' joint application for 司法确认 and the court's answer (第三十三条),
// recorded when the committee learns of them. Both only on a dispute that reached an agreement.
import { confirmationResultLabels, performanceLabels } from '@fazhi/core/mediation';
import { actDate } from '../../../platform/act-date';
import { conflict, invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { DISPUTE_SUBJECT } from '../catalogue';
import type { RecordConfirmationBody, RecordPerformanceBody } from '../schemas';
import { disputeFor, disputeNumber } from '../support';

async function agreedDispute(services: Services, w: Writer, id: string) {
  const found = await disputeFor(services, w.tx, w.ctx.actor, id, 'record', true);
  if (found.row.status !== 'agreed' || !found.row.effective_on)
    throw conflict('NO_AGREEMENT', `纠纷${disputeNumber(found.row)}未达成调解协议`);
  return { ...found, effectiveOn: found.row.effective_on };
}

export const recordPerformance = (services: Services, ctx: WriteContext, id: string, input: RecordPerformanceBody) =>
  inWriteTransaction(services, ctx, (w) => recordPerformanceOn(services, w, id, input));

export async function recordPerformanceOn(services: Services, w: Writer, id: string, input: RecordPerformanceBody) {
  const { row, effectiveOn } = await agreedDispute(services, w, id);
  const on = actDate(services, input.performanceOn, 'performanceOn');
  if (on < effectiveOn)
    throw invalid('PERFORMANCE_BEFORE_AGREEMENT', `履行情况记录日期不能早于协议生效日期（${effectiveOn}）`, [
      { path: 'performanceOn', message: `不能早于${effectiveOn}` },
    ]);
  await w.tx
    .updateTable('mediation_disputes')
    .set({ performance: input.performance, performance_on: on, performance_note: input.agreementPerformanceNote })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'mediation_dispute.performance_recorded',
    subjectType: DISPUTE_SUBJECT,
    subjectId: row.id,
    summary: `纠纷${disputeNumber(row)}调解协议${performanceLabels[input.performance]}（${on}）`,
    changes: { performance: input.performance, on },
  });
}

export const recordConfirmation = (services: Services, ctx: WriteContext, id: string, input: RecordConfirmationBody) =>
  inWriteTransaction(services, ctx, (w) => recordConfirmationOn(services, w, id, input));

export async function recordConfirmationOn(services: Services, w: Writer, id: string, input: RecordConfirmationBody) {
  const { row, effectiveOn } = await agreedDispute(services, w, id);
  const appliedOn = actDate(services, input.confirmationAppliedOn, 'confirmationAppliedOn');
  const problems: { path: string; message: string }[] = [];
  if (appliedOn < effectiveOn)
    problems.push({ path: 'confirmationAppliedOn', message: `不能早于协议生效日期（${effectiveOn}）` });
  if (Boolean(input.confirmationResult) !== Boolean(input.confirmationDecidedOn))
    problems.push({
      path: input.confirmationResult ? 'confirmationDecidedOn' : 'confirmationResult',
      message: '司法确认结果和人民法院确认日期应当一并填写',
    });
  const decidedOn = input.confirmationDecidedOn
    ? actDate(services, input.confirmationDecidedOn, 'confirmationDecidedOn')
    : null;
  if (decidedOn && decidedOn < appliedOn)
    problems.push({ path: 'confirmationDecidedOn', message: `不能早于申请司法确认日期（${appliedOn}）` });
  if (problems.length) throw invalid('CONFIRMATION_INVALID', problems[0]!.message, problems);
  await w.tx
    .updateTable('mediation_disputes')
    .set({
      confirmation_applied_on: appliedOn,
      confirmation_court: input.confirmationCourt,
      confirmation_result: input.confirmationResult ?? null,
      confirmation_decided_on: decidedOn,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  // an application after the thirty days is recorded as it happened; the court decides whether it may be heard
  const late = row.confirmation_due && appliedOn > row.confirmation_due ? `（已超过${row.confirmation_due}）` : '';
  await w.audit({
    regionCode: row.region_code,
    action: 'mediation_dispute.confirmation_recorded',
    subjectType: DISPUTE_SUBJECT,
    subjectId: row.id,
    summary: `纠纷${disputeNumber(row)}的调解协议${appliedOn}申请${input.confirmationCourt}司法确认${late}${
      input.confirmationResult ? `，${confirmationResultLabels[input.confirmationResult]}` : ''
    }`,
    changes: { appliedOn, court: input.confirmationCourt, result: input.confirmationResult ?? null, decidedOn },
  });
}
