// Cleanup campaigns of the regions the actor reaches (region-keyed records: regionScopeFilter), and one campaign
// with its items — only the items whose documents the actor may read.
import { cleanupOutcomeLabels } from '@fazhi/core/normative-documents';
import type { Actor } from '../../../../platform/access/actor';
import { regionScopeFilter, scopeFilter } from '../../../../platform/access/scope';
import { deadlinesOf } from '../../../../platform/deadlines';
import type { Services } from '../../../../platform/services';
import { CAMPAIGN_SUBJECT } from '../../support';
import type { CleanupCampaignRow } from '@fazhi/core/contracts';
import type { CleanupCampaign } from '@fazhi/core/contracts';

export async function listCleanupCampaigns(services: Services, actor: Actor): Promise<CleanupCampaignRow[]> {
  const rows = await services.db
    .selectFrom('normative_cleanup_campaigns as c')
    .selectAll('c')
    .where(regionScopeFilter(services.registry.grants, actor, 'normative.read', 'c.region_code'))
    .orderBy('c.opened_on', 'desc')
    .execute();
  return rows.map((c) => ({
    id: c.id,
    regionCode: c.region_code,
    title: c.title,
    kind: c.kind,
    triggerLaw: c.trigger_law,
    openedOn: c.opened_on,
    status: c.status,
    publishedOn: c.published_on,
    isDemo: c.is_demo,
  }));
}

export async function getCleanupCampaign(
  services: Services,
  actor: Actor,
  id: string,
): Promise<CleanupCampaign | null> {
  const c = await services.db
    .selectFrom('normative_cleanup_campaigns as c')
    .selectAll('c')
    .where('c.id', '=', id)
    .where(regionScopeFilter(services.registry.grants, actor, 'normative.read', 'c.region_code'))
    .executeTakeFirst();
  if (!c) return null;
  const items = await services.db
    .selectFrom('normative_cleanup_items as i')
    .innerJoin('normative_documents as d', (j) =>
      j.onRef('d.region_code', '=', 'i.region_code').onRef('d.id', '=', 'i.document_id'),
    )
    .select(['i.document_id', 'i.outcome', 'i.reason', 'i.decided_on', 'd.title', 'd.doc_number', 'd.status'])
    .where('i.region_code', '=', c.region_code)
    .where('i.campaign_id', '=', c.id)
    .where(scopeFilter(services.registry.grants, actor, 'normative.read', 'd.drafting_org_id'))
    .orderBy('d.doc_number')
    .execute();
  return {
    id: c.id,
    regionCode: c.region_code,
    title: c.title,
    kind: c.kind,
    triggerLaw: c.trigger_law,
    openedOn: c.opened_on,
    status: c.status,
    publishedOn: c.published_on,
    isDemo: c.is_demo,
    items: items.map((i) => ({
      documentId: i.document_id,
      title: i.title,
      docNumber: i.doc_number,
      documentStatus: i.status,
      outcome: i.outcome,
      outcomeLabel: i.outcome ? cleanupOutcomeLabels[i.outcome] : null,
      reason: i.reason,
      decidedOn: i.decided_on,
    })),
    deadlines: await deadlinesOf(services.db, c.region_code, CAMPAIGN_SUBJECT, c.id, services.clock.today()),
  };
}
