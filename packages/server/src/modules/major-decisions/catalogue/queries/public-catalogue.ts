// The portal's 重大行政决策事项目录 (第三条第三款: 向社会公布): the published catalogues of the portal's region for a
// year, each item with its history across the published versions (added, changed, removed by an adjustment, with
// the adjustment's reason). No actor: only published and superseded versions are read; drafts never are.
import { compareVersions, decisionStepLabels, itemChangeLabels, stepsFor } from '@fazhi/core/major-decisions';
import type { PublicCatalogue, PublicCatalogueItem, PublicCatalogues } from '@fazhi/core/contracts';
import { portalIdentity } from '../../../../platform/portal/routes';
import type { Services } from '../../../../platform/services';
import { applicableOf, itemsOf } from './catalogues';
import { itemStages, notStarted, type ItemStage } from '../../portal/queries/item-stages';

export async function publicCatalogues(
  services: Services,
  query: { year?: number | undefined },
): Promise<PublicCatalogues> {
  const fallbackYear = Number(services.clock.today().slice(0, 4));
  const { regionCode } = await portalIdentity(services);
  if (!regionCode) return { year: query.year ?? fallbackYear, years: [], catalogues: [] };
  const years = (
    await services.db
      .selectFrom('decision_catalogues')
      .select('year')
      .distinct()
      .where('region_code', '=', regionCode)
      .where('status', '=', 'published')
      .orderBy('year', 'desc')
      .execute()
  ).map((r) => r.year);
  const year = query.year ?? years[0] ?? fallbackYear;
  const versions = await services.db
    .selectFrom('decision_catalogues as c')
    .innerJoin('orgs as o', 'o.id', 'c.body_org_id')
    .selectAll('c')
    .select(['o.name as body_name', 'o.path as body_path'])
    .where('c.region_code', '=', regionCode)
    .where('c.year', '=', year)
    .where('c.status', 'in', ['published', 'superseded'])
    .orderBy('o.path')
    .orderBy('c.version_no')
    .execute();
  const items = await itemsOf(
    services.db,
    regionCode,
    versions.map((v) => v.id),
  );
  const stages = await itemStages(
    services.db,
    regionCode,
    versions.map((v) => v.id),
  );
  const catalogues: PublicCatalogue[] = [];
  for (const bodyId of [...new Set(versions.map((v) => v.body_org_id))]) {
    const own = versions.filter((v) => v.body_org_id === bodyId);
    const current = own.find((v) => v.status === 'published');
    if (!current) continue;
    const entries = new Map<string, PublicCatalogueItem>();
    let previous: ReturnType<typeof comparable> | null = null;
    for (const v of own) {
      const these = items.filter((i) => i.catalogue_id === v.id);
      const next = comparable(these);
      for (const { key, change } of compareVersions(previous, next)) {
        const row = these.find((i) => i.item_key === key);
        // an item present in this version is shown as this version has it; a removed one as it was last
        const shown = row
          ? { ...present(row, stages.get(`${bodyId}|${key}`) ?? notStarted), history: entries.get(key)?.history ?? [] }
          : entries.get(key);
        if (!shown) continue;
        if (change !== 'unchanged')
          shown.history.push({
            versionNo: v.version_no,
            publishedOn: v.published_on!,
            change,
            changeLabel: v.version_no === 1 ? '列入目录' : itemChangeLabels[change],
            reason: v.adjustment_reason,
          });
        entries.set(key, shown);
      }
      previous = next;
    }
    const inForce = new Set(items.filter((i) => i.catalogue_id === current.id).map((i) => i.item_key));
    const ordered = [...entries.entries()];
    catalogues.push({
      bodyName: current.body_name,
      year,
      versionNo: current.version_no,
      publishedOn: current.published_on!,
      partyConsentOn: current.party_consent_on!,
      isDemo: current.is_demo,
      items: items.filter((i) => i.catalogue_id === current.id).map((i) => entries.get(i.item_key)!),
      removed: ordered.filter(([key]) => !inForce.has(key)).map(([, e]) => e),
      adjustments: own
        .filter((v) => v.version_no > 1)
        .map((v) => ({ versionNo: v.version_no, publishedOn: v.published_on!, reason: v.adjustment_reason ?? '' })),
    });
  }
  return { year, years, catalogues };
}

type Row = Awaited<ReturnType<typeof itemsOf>>[number];

function comparable(rows: readonly Row[]) {
  return rows.map((i) => ({
    key: i.item_key,
    title: i.title,
    sponsorOrgId: i.sponsor_org_id,
    legalBasis: i.legal_basis,
    policyBasis: i.policy_basis,
    plannedStart: i.planned_start,
    plannedFinish: i.planned_finish,
    applicable: applicableOf(i),
  }));
}

function present(i: Row, stage: ItemStage): PublicCatalogueItem {
  return {
    ...stage,
    itemKey: i.item_key,
    title: i.title,
    sponsorName: i.sponsor_name,
    legalBasis: i.legal_basis,
    policyBasis: i.policy_basis,
    plannedStart: i.planned_start,
    plannedFinish: i.planned_finish,
    steps: stepsFor(applicableOf(i)).map((s) => decisionStepLabels[s]),
    history: [],
  };
}
