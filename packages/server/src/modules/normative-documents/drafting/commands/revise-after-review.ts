// 按审核意见修改草案: after a legality review that passed the draft on condition of changes (修改后通过), the drafting
// unit records the revised text by article and its 修改情况说明 (how each change answers the opinion) before 集体审议,
// so the deliberating body decides on the revised text (国办发〔2018〕115号: the drafting unit revises the document by
// the review opinion and explains to the deliberating body any opinion it did not follow). Whether the revised text
// goes back to the legality review is the region's setting `normative.legality-review.re-review-after-changes`
// (default: no, the opinion already reviewed those changes). The fair-competition review concerns the text reviewed,
// so a passed one is done again for the new text (《公平竞争审查条例》第十三条, as in revise-draft.ts).
import { conflict, invalid } from '../../../../platform/errors';
import { normativeSettings } from '../../settings';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import type { ReviseAfterReviewInput } from '../../schemas';
import { actDate, SUBJECT } from '../../support';
import { auditDocument, loadForAct, moveTo } from '../../workflow';
import { insertArticles } from './draft-document';
import { indexDocument } from '../../catalogue/search-index';

export async function reviseAfterReview(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: ReviseAfterReviewInput,
) {
  return inWriteTransaction(services, ctx, (w) => reviseAfterReviewOn(services, w, id, input));
}

export async function reviseAfterReviewOn(services: Services, w: Writer, id: string, input: ReviseAfterReviewInput) {
  const { row } = await loadForAct(services, w, id, 'reviseAfterReview', 'revise-after-review');
  if (!row.review_changes_pending)
    throw conflict('NO_REVIEW_CHANGES_PENDING', '合法性审核结论不是“修改后通过”，或已记录按审核意见修改的情况');
  const review = await w.tx
    .selectFrom('legality_reviews')
    .select(['id', 'round', 'concluded_on'])
    .where('region_code', '=', row.region_code)
    .where('subject_type', '=', SUBJECT)
    .where('subject_id', '=', row.id)
    .where('result', '=', 'passed_with_changes')
    .orderBy('round', 'desc')
    .executeTakeFirstOrThrow();
  const revisedOn = actDate(services, input.revisedOn, 'revisedOn');
  if (review.concluded_on && revisedOn < review.concluded_on)
    throw invalid('REVISION_BEFORE_REVIEW', `修改日期不能早于合法性审核办结日期（${review.concluded_on}）`, [
      { path: 'revisedOn', message: '早于合法性审核' },
    ]);
  const reReview =
    (await normativeSettings.read(w.tx, row.region_code, 'normative.legality-review.re-review-after-changes')) === 1;
  const voidsFairCompetition = row.fair_competition_passed !== null;
  await w.tx
    .insertInto('normative_review_revisions')
    .values({
      region_code: row.region_code,
      review_id: review.id,
      document_id: row.id,
      statement: input.statement,
      revised_on: revisedOn,
      revised_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await insertArticles(w, row.region_code, row.id, input.articles);
  await moveTo(
    w,
    row,
    reReview ? 'drafting' : 'deliberation',
    'revise-after-review',
    revisedOn,
    reReview ? '已按审核意见修改草案，需重新报送合法性审核' : '已按审核意见修改草案',
    {
      review_changes_pending: false,
      ...(reReview ? { legality_review_passed: null } : {}),
      ...(voidsFairCompetition ? { fair_competition_passed: null } : {}),
    },
  );
  await indexDocument(w.tx, row.region_code, row.id);
  await auditDocument(w, row, 'revised_after_review', '已按合法性审核意见修改草案', {
    reviewId: review.id,
    round: review.round,
    articles: input.articles.length,
    revisedOn,
    ...(reReview ? { legalityReview: '本地区规定修改后重新审核' } : {}),
    ...(voidsFairCompetition ? { fairCompetitionReview: '因草案修改需重新审查' } : {}),
  });
  return { reReview };
}
