// Thin routes of the acts after a decision: validate → one use case (in scope, status and earlier steps, policy) →
// the decision after its publication again, with its abilities.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { answers } from '../../../platform/http/contract';
import { requireActor } from '../../../platform/http/request-context';
import type { Services } from '../../../platform/services';
import { decisionParams } from '../records/schemas';
import { decisionActRoutes } from '../records/act-routes';
import * as s from './schemas';
import { assignImplementation } from './commands/assign-implementation';
import { reportProgress } from './commands/report-progress';
import { evaluateDecision } from './commands/evaluate-decision';
import { adjustDecision, stopDecision, suspendDecision } from './commands/change-decision';
import { recordAccountability } from './commands/record-accountability';
import { getDecisionAfter } from './queries/after';

export async function decisionAfterRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['重大行政决策'];
  const one = { tags, params: decisionParams, response: answers(c.decisionAfter) };
  r.get(
    '/decisions/:id/after',
    { schema: { ...one, summary: '决策执行、后评估、调整和责任追究（第三十三条至第四十一条）' } },
    async (req) => getDecisionAfter(services, requireActor(req), req.params.id),
  );

  // each act answers with the decision after its publication as it now stands
  const act = decisionActRoutes(app, services, c.decisionAfter, getDecisionAfter);
  act('implementation', '明确决策执行单位（第三十四条）', s.assignImplementationBody, assignImplementation);
  act('progress-reports', '报告决策执行情况（第三十四条、第三十五条）', s.reportProgressBody, reportProgress);
  act('evaluations', '决策后评估（第三十六条）', s.evaluateBody, evaluateDecision);
  act('adjustments', '调整决策（第三十七条）', s.adjustBody, adjustDecision);
  act('suspension', '中止执行（第三十七条）', s.suspendBody, suspendDecision);
  act('stop', '停止执行（第三十条、第三十七条）', s.stopBody, stopDecision);
  act('accountability', '责任追究（第三十八条至第四十一条）', s.accountabilityBody, recordAccountability);
}
