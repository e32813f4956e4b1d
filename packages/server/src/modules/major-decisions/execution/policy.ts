// Who may act on a decision after it is published: the decision body (its office, its head and the government's
// leaders, decision.decide) names the implementing units, orders an evaluation, adjusts, suspends or stops, records
// accountability and archives the file; an implementing unit's staff (decision.execute) report its progress.
import type { DecisionAfterAction } from '@fazhi/core/major-decisions';
import type { ScopeTarget } from '@fazhi/core/access';
import { definePolicy, type Rule } from '../../../platform/access/policy';
import type { DecisionRecordTarget } from '../policy';

export interface DecisionAfterTarget extends DecisionRecordTarget {
  /** the implementing units (决策执行单位) the body named, or the one a report is for */
  implementers: ScopeTarget[];
}

const body: Rule<DecisionAfterTarget> = (p, r) => p.can('decision.decide', r.body);

export const decisionAfterPolicy = definePolicy<DecisionAfterTarget, DecisionAfterAction>(
  'major_decision_after',
  {
    assignImplementation: body,
    reportProgress: (p, r) => r.implementers.some((u) => p.can('decision.execute', u)),
    evaluate: body,
    adjust: body,
    suspend: body,
    stop: body,
    recordAccountability: body,
    archive: body,
  },
  {
    assignImplementation: (r) => `明确“${r.title}”的决策执行单位`,
    reportProgress: (r) => `报告“${r.title}”的执行情况`,
    evaluate: (r) => `记录“${r.title}”的决策后评估`,
    adjust: (r) => `调整“${r.title}”`,
    suspend: (r) => `中止执行“${r.title}”`,
    stop: (r) => `停止执行“${r.title}”`,
    recordAccountability: (r) => `记录“${r.title}”的责任追究`,
    archive: (r) => `将“${r.title}”的决策过程记录和材料归档`,
  },
);
