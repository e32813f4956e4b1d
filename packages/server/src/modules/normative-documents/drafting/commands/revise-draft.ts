// 修改草案: the drafting unit revises the draft while it is being drafted (after consultation, after a failed legality
// review or a deliberation that asked for changes). The text by article is replaced as a whole; a fair-competition
// review of the earlier text no longer stands for it.
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { diff } from '../../../../platform/audit/write';
import type { ReviseInput } from '../../schemas';
import { auditDocument, loadForAct } from '../../workflow';
import { insertArticles } from './draft-document';
import { indexDocument } from '../../catalogue/search-index';

export async function reviseDraft(services: Services, ctx: WriteContext, id: string, input: ReviseInput) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await loadForAct(services, w, id, 'revise', 'revise-draft');
    const changes = diff(
      {
        title: row.title,
        affectsRights: row.affects_rights,
        affectsMarket: row.affects_market,
        draftingExplanation: row.drafting_explanation,
      },
      {
        title: input.title,
        affectsRights: input.affectsRights,
        affectsMarket: input.affectsMarket,
        draftingExplanation: input.draftingExplanation,
      },
    );
    const voidsFairCompetition =
      row.fair_competition_passed !== null &&
      (input.articles !== undefined ||
        (input.title !== undefined && input.title !== row.title) ||
        (input.affectsMarket !== undefined && input.affectsMarket !== row.affects_market));
    await w.tx
      .updateTable('normative_documents')
      .set({
        title: input.title,
        affects_rights: input.affectsRights,
        affects_market: input.affectsMarket,
        drafting_explanation: input.draftingExplanation,
        ...(input.legalBases ? { legal_bases: JSON.stringify(input.legalBases) } : {}),
        // the fair-competition review concerns the text reviewed (《公平竞争审查条例》第十三条: in the drafting stage
        // of the measure to be issued): a new text or a changed market effect is reviewed again
        ...(voidsFairCompetition ? { fair_competition_passed: null } : {}),
        updated_at: w.clock.now(),
      })
      .where('region_code', '=', row.region_code)
      .where('id', '=', row.id)
      .execute();
    if (input.articles) await insertArticles(w, row.region_code, row.id, input.articles);
    if (input.title !== undefined || input.articles) await indexDocument(w.tx, row.region_code, row.id);
    await auditDocument(w, { ...row, title: input.title ?? row.title }, 'draft_revised', '草案已修改', {
      ...changes,
      ...(input.articles ? { articles: input.articles.length } : {}),
      ...(voidsFairCompetition ? { fairCompetitionReview: '因草案修改需重新审查' } : {}),
    });
  });
}
