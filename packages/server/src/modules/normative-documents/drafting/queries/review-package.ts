// 合法性审核材料: what the justice bureau reviews — the draft by article, its legal bases and drafting explanation,
// the consultation's comments with their answers (or the recorded exemption), the fair-competition review, the
// checklist of what a normative document must not do (国办发〔2018〕37号) and the pre-check findings stored when the
// draft was submitted.
import {
  commentAnswerLabels,
  diffArticles,
  reviewChecklistItems,
  reviewChecklistLabels,
  type ArticleText,
} from '@fazhi/core/normative-documents';
import type { Actor } from '../../../../platform/access/actor';
import type { Services } from '../../../../platform/services';
import { loadDocument } from '../../workflow';
import { SUBJECT } from '../../support';
import { documentReviews } from './document-reviews';
import type { PrecheckResult, ReviewPackage } from '@fazhi/core/contracts';

export async function getReviewPackage(services: Services, actor: Actor, id: string): Promise<ReviewPackage | null> {
  const doc = await loadDocument(services, services.db, actor, id);
  if (!doc) return null;
  const { row } = doc;
  const db = services.db;
  const [articles, comments, reviews] = await Promise.all([
    db
      .selectFrom('normative_articles')
      .select(['id', 'seq', 'heading', 'body'])
      .where('region_code', '=', row.region_code)
      .where('document_id', '=', row.id)
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('consultation_comments as m')
      .innerJoin('consultations as c', (j) =>
        j.onRef('c.region_code', '=', 'm.region_code').onRef('c.id', '=', 'm.consultation_id'),
      )
      .select(['m.article_id', 'm.body', 'm.answer', 'm.answer_reason'])
      .where('m.region_code', '=', row.region_code)
      .where('c.subject_type', '=', SUBJECT)
      .where('c.subject_id', '=', row.id)
      .where('m.moderation_status', '=', 'approved')
      .orderBy('m.submitted_at')
      .execute(),
    documentReviews(db, row.region_code, row.id),
  ]);
  const legality = reviews.filter((r) => r.kind === 'legality');
  // a second round (after 审核不通过 or a deliberation that sent it back) sees what changed since the first round
  const first = legality.find((r) => r.result !== null && r.reviewed_text !== null);
  const changesSinceFirstRound = first
    ? { round: first.round, changes: diffArticles(first.reviewed_text as ArticleText[], articles) }
    : null;
  return {
    documentId: row.id,
    title: row.title,
    legalBases: row.legal_bases,
    draftingExplanation: row.drafting_explanation,
    affectsRights: row.affects_rights,
    affectsMarket: row.affects_market,
    consultationExemptReason: row.consultation_exempt_reason,
    articles,
    comments: comments.map((c) => ({
      articleId: c.article_id,
      body: c.body,
      answer: c.answer,
      answerLabel: c.answer ? commentAnswerLabels[c.answer] : null,
      answerReason: c.answer_reason,
    })),
    fairCompetitionReviews: reviews
      .filter((r) => r.kind === 'fair_competition')
      .map((r) => ({ round: r.round, result: r.result, opinion: r.opinion, concludedOn: r.concluded_on })),
    checklist: reviewChecklistItems.map((item) => ({ item, label: reviewChecklistLabels[item] })),
    precheck: (legality.at(-1)?.precheck ?? null) as PrecheckResult | null,
    changesSinceFirstRound,
    previousLegalityReviews: legality
      .filter((r) => r.result !== null)
      .map((r) => ({
        round: r.round,
        result: r.result,
        opinion: r.opinion,
        concludedOn: r.concluded_on,
        revisionStatement: r.revision_statement,
        revisedOn: r.revised_on,
      })),
  };
}
