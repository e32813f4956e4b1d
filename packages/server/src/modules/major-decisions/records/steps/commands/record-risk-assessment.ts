// 风险评估 (第二十二条至第二十四条): where the decision's risk assessment applies, the report — who assessed it, the
// risk points, the prevention measures, the contingency plan (第二十三条第二款), the level — and the judgement
// whether the risk is controllable. An uncontrollable risk sends the draft back to the 承办单位 to be adjusted
// (第二十四条): the act and its audit event say so, and the review stays refused until a later assessment finds the
// risk controllable.
import { randomUUID } from 'node:crypto';
import { assessRisk, riskBackToDrafting, riskLevelLabels } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../../platform/act-date';
import { invalid } from '../../../../../platform/errors';
import type { Services } from '../../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../../platform/write';
import { decisionForAct, recordDecisionAct } from '../../workflow';
import type { RiskAssessmentBody } from '../schemas';
import { requireApplicable } from './applicable';

export async function recordRiskAssessment(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: RiskAssessmentBody,
) {
  return inWriteTransaction(services, ctx, (w) => recordRiskAssessmentOn(services, w, id, input));
}

export async function recordRiskAssessmentOn(services: Services, w: Writer, id: string, input: RiskAssessmentBody) {
  const { row } = await decisionForAct(services, w, id, 'recordRiskAssessment');
  requireApplicable(row, 'risk_assessment');
  const riskPoints = input.riskPoints.map((p) => p.trim()).filter(Boolean);
  const verdict = assessRisk({ ...input, level: input.riskLevel, riskPoints });
  if (!verdict.ok)
    throw invalid(
      'RISK_REPORT_INCOMPLETE',
      verdict.message,
      verdict.missing.map((path) => ({ path, message: '风险评估报告应当载明' })),
    );
  const assessedOn = actDate(services, input.assessedOn, 'assessedOn', '风险评估日期');
  await w.tx
    .insertInto('decision_risk_assessments')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      decision_id: row.id,
      assessor: input.assessor,
      level: input.riskLevel,
      controllable: input.controllable,
      risk_points: JSON.stringify(riskPoints),
      measures: input.measures,
      contingency_plan: input.contingencyPlan,
      assessed_on: assessedOn,
    })
    .execute();
  const back = verdict.next === 'back_to_drafting';
  await recordDecisionAct(w, row, {
    act: 'risk_assessed',
    on: assessedOn,
    status: 'drafting',
    summary: `${input.assessor}完成风险评估（${riskLevelLabels[input.riskLevel]}，风险点${riskPoints.length}个），${back ? riskBackToDrafting : '风险可控'}`,
    changes: {
      level: input.riskLevel,
      controllable: input.controllable,
      riskPoints: riskPoints.length,
      backToDrafting: back,
    },
  });
}
