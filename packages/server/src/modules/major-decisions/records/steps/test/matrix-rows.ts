// The scope matrix's rows of a decision's middle steps (scope-matrix.test.ts of the module): each place's unit is
// the decision body and the 承办单位 of a decision that calls for all four steps, started and being drafted; its own
// legal officer and head record the steps (`keeps`). States the act needs (an announced hearing, a draw for the
// decision from the place's region's pool, a hearing still to come for the portal) are built through the commands.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import {
  everyone,
  type Answers,
  type MatrixRow,
  type Place,
  type ScopeWorld,
} from '../../../../../../test/scope-matrix';
import { addExpert } from '../../../experts/commands/add-expert';
import { drawExperts } from '../../../experts/commands/draw-experts';
import { proposeDecision } from '../../commands/propose-decision';
import { decideStart } from '../../commands/decide-start';
import { announceHearing } from '../commands/announce-hearing';

async function decisionWithSteps(w: ScopeWorld, p: Place, ready?: 'hearing' | 'open-hearing' | 'draw') {
  const s = w.env.services;
  const ago = (n: number) => formatIsoDate(parseIsoDate(s.clock.today()) - n);
  const title = `矩阵步骤决策${p.target}${w.unique()}`;
  const { id } = await proposeDecision(s, w.system, {
    bodyOrgId: p.orgId,
    title,
    sponsorOrgId: p.orgId,
    applicableSteps: ['hearing', 'expert_review', 'risk_assessment', 'fair_competition_review'],
    outsideCatalogueReason: '矩阵测试',
    proposal: '矩阵测试建议',
    proposer: '矩阵测试',
  });
  await decideStart(s, w.system, id, { start: true, startRecord: '矩阵测试' });
  if (ready === 'hearing')
    await announceHearing(s, w.system, id, {
      hearingOn: ago(1),
      hearingPlace: '矩阵会议室',
      selectionRules: '矩阵遴选办法',
      participants: ['矩阵参加人'],
      announcedOn: ago(30),
      materialsSentOn: ago(25),
    });
  // a hearing still to come, as the portal lists it
  let hearingId = '';
  if (ready === 'open-hearing') {
    await announceHearing(s, w.system, id, {
      hearingOn: formatIsoDate(parseIsoDate(s.clock.today()) + 20),
      hearingPlace: '矩阵会议室',
      selectionRules: '矩阵遴选办法',
      participants: ['矩阵参加人'],
      materialsSentOn: s.clock.today(),
    });
    ({ id: hearingId } = await s.db
      .selectFrom('decision_hearings')
      .select('id')
      .where('decision_id', '=', id)
      .executeTakeFirstOrThrow());
  }
  let expertId = '';
  if (ready === 'draw') {
    const y = Number(s.clock.today().slice(0, 4));
    const field = `矩阵步骤领域${w.unique()}`;
    ({ id: expertId } = await addExpert(s, w.system, {
      regionCode: p.regionCode,
      name: '矩阵步骤专家',
      field,
      employer: '矩阵研究院',
      termFrom: `${y - 1}-01-01`,
      termTo: `${y + 1}-12-31`,
      conflicts: [],
    }));
    await drawExperts(s, w.system, {
      regionCode: p.regionCode,
      matter: title,
      field,
      count: 1,
      interests: [],
      decisionId: id,
    });
  }
  return { id, expertId, hearingId };
}

const step = (path: string, ready: 'hearing' | 'draw' | undefined, payload: (expertId: string) => unknown) => ({
  request: async (w: ScopeWorld, p: Place) => {
    const { id, expertId } = await decisionWithSteps(w, p, ready);
    return { method: 'POST' as const, url: `/api/decisions/${id}/${path}`, payload: payload(expertId) };
  },
  anonymous: 401 as const,
});

export function decisionStepRows(keeps: (ok: number) => Answers): MatrixRow[] {
  return [
    {
      route: 'POST /api/decisions/:id/hearing',
      ...step('hearing', undefined, () => ({
        hearingOn: '2020-01-20',
        hearingPlace: '矩阵会议室',
        selectionRules: '矩阵遴选办法',
        participants: ['矩阵参加人'],
        announcedOn: '2020-01-02',
        materialsSentOn: '2020-01-05',
      })),
      expect: keeps(200),
    },
    {
      route: 'POST /api/decisions/:id/hearing/record',
      ...step('hearing/record', 'hearing', () => ({ recordSummary: '矩阵笔录', signedBy: ['矩阵参加人'] })),
      expect: keeps(200),
    },
    {
      route: 'POST /api/decisions/:id/expert-opinions',
      ...step('expert-opinions', 'draw', (expertId) => ({
        opinions: [{ expertId, expertOpinion: '矩阵论证意见', signed: true }],
      })),
      expect: keeps(200),
    },
    {
      route: 'POST /api/decisions/:id/risk-assessment',
      ...step('risk-assessment', undefined, () => ({
        assessor: '矩阵评估单位',
        riskLevel: 'low',
        controllable: true,
        riskPoints: ['矩阵风险点'],
        measures: '矩阵措施',
        contingencyPlan: '矩阵预案',
      })),
      expect: keeps(200),
    },
    {
      route: 'POST /api/decisions/:id/fair-competition-review',
      ...step('fair-competition-review', undefined, () => ({
        reviewingBody: '矩阵市场监管局',
        competitionConclusion: 'complies',
        competitionExplanation: '矩阵审查意见',
      })),
      expect: keeps(200),
    },
    {
      route: 'GET /api/public/decision-hearings',
      request: () => ({ url: '/api/public/decision-hearings' }),
      anonymous: 200,
      expect: everyone(200),
    },
    // the announcement of a hearing the portal lists: the portal region's (the demo county's), to everyone
    {
      route: 'GET /api/public/decision-hearings/:hearingId/announcement',
      request: async (w, p) => ({
        url: `/api/public/decision-hearings/${(await decisionWithSteps(w, p, 'open-hearing')).hearingId}/announcement?format=pdf`,
      }),
      anonymous: 200,
      expect: everyone([200, 200, 200, 404]),
    },
  ];
}
