// How a mediation ends: an agreement (人民调解法 第二十八条 — a 调解协议书 effective on the day the parties sign and
// the committee seals it, 第二十九条第二款, or an oral agreement effective when reached, 第三十条; its amount and the
// day the parties agreed to perform it), from which the parties have thirty days to ask the court together for
// 司法确认 (第三十三条: the day computed by the calendar engine and kept with its explanation, for the mediator to
// tell them); mediation ended without agreement, the parties told their other remedies (第二十六条); or a party's
// refusal, after which no mediation may take place (第十七条). Each ends the dispute once.
import { disputeStatusLabels, outcomeProblems } from '@fazhi/core/mediation';
import { actDate } from '../../../platform/act-date';
import { computeFor } from '../../../platform/deadlines/service';
import { conflict, invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { DISPUTE_SUBJECT } from '../catalogue';
import type { RecordOutcomeBody } from '../schemas';
import { disputeFor, disputeLink, disputeNumber } from '../support';

export const concludeDispute = (services: Services, ctx: WriteContext, id: string, input: RecordOutcomeBody) =>
  inWriteTransaction(services, ctx, (w) => concludeDisputeOn(services, w, id, input));

export async function concludeDisputeOn(services: Services, w: Writer, id: string, input: RecordOutcomeBody) {
  const { row, unit } = await disputeFor(services, w.tx, w.ctx.actor, id, 'record', true);
  if (row.status !== 'mediating')
    throw conflict(
      'MEDIATION_ENDED',
      `纠纷${disputeNumber(row)}已经${disputeStatusLabels[row.status]}，不能再次记录调解结果`,
    );
  const today = services.clock.today();
  if (input.mediationOutcome === 'agreed') {
    const effectiveOn = input.agreementEffectiveOn ?? today;
    const problems = outcomeProblems(
      {
        outcome: 'agreed',
        effectiveOn,
        content: input.agreementContent,
        agreementAmountYuan: input.agreementAmountYuan,
      },
      row.registered_on,
      today,
    );
    if (input.performanceDue && input.performanceDue < effectiveOn)
      problems.push({ field: 'performanceDue', message: `履行期限不能早于协议生效日期（${effectiveOn}）` });
    if (problems.length)
      throw invalid(
        'MEDIATION_OUTCOME_INVALID',
        problems[0]!.message,
        problems.map((p) => ({ path: p.field, message: p.message })),
      );
    const confirmation = await computeFor(w.tx, {
      regionCode: row.region_code,
      subjectType: DISPUTE_SUBJECT,
      subjectId: row.id,
      subjectTitle: `调解纠纷${disputeNumber(row)}`,
      link: disputeLink(row.id),
      kind: 'judicial-confirmation',
      label: '申请司法确认',
      ruleId: 'mediation.judicial-confirmation',
      from: effectiveOn,
      responsibleOrgId: row.org_id,
    });
    await w.tx
      .updateTable('mediation_disputes')
      .set({
        status: 'agreed',
        agreement_form: input.agreementForm,
        effective_on: effectiveOn,
        agreement_content: input.agreementContent,
        amount_yuan: input.agreementAmountYuan,
        performance_due: input.performanceDue ?? null,
        confirmation_due: confirmation.due,
        confirmation_explanation: JSON.stringify(confirmation.explanation),
      })
      .where('region_code', '=', row.region_code)
      .where('id', '=', row.id)
      .execute();
    await w.audit({
      regionCode: row.region_code,
      action: 'mediation_dispute.agreed',
      subjectType: DISPUTE_SUBJECT,
      subjectId: row.id,
      summary: `${unit.bodyName}调解的纠纷${disputeNumber(row)}达成调解协议，${effectiveOn}生效${
        input.agreementAmountYuan !== null ? `，涉及金额${input.agreementAmountYuan}元` : ''
      }`,
      changes: {
        form: input.agreementForm,
        effectiveOn,
        agreementAmountYuan: input.agreementAmountYuan,
        performanceDue: input.performanceDue ?? null,
        confirmationDue: confirmation.due,
      },
    });
    return;
  }
  const endedOn = actDate(services, input.endedOn, 'endedOn');
  const told = input.mediationOutcome === 'failed' ? input.remediesTold : true;
  const problems = outcomeProblems({ outcome: 'failed', endedOn, remediesTold: told }, row.registered_on, today);
  if (problems.length)
    throw invalid(
      'MEDIATION_OUTCOME_INVALID',
      problems[0]!.message,
      problems.map((p) => ({ path: p.field, message: p.message })),
    );
  await w.tx
    .updateTable('mediation_disputes')
    .set({
      status: input.mediationOutcome,
      ended_on: endedOn,
      end_reason: input.endReason,
      remedies_told: input.mediationOutcome === 'failed' ? input.remediesTold : null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: input.mediationOutcome === 'failed' ? 'mediation_dispute.failed' : 'mediation_dispute.refused',
    subjectType: DISPUTE_SUBJECT,
    subjectId: row.id,
    summary: `纠纷${disputeNumber(row)}${input.mediationOutcome === 'failed' ? '调解不成，终止调解' : '当事人拒绝调解'}（${endedOn}）`,
    changes: { endedOn, reason: input.endReason },
  });
}
