// The scope matrix's rows of a decision record (scope-matrix.test.ts of the module): each place's unit is both the
// decision body and the 承办单位 (a department follows the procedure by reference, 第四十二条, the default setting),
// so its own legal officer and head keep it; the justice bureau of the place's region reviews it. A decision is
// built through the commands up to the state its act needs, dated back so the statutory periods have run; from the
// request for legality review on it is written as the rows those acts leave (`publishedDecision`, the review desk's
// rows at `review`; review-rows.test.ts proves the two read alike): a chain of up to ten commands for each record a
// late act's row builds was most of the matrix's CPU.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { Answers, Place, ScopeWorld } from '../../../../../test/scope-matrix';
import type { MatrixRow } from '../../../../../test/scope-matrix';
import { createOrg } from '../../../organisations/commands/create-org';
import { proposeDecision } from '../commands/propose-decision';
import { decideStart } from '../commands/decide-start';
import { recordDraft } from '../commands/record-draft';
import { openConsultation } from '../commands/open-consultation';
import { closeConsultation } from '../commands/close-consultation';
import { publishedDecision } from '../../execution/test/published-decision';

/** A meeting record that satisfies 第三十条: members first, the head last, everyone agreeing. */
export const meeting = {
  meetingKind: 'executive' as const,
  meetingName: '矩阵测试常务会议',
  attendees: ['成员甲', '区长'],
  speeches: [
    { name: '成员甲', isHead: false, view: 'agree' as const },
    { name: '区长', isHead: true, view: 'agree' as const },
  ],
  decision: 'adopted' as const,
};

const decisionBase = '/api/decisions';

const stages = [
  'proposed',
  'drafting',
  'drafted',
  'consultation',
  'consulted',
  'review',
  'reviewed',
  'adopted',
  'reported',
  'published',
] as const;
type Stage = (typeof stages)[number];

/** The other county has no justice bureau of its own: one is set up for its decisions' reviews. */
async function withJusticeBureau(w: ScopeWorld, regionCode: string) {
  const db = w.env.services.db;
  const found = await db
    .selectFrom('orgs')
    .select('id')
    .where('region_code', '=', regionCode)
    .where('kind', '=', 'justice_bureau')
    .executeTakeFirst();
  if (!found)
    await createOrg(w.env.services, w.system, { regionCode, name: `矩阵司法局${regionCode}`, kind: 'justice_bureau' });
}

/** The stages a decision is written at as rows (`publishedDecision`, with the review desk's rows at `review`). */
const asRows = ['review', 'reviewed', 'adopted', 'reported', 'published'] as const;
const writtenAsRows = (stage: Stage): stage is (typeof asRows)[number] => (asRows as readonly Stage[]).includes(stage);

export async function decisionIn(w: ScopeWorld, p: Place, stage: Stage) {
  const s = w.env.services;
  if (writtenAsRows(stage)) {
    if (stage === 'review') await withJusticeBureau(w, p.regionCode);
    const where = { regionCode: p.regionCode, bodyOrgId: p.orgId, sponsorOrgId: p.orgId };
    return publishedDecision(s, { ...where, title: `矩阵测试决策${p.target}${w.unique()}`, filed: false, stage });
  }
  const ago = (n: number) => formatIsoDate(parseIsoDate(s.clock.today()) - n);
  const reached = (st: Stage) => stages.indexOf(stage) >= stages.indexOf(st);
  const { id } = await proposeDecision(s, w.system, {
    bodyOrgId: p.orgId,
    title: `矩阵测试决策${p.target}${w.unique()}`,
    sponsorOrgId: p.orgId,
    applicableSteps: [],
    outsideCatalogueReason: '矩阵测试',
    proposal: '矩阵测试建议',
    proposer: '矩阵测试',
  });
  if (reached('drafting')) await decideStart(s, w.system, id, { start: true, startRecord: '矩阵测试' });
  if (reached('drafted'))
    await recordDraft(s, w.system, id, {
      draftText: '矩阵测试草案',
      explanation: '矩阵测试说明',
      options: [],
      viewsDifferWidely: false,
    });
  if (reached('consultation')) await openConsultation(s, w.system, id, { opensOn: ago(75), closesOn: ago(35) });
  if (reached('consulted')) await closeConsultation(s, w.system, id, ago(34));
  return id;
}

/** a proposed decision, for the list and the page (a read row needs a record in the place, not one of its own) */
const proposedIn = (w: ScopeWorld, p: Place) => w.fixture('proposed decision', p, () => decisionIn(w, p, 'proposed'));

const act = (path: string, stage: Stage, payload: (w: ScopeWorld) => unknown) => ({
  request: async (w: ScopeWorld, p: Place) => ({
    method: 'POST' as const,
    url: `${decisionBase}/${await decisionIn(w, p, stage)}/${path}`,
    payload: payload(w),
  }),
  anonymous: 401 as const,
});

export function decisionRows(t: {
  reads: (ok: number | 'listed') => Answers;
  keeps: (ok: number) => Answers;
  keptBy: (keepers: Answers) => Answers;
}): MatrixRow[] {
  // the body's own staff, and the government's leaders of the region, record the meeting and what follows it
  const decides = t.keptBy({ legal: [200, 404, 404, 404], head: [200, 404, 404, 404], leader: [200, 200, 200, 404] });
  return [
    {
      route: 'GET /api/decisions',
      request: async (w, p) => ({ url: `${decisionBase}?place=${await proposedIn(w, p)}` }),
      lists: (body, p) => (body as { items: { sponsorName: string }[] }).items.some((d) => d.sponsorName === p.orgName),
      anonymous: 401,
      expect: t.reads('listed'),
    },
    {
      route: 'POST /api/decisions',
      request: (w, p) => ({
        method: 'POST',
        url: decisionBase,
        payload: {
          bodyOrgId: p.orgId,
          title: `矩阵新决策${w.unique()}`,
          sponsorOrgId: p.orgId,
          applicableSteps: [],
          outsideCatalogueReason: '矩阵测试',
          proposal: '矩阵测试建议',
          proposer: '矩阵测试',
        },
      }),
      anonymous: 401,
      // located at the body, a unit anyone may know of: 403 where the actor does not keep it
      expect: t.keptBy({
        legal: [201, 403, 403, 403],
        head: [201, 403, 403, 403],
        officer: 403,
        secadmin: 403,
        auditor: 403,
        otherAdmin: 403,
        reviewer: 403,
        leader: 403,
        supervisor: 403,
        sysadmin: 403,
      }),
    },
    {
      route: 'GET /api/decisions/:id',
      request: async (w, p) => ({ url: `${decisionBase}/${await proposedIn(w, p)}` }),
      anonymous: 401,
      expect: t.reads(200),
    },
    {
      route: 'POST /api/decisions/:id/start-decision',
      ...act('start-decision', 'proposed', () => ({ start: true, startRecord: '矩阵测试' })),
      expect: t.keeps(200),
    },
    {
      route: 'POST /api/decisions/:id/draft',
      ...act('draft', 'drafting', () => ({
        draftText: '矩阵草案',
        explanation: '矩阵说明',
        options: [],
        viewsDifferWidely: false,
      })),
      expect: t.keeps(200),
    },
    {
      route: 'POST /api/decisions/:id/consultation',
      ...act('consultation', 'drafted', (w) => ({
        closesOn: formatIsoDate(parseIsoDate(w.env.services.clock.today()) + 40),
      })),
      expect: t.keeps(200),
    },
    {
      route: 'POST /api/decisions/:id/consultation/closure',
      ...act('consultation/closure', 'consultation', () => ({})),
      expect: t.keeps(200),
    },
    {
      route: 'POST /api/decisions/:id/legality-review',
      ...act('legality-review', 'consulted', () => ({ basis: '矩阵依据', procedureStatement: '矩阵说明' })),
      expect: t.keeps(200),
    },
    {
      route: 'POST /api/decisions/:id/legality-review/result',
      ...act('legality-review/result', 'review', () => ({
        checklist: ['authority', 'procedure', 'substance'].map((item) => ({ item, finding: 'ok' })),
        opinion: '矩阵审查意见',
        result: 'passed',
        counsel: [{ name: '矩阵律师', role: 'legal_adviser' }],
      })),
      // the justice bureau's reviewer of the region; the sponsor's own staff read it and may not review it
      expect: t.keptBy({ reviewer: [200, 200, 200, 404], legal: [403, 404, 404, 404], head: [403, 404, 404, 404] }),
    },
    {
      route: 'POST /api/decisions/:id/discussion',
      ...act('discussion', 'reviewed', () => meeting),
      expect: decides,
    },
    {
      route: 'POST /api/decisions/:id/party-report',
      ...act('party-report', 'adopted', () => ({ reportRecord: '矩阵请示' })),
      expect: decides,
    },
    {
      route: 'POST /api/decisions/:id/publication',
      ...act('publication', 'reported', () => ({
        publishedText: '矩阵决策',
        adoptionExplanation: '矩阵说明',
        interpretation: '矩阵解读',
      })),
      expect: decides,
    },
    {
      route: 'POST /api/decisions/:id/filing',
      ...act('filing', 'published', () => ({ filingRecord: '矩阵备案' })),
      expect: decides,
    },
  ];
}
