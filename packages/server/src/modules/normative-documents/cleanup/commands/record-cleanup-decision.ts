// 清理意见: for each document of an open campaign, remains valid / amend / repeal / lapse, with the reason (seed 000
// (六): 不符合法律、法规、规章规定，或相互抵触、依据缺失以及不适应经济社会发展要求的，应予以修改或废止). The drafting
// unit or the justice bureau records it; it takes effect when the campaign publishes its lists.
import { cleanupOutcomeLabels, type CleanupOutcome } from '@fazhi/core/normative-documents';
import { authorizeAs } from '../../../../platform/access/policy';
import { invalid, notFound } from '../../../../platform/errors';
import { documentPolicy } from '../../policy';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { auditDocument, loadDocument } from '../../workflow';

export interface CleanupDecisionInput {
  documentId: string;
  outcome: CleanupOutcome;
  reason?: string | undefined;
}

export async function recordCleanupDecision(
  services: Services,
  ctx: WriteContext,
  campaignId: string,
  input: CleanupDecisionInput,
) {
  return inWriteTransaction(services, ctx, (w) => recordCleanupDecisionOn(services, w, campaignId, input));
}

export async function recordCleanupDecisionOn(
  services: Services,
  w: Writer,
  campaignId: string,
  input: CleanupDecisionInput,
  on = services.clock.today(),
) {
  const doc = await loadDocument(services, w.tx, w.ctx.actor, input.documentId);
  if (!doc) throw notFound('规范性文件');
  authorizeAs(services.registry.grants, w.ctx.actor, documentPolicy, 'decideCleanup', doc.record);
  const item = await w.tx
    .selectFrom('normative_cleanup_items as i')
    .innerJoin('normative_cleanup_campaigns as c', (j) =>
      j.onRef('c.region_code', '=', 'i.region_code').onRef('c.id', '=', 'i.campaign_id'),
    )
    .select(['i.id', 'c.status'])
    .where('i.region_code', '=', doc.row.region_code)
    .where('i.campaign_id', '=', campaignId)
    .where('i.document_id', '=', input.documentId)
    .forUpdate()
    .executeTakeFirst();
  if (!item) throw notFound('清理中的该文件');
  if (item.status !== 'open') throw invalid('CLEANUP_CLOSED', '该清理已公布结果，不能再修改清理意见');
  if (input.outcome !== 'remains_valid' && !input.reason)
    throw invalid('CLEANUP_REASON_REQUIRED', `${cleanupOutcomeLabels[input.outcome]}的，请说明理由`, [
      { path: 'reason', message: '请说明理由' },
    ]);
  await w.tx
    .updateTable('normative_cleanup_items')
    .set({
      outcome: input.outcome,
      reason: input.reason ?? null,
      decided_on: on,
      decided_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', doc.row.region_code)
    .where('id', '=', item.id)
    .execute();
  await auditDocument(w, doc.row, 'cleanup_decided', `清理意见：${cleanupOutcomeLabels[input.outcome]}`, {
    campaignId,
    outcome: input.outcome,
  });
}
