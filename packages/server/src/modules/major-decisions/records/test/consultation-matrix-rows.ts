// The scope matrix's rows of the shared consultation's routes (platform/participation/routes.ts), on a decision's
// draft out for comment in each place: the portal's 意见征集 answers everyone alike for the portal's region (the
// demo county) and 404 for another county's draft; the comment desk lists, moderates and answers the comments of the
// drafts whose consultation the actor conducts (decision.draft at the 承办单位: its own staff), region-wide readers
// 403, the rest 404. The legality-review desk lists and opens the drafts the region's justice bureau reviews: to
// its reviewer only (the drafting unit reads the record, 403 on the package; a reviewer elsewhere gets nothing).
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { Answers, MatrixRow, Place, ScopeWorld } from '../../../../../test/scope-matrix';
import { everyone, listItems } from '../../../../../test/scope-matrix';
import { inWriteTransaction } from '../../../../platform/write';
import {
  moderateSubjectCommentOn,
  submitSubjectCommentOn,
} from '../../../../platform/participation/consultation-commands';
import { proposeDecision } from '../commands/propose-decision';
import { decideStart } from '../commands/decide-start';
import { recordDraft } from '../commands/record-draft';
import { openConsultation } from '../commands/open-consultation';
import { DECISION_SUBJECT } from '../workflow';
import { decisionIn } from './matrix-rows';

/** A decision of the place's unit whose draft is out for comment today, with one public comment (approved if asked). */
async function commentedIn(w: ScopeWorld, p: Place, approved = false) {
  const s = w.env.services;
  const day = (n: number) => formatIsoDate(parseIsoDate(s.clock.today()) + n);
  const { id } = await proposeDecision(s, w.system, {
    bodyOrgId: p.orgId,
    title: `矩阵征求意见决策${p.target}${w.unique()}`,
    sponsorOrgId: p.orgId,
    applicableSteps: [],
    outsideCatalogueReason: '矩阵测试',
    proposal: '矩阵测试建议',
    proposer: '矩阵测试',
  });
  await decideStart(s, w.system, id, { start: true, startRecord: '矩阵测试' });
  await recordDraft(s, w.system, id, {
    draftText: '矩阵测试草案',
    explanation: '矩阵测试说明',
    options: [],
    viewsDifferWidely: false,
  });
  await openConsultation(s, w.system, id, { opensOn: day(-5), closesOn: day(40) });
  const comment = await inWriteTransaction(s, { actor: null, ip: null }, (tx) =>
    submitSubjectCommentOn(s, tx, DECISION_SUBJECT, id, { body: '建议明确实施步骤。' }),
  );
  if (approved)
    await inWriteTransaction(s, w.system, (tx) =>
      moderateSubjectCommentOn(s, tx, DECISION_SUBJECT, id, comment.id, { decision: 'approved' }),
    );
  return { id, commentId: comment.id };
}

export function consultationRows(keeps: (ok: number) => Answers): MatrixRow[] {
  const portal: Answers = everyone([200, 200, 200, 404]);
  return [
    {
      route: 'GET /api/public/consultations',
      request: async (w, p) => {
        await commentedIn(w, p);
        return { url: '/api/public/consultations?kind=major_decision&pageSize=200' };
      },
      lists: (body, p) => listItems(body).some((i) => i.orgName === p.orgName),
      anonymous: 'listed',
      expect: everyone(['listed', 'listed', 'listed', 'unlisted']),
    },
    {
      route: 'GET /api/public/consultations/:kind/:id',
      request: async (w, p) => ({ url: `/api/public/consultations/major_decision/${(await commentedIn(w, p)).id}` }),
      anonymous: 200,
      expect: { legal: portal.legal, reviewer: portal.reviewer, platformAdmin: portal.platformAdmin },
    },
    {
      route: 'POST /api/public/consultations/:kind/:id/comments',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/public/consultations/major_decision/${(await commentedIn(w, p)).id}/comments`,
        payload: { body: '建议增加过渡期规定。' },
      }),
      anonymous: 201,
      expect: { legal: [201, 201, 201, 404], platformAdmin: [201, 201, 201, 404] },
    },
    {
      route: 'GET /api/consultation-comments',
      request: async (w, p) => {
        const { id } = await commentedIn(w, p);
        return { url: `/api/consultation-comments?kind=major_decision&subjectId=${id}` };
      },
      lists: (body) => listItems(body).length === 1,
      anonymous: 401,
      // the unit's own staff conduct its consultation; nobody else's desk lists it
      expect: {
        ...everyone('unlisted'),
        legal: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        head: ['listed', 'unlisted', 'unlisted', 'unlisted'],
      },
    },
    {
      route: 'POST /api/consultation-comments/:commentId/moderation',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/consultation-comments/${(await commentedIn(w, p)).commentId}/moderation`,
        payload: { decision: 'approved' },
      }),
      anonymous: 401,
      expect: keeps(200),
    },
    {
      route: 'POST /api/consultation-comments/:commentId/answer',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/consultation-comments/${(await commentedIn(w, p, true)).commentId}/answer`,
        payload: { answer: 'adopted' },
      }),
      anonymous: 401,
      expect: keeps(200),
    },
  ];
}

/** a decision sent to the justice bureau of its region for legality review, shared by the desk's two rows */
const inReviewIn = (w: ScopeWorld, p: Place) => w.fixture('decision in review', p, () => decisionIn(w, p, 'review'));

export function reviewDeskRows(keptBy: (keepers: Answers) => Answers): MatrixRow[] {
  return [
    {
      route: 'GET /api/legality-reviews',
      request: async (w, p) => {
        await inReviewIn(w, p);
        return { url: '/api/legality-reviews?kind=major_decision' };
      },
      lists: (body, p) =>
        (body as { items: { title: string }[] }).items.some((i) =>
          new RegExp(`^矩阵测试决策${p.target}\\d+$`).test(i.title),
        ),
      anonymous: 401,
      expect: { ...everyone('unlisted'), reviewer: ['listed', 'listed', 'listed', 'unlisted'] },
    },
    {
      route: 'GET /api/legality-reviews/:kind/:id',
      request: async (w, p) => ({ url: `/api/legality-reviews/major_decision/${await inReviewIn(w, p)}` }),
      anonymous: 401,
      // as the review's conclusion: the sponsor's own staff read the record and may not review it
      expect: keptBy({ reviewer: [200, 200, 200, 404], legal: [403, 404, 404, 404], head: [403, 404, 404, 404] }),
    },
  ];
}
