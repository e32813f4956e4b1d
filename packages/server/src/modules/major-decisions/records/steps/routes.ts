// Thin routes of a decision's middle steps: validate → one use case (in scope, status and step checked, authorized)
// → the decision again with its abilities.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { answers } from '../../../../platform/http/contract';
import type { Services } from '../../../../platform/services';
import { decisionActRoutes } from '../act-routes';
import { getDecision } from '../queries/decisions';
import * as s from './schemas';
import { announceHearing } from './commands/announce-hearing';
import { recordHearing } from './commands/record-hearing';
import { recordExpertOpinions } from './commands/record-expert-opinions';
import { recordRiskAssessment } from './commands/record-risk-assessment';
import { recordFairCompetitionReview } from './commands/record-fair-competition-review';
import { openHearings } from './queries/public-hearings';
import { publicReadLimit } from '../../../../platform/http/rate-limit';

export async function decisionStepRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const route = decisionActRoutes(app, services, c.decisionRecord, getDecision);
  route('hearing', '公告听证会（第十六条）', s.announceHearingBody, announceHearing);
  route('hearing/record', '听证会记录（第十七条）', s.recordHearingBody, recordHearing);
  route('expert-opinions', '专家书面论证意见（第十九条、第二十条）', s.expertOpinionsBody, recordExpertOpinions);
  route('risk-assessment', '风险评估（第二十二条至第二十四条）', s.riskAssessmentBody, recordRiskAssessment);
  route(
    'fair-competition-review',
    '公平竞争审查（《公平竞争审查条例》第十四条）',
    s.fairCompetitionBody,
    recordFairCompetitionReview,
  );
  // 第十六条: the hearings announced in the portal's region, not yet held (no sign-in)
  r.get(
    '/public/decision-hearings',
    {
      schema: {
        tags: ['重大行政决策'],
        summary: '正在公告的决策听证会',
        response: answers(c.publicDecisionHearingList),
      },
      config: { rateLimit: publicReadLimit(services.config) },
    },
    async () => openHearings(services),
  );
}
