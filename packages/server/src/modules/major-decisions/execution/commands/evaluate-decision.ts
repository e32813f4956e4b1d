// 决策后评估 (第三十六条): where the decision clearly missed its expected effect, the public raised many objections,
// or the body thinks it necessary (the trigger recorded with its account), the body has an evaluation carried out —
// not by the unit that did the main assessment work before the decision (第三十六条第二款) — with the public,
// deputies and others taking part, and records the report and its conclusion, a basis for adjusting the decision.
import { randomUUID } from 'node:crypto';
import { checkEvaluator, evaluationConclusionLabels, postEvaluationTriggerLabels } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../platform/act-date';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { recordDecisionAct } from '../../records/workflow';
import { preDecisionAssessors } from '../assessors';
import type { EvaluateBody } from '../schemas';
import { decisionForAfterAct } from '../workflow';

export async function evaluateDecision(services: Services, ctx: WriteContext, id: string, input: EvaluateBody) {
  return inWriteTransaction(services, ctx, (w) => evaluateDecisionOn(services, w, id, input));
}

export async function evaluateDecisionOn(services: Services, w: Writer, id: string, input: EvaluateBody) {
  const { row } = await decisionForAfterAct(services, w, id, 'evaluate');
  const verdict = checkEvaluator({
    evaluatorName: input.evaluatorName,
    preDecisionAssessors: await preDecisionAssessors(w.tx, row),
  });
  if (!verdict.ok)
    throw invalid('EVALUATOR_EXCLUDED', verdict.message, [
      { path: 'evaluatorName', message: '决策作出前承担主要论证评估工作的单位不得承担决策后评估' },
    ]);
  const evaluatedOn = actDate(services, input.evaluatedOn, 'evaluatedOn');
  await w.tx
    .insertInto('decision_evaluations')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      decision_id: id,
      trigger: input.trigger,
      trigger_detail: input.triggerDetail,
      evaluator_name: input.evaluatorName.trim(),
      participants: input.participants,
      report: input.evaluationReport,
      conclusion: input.conclusion,
      evaluated_on: evaluatedOn,
    })
    .execute();
  await recordDecisionAct(w, row, {
    act: 'evaluated',
    on: evaluatedOn,
    status: row.status,
    summary: `决策后评估（${postEvaluationTriggerLabels[input.trigger]}；${input.evaluatorName.trim()}承担），结论：${evaluationConclusionLabels[input.conclusion]}`,
    changes: { trigger: input.trigger, evaluatorName: input.evaluatorName.trim(), conclusion: input.conclusion },
  });
}
