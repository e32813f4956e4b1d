// The stage of each catalogue item as the portal shows it: read from the decision records started from the item
// (in whichever version of the catalogue it was then) — never stored on the item — and, where the decision has been
// published, its id for the public page.
import { isPubliclyPublished, latestDecision, publicStageLabels, type PublicStage } from '@fazhi/core/major-decisions';
import type { Db } from '../../../../platform/db/connection';

export interface ItemStage {
  stage: PublicStage;
  stageLabel: string;
  decisionId: string | null;
}

export const notStarted: ItemStage = { stage: 'none', stageLabel: publicStageLabels.none, decisionId: null };

/** Keyed by `${bodyOrgId}|${itemKey}`: an item keeps its key across the versions of its body's catalogue. */
export async function itemStages(db: Db, regionCode: string, catalogueIds: readonly string[]) {
  const stages = new Map<string, ItemStage>();
  if (catalogueIds.length === 0) return stages;
  const rows = await db
    .selectFrom('decision_records as d')
    .innerJoin('decision_catalogue_items as i', (j) =>
      j.onRef('i.region_code', '=', 'd.region_code').onRef('i.id', '=', 'd.catalogue_item_id'),
    )
    .innerJoin('decision_catalogues as c', (j) =>
      j.onRef('c.region_code', '=', 'i.region_code').onRef('c.id', '=', 'i.catalogue_id'),
    )
    .select(['d.id', 'd.status', 'd.proposed_on', 'd.created_at', 'd.published_on', 'c.body_org_id', 'i.item_key'])
    .where('d.region_code', '=', regionCode)
    .where('i.catalogue_id', 'in', catalogueIds)
    .execute();
  const byItem = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.body_org_id}|${r.item_key}`;
    byItem.set(key, [...(byItem.get(key) ?? []), r]);
  }
  for (const [key, decisions] of byItem) {
    const latest = latestDecision(
      decisions.map((d) => ({ ...d, proposedOn: d.proposed_on, createdAt: d.created_at.toISOString() })),
    )!;
    stages.set(key, {
      stage: latest.status,
      stageLabel: publicStageLabels[latest.status],
      decisionId: isPubliclyPublished(latest.status, latest.published_on) ? latest.id : null,
    });
  }
  return stages;
}
