// 公布清理结果: the campaign publishes the lists of documents that remain valid, are repealed and have lapsed (and
// those to be amended). A document not on the remains-valid list may no longer be a basis for administration
// (国发〔2008〕17号 (十五); seed 000 (六)): its status changes accordingly. A periodic cleanup sets the next one's date.
import { cleanupEffect, cleanupOutcomeLabels } from '@fazhi/core/normative-documents';
import { regionScopeFilter } from '../../../../platform/access/scope';
import { setDeadline } from '../../../../platform/deadlines';
import { invalid, notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, CAMPAIGN_SUBJECT } from '../../support';
import { auditDocument, loadDocument, moveTo } from '../../workflow';
import { authorizeCampaignAct } from './open-cleanup-campaign';
import { normativeEvents } from '../../catalogue';

export async function publishCleanupResults(
  services: Services,
  ctx: WriteContext,
  campaignId: string,
  publishedOn?: string,
) {
  return inWriteTransaction(services, ctx, (w) => publishCleanupResultsOn(services, w, campaignId, publishedOn));
}

export async function publishCleanupResultsOn(
  services: Services,
  w: Writer,
  campaignId: string,
  publishedOnInput?: string,
) {
  let query = w.tx.selectFrom('normative_cleanup_campaigns').selectAll().where('id', '=', campaignId);
  // A campaign of a region the actor cannot read does not exist for them (404), like any record out of scope.
  if (w.ctx.actor)
    query = query.where(regionScopeFilter(services.registry.grants, w.ctx.actor, 'normative.read', 'region_code'));
  const campaign = await query.forUpdate().executeTakeFirst();
  if (!campaign) throw notFound('清理');
  const bureau = await authorizeCampaignAct(services, w, campaign.region_code, 'publishResults');
  if (campaign.status !== 'open') throw invalid('CLEANUP_CLOSED', '该清理已公布结果');
  const items = await w.tx
    .selectFrom('normative_cleanup_items')
    .select(['document_id', 'outcome', 'reason'])
    .where('region_code', '=', campaign.region_code)
    .where('campaign_id', '=', campaign.id)
    .execute();
  const undecided = items.filter((i) => i.outcome === null).length;
  if (undecided > 0)
    throw invalid('CLEANUP_UNDECIDED', `尚有${undecided}件文件未作出清理意见，全部作出后方可公布清理结果`);
  const publishedOn = actDate(services, publishedOnInput, 'publishedOn');
  const counts = { remains_valid: 0, amend: 0, repeal: 0, lapse: 0 };
  for (const item of items) {
    if (!item.outcome) continue;
    counts[item.outcome] += 1;
    const effect = cleanupEffect(item.outcome);
    if (effect.stillValid) continue;
    const doc = await loadDocument(services, w.tx, null, item.document_id, true);
    if (!doc || doc.row.status !== 'published') continue; // ended meanwhile (replaced, expired)
    const note = `${campaign.title}：${cleanupOutcomeLabels[item.outcome]}${item.reason ? `（${item.reason}）` : ''}`;
    await moveTo(w, doc.row, effect.status, 'record-cleanup-result', publishedOn, note, {
      ended_on: publishedOn,
      ended_reason: note,
    });
    await auditDocument(w, doc.row, 'cleanup_applied', note, { campaignId, outcome: item.outcome });
  }
  await w.tx
    .updateTable('normative_cleanup_campaigns')
    .set({ status: 'published', published_on: publishedOn, published_by: w.ctx.actor?.userId ?? null })
    .where('region_code', '=', campaign.region_code)
    .where('id', '=', campaign.id)
    .execute();
  if (campaign.kind === 'periodic')
    await setDeadline(w, {
      regionCode: campaign.region_code,
      subjectType: CAMPAIGN_SUBJECT,
      subjectId: campaign.id,
      kind: 'next-cleanup',
      label: '下一次定期清理',
      subjectTitle: campaign.title,
      ruleId: 'normative.cleanup',
      from: publishedOn,
      responsibleOrgId: bureau.id,
    });
  await w.audit({
    regionCode: campaign.region_code,
    action: 'normative_cleanup.published',
    subjectType: CAMPAIGN_SUBJECT,
    subjectId: campaign.id,
    summary: `公布清理结果：继续有效${counts.remains_valid}件，修改${counts.amend}件，废止${counts.repeal}件，失效${counts.lapse}件`,
    changes: counts,
  });
  await w.emit(normativeEvents, campaign.region_code, 'normative_cleanup.published', { campaignId: campaign.id });
  return counts;
}
