// 后评估结论: renew (继续施行: a new registration and number, validity restarts — 山东 practice, statutes §4.2),
// amend (taken out of force until the amended text is published), repeal, or let lapse. The evaluation is the
// important basis of amendment or repeal (seed 002 task 9).
import {
  postEvaluationEffect,
  postEvaluationOutcomeLabels,
  type PostEvaluationOutcome,
} from '@fazhi/core/normative-documents';
import { closeDeadline } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { registerPublication } from '../../registration/registration';
import { actDate, SUBJECT } from '../../support';
import { auditDocument, loadForAct, moveTo } from '../../workflow';

export interface ConcludeInput {
  outcome: PostEvaluationOutcome;
  conclusion: string;
  concludedOn?: string | undefined;
  renewal?: { publishedOn?: string | undefined; effectiveOn: string; expiresOn?: string | undefined } | undefined;
}

export async function concludePostEvaluation(services: Services, ctx: WriteContext, id: string, input: ConcludeInput) {
  return inWriteTransaction(services, ctx, (w) => concludePostEvaluationOn(services, w, id, input));
}

export async function concludePostEvaluationOn(services: Services, w: Writer, id: string, input: ConcludeInput) {
  const { row } = await loadForAct(services, w, id, 'concludePostEvaluation', 'conclude-post-evaluation');
  const concludedOn = actDate(services, input.concludedOn, 'concludedOn');
  const task = await w.tx
    .selectFrom('normative_post_evaluations')
    .select(['id', 'status'])
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where('status', '!=', 'concluded')
    .forUpdate()
    .executeTakeFirstOrThrow();
  const effect = postEvaluationEffect(input.outcome);
  if (effect.newRegistration && !input.renewal)
    throw invalid('RENEWAL_DATES_REQUIRED', '继续施行的，应重新登记、编号、公布，请填写施行日期和有效期', [
      { path: 'renewal.effectiveOn', message: '请填写' },
    ]);
  await w.tx
    .updateTable('normative_post_evaluations')
    .set({
      status: 'concluded',
      outcome: input.outcome,
      conclusion: input.conclusion,
      concluded_on: concludedOn,
      concluded_by: w.ctx.actor?.userId ?? null,
      ...(task.status === 'pending' ? { started_on: concludedOn, started_by: w.ctx.actor?.userId ?? null } : {}),
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', task.id)
    .execute();
  await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: SUBJECT, subjectId: row.id, kind: 'post-evaluation' },
    concludedOn,
  );
  const label = postEvaluationOutcomeLabels[input.outcome];
  if (effect.newRegistration && input.renewal) {
    const publishedOn = actDate(services, input.renewal.publishedOn, 'renewal.publishedOn');
    if (row.expires_on && publishedOn > row.expires_on)
      throw invalid('RENEWAL_AFTER_EXPIRY', `文件已于${row.expires_on}届满，不能继续施行，应重新制定`);
    const reg = await registerPublication(w, row, { ...input.renewal, publishedOn }, 'renewal');
    await moveTo(
      w,
      row,
      'published',
      'conclude-post-evaluation',
      concludedOn,
      `${label}：${reg.docNumber}`,
      reg.update,
    );
    await auditDocument(
      w,
      row,
      'post_evaluation_concluded',
      `后评估结论：${label}，重新编号为${reg.docNumber}，有效期至${reg.expiresOn}`,
      {
        evaluationId: task.id,
        outcome: input.outcome,
        docNumber: reg.docNumber,
      },
    );
    return { outcome: input.outcome, docNumber: reg.docNumber };
  }
  await moveTo(
    w,
    row,
    effect.status,
    'conclude-post-evaluation',
    concludedOn,
    effect.endsNow ? label : `${label}（${row.expires_on ?? ''}届满）`,
    effect.endsNow ? { ended_on: concludedOn, ended_reason: `后评估：${label}` } : {},
  );
  await auditDocument(w, row, 'post_evaluation_concluded', `后评估结论：${label}`, {
    evaluationId: task.id,
    outcome: input.outcome,
  });
  return { outcome: input.outcome, docNumber: null };
}
