// Test-only: a decision of a body built through the module's commands up to a stage, dated back from the clock's
// today so that each statutory period has run (30 days of comment, 7 working days of review) unless the stage stops
// inside one. A catalogue item gives its title and 承办单位; without one the matter is outside the catalogue.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { Services } from '../../../../platform/services';
import type { WriteContext } from '../../../../platform/write';
import { proposeDecision } from '../../records/commands/propose-decision';
import { decideStart } from '../../records/commands/decide-start';
import { recordDraft } from '../../records/commands/record-draft';
import { openConsultation } from '../../records/commands/open-consultation';
import { closeConsultation } from '../../records/commands/close-consultation';
import { submitForLegalityReview } from '../../records/commands/submit-for-legality-review';
import { recordLegalityReview } from '../../records/commands/record-legality-review';
import { recordDiscussion } from '../../records/commands/record-discussion';
import { reportToParty } from '../../records/commands/report-to-party';
import { publishDecision } from '../../records/commands/publish-decision';

export const decisionStages = ['proposed', 'drafting', 'consultation', 'review', 'decided', 'published'] as const;
export type DecisionStage = (typeof decisionStages)[number];

export interface DecisionPlace {
  bodyOrgId: string;
  catalogueItemId?: string;
  title?: string;
  sponsorOrgId?: string;
  /** days before today the consultation opened (75: closed 35 days ago) and the review was sent (30) */
  consultationOpened?: number;
  reviewSent?: number;
}

export async function decisionAt(services: Services, ctx: WriteContext, at: DecisionPlace, stage: DecisionStage) {
  const ago = (n: number) => formatIsoDate(parseIsoDate(services.clock.today()) - n);
  const reached = (s: DecisionStage) => decisionStages.indexOf(stage) >= decisionStages.indexOf(s);
  const { id } = await proposeDecision(services, ctx, {
    bodyOrgId: at.bodyOrgId,
    ...(at.catalogueItemId
      ? { catalogueItemId: at.catalogueItemId }
      : { title: at.title, sponsorOrgId: at.sponsorOrgId, applicableSteps: [], outsideCatalogueReason: '测试事项' }),
    proposal: '测试建议',
    proposer: '测试',
    proposedOn: ago(120),
  });
  if (!reached('drafting')) return id;
  await decideStart(services, ctx, id, { start: true, startRecord: '测试会议纪要', decidedOn: ago(110) });
  await recordDraft(services, ctx, id, {
    draftText: '测试草案',
    explanation: '测试说明',
    options: [],
    viewsDifferWidely: false,
    recordedOn: ago(100),
  });
  if (!reached('consultation')) return id;
  const opened = at.consultationOpened ?? 75;
  await openConsultation(services, ctx, id, { opensOn: ago(opened), closesOn: ago(opened - 40) });
  if (!reached('review')) return id;
  await closeConsultation(services, ctx, id, ago(opened - 41));
  await submitForLegalityReview(services, ctx, id, {
    submittedOn: ago(at.reviewSent ?? 30),
    basis: '测试依据',
    procedureStatement: '测试程序说明',
  });
  if (!reached('decided')) return id;
  await recordLegalityReview(services, ctx, id, {
    checklist: ['authority', 'procedure', 'substance'].map((item) => ({ item, finding: 'ok' as const })),
    opinion: '测试审查意见',
    result: 'passed',
    counsel: [{ name: '测试律师', role: 'legal_adviser' }],
  });
  await recordDiscussion(services, ctx, id, {
    meetingKind: 'executive',
    meetingName: '测试常务会议',
    attendees: ['成员甲', '区长'],
    speeches: [
      { name: '成员甲', isHead: false, view: 'agree' },
      { name: '区长', isHead: true, view: 'agree' },
    ],
    decision: 'adopted',
  });
  if (!reached('published')) return id;
  await reportToParty(services, ctx, id, { reportRecord: '测试请示' });
  await publishDecision(services, ctx, id, {
    publishedText: '测试决策全文',
    adoptionExplanation: '测试采纳情况说明',
    interpretation: '测试政策解读',
  });
  return id;
}
