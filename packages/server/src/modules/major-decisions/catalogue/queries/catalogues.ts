// The catalogues of the decision bodies the actor reaches (decision.read through the scope chokepoint), one
// version with its items, the year's versions and the actor's abilities on it.
import {
  catalogueStatusLabels,
  decisionStepDefinitions,
  decisionStepLabels,
  optionalStepWhen,
  optionalSteps,
  stepBasesIn,
  stepsFor,
  type ApplicableSteps,
  type DecisionStep,
} from '@fazhi/core/major-decisions';
import type { DecisionCatalogue, DecisionCatalogueItem, DecisionCatalogueRow } from '@fazhi/core/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { abilities, policyContext } from '../../../../platform/access/policy';
import { scopeFilter } from '../../../../platform/access/scope';
import { nearestRegionSetting } from '../../../../platform/deadlines';
import type { Db } from '../../../../platform/db/connection';
import type { Services } from '../../../../platform/services';
import { cataloguePolicy } from '../../policy';
import { decisionBodiesFor, loadCatalogue, regionUnits } from '../../support';
import type { DecisionCatalogueItemTable } from '../../tables';

type ItemRow = Omit<DecisionCatalogueItemTable, 'policy_basis'> & { policy_basis: string; sponsor_name: string };

export const applicableOf = (i: ItemRow): ApplicableSteps => ({
  hearing: i.hearing,
  expert_review: i.expert_review,
  risk_assessment: i.risk_assessment,
  fair_competition_review: i.fair_competition_review,
});

/** A catalogue's items in order, with their sponsors' names. */
export async function itemsOf(db: Db, regionCode: string, catalogueIds: readonly string[]) {
  if (catalogueIds.length === 0) return [];
  return db
    .selectFrom('decision_catalogue_items as i')
    .innerJoin('orgs as o', 'o.id', 'i.sponsor_org_id')
    .selectAll('i')
    .select('o.name as sponsor_name')
    .where('i.region_code', '=', regionCode)
    .where('i.catalogue_id', 'in', catalogueIds)
    .orderBy('i.seq')
    .execute();
}

/** The region's own filing rule (the source stored with its decision.filing period), if it set one. */
export async function filingRuleOf(db: Db, regionCode: string): Promise<string | undefined> {
  return (
    (await nearestRegionSetting(db, regionCode, 'deadline.rule.decision.filing.amount'))?.source?.trim() || undefined
  );
}

export function presentItem(i: ItemRow, bases: Record<DecisionStep, string>): DecisionCatalogueItem {
  const applicable = applicableOf(i);
  return {
    id: i.id,
    itemKey: i.item_key,
    seq: i.seq,
    title: i.title,
    sponsorOrgId: i.sponsor_org_id,
    sponsorName: i.sponsor_name,
    legalBasis: i.legal_basis,
    policyBasis: i.policy_basis,
    plannedStart: i.planned_start,
    plannedFinish: i.planned_finish,
    applicableSteps: optionalSteps.filter((s) => applicable[s]),
    applicableStepLabels: optionalSteps.filter((s) => applicable[s]).map((s) => decisionStepLabels[s]),
    steps: stepsFor(applicable).map((s) => ({ label: decisionStepDefinitions[s].label, basis: bases[s] })),
  };
}

export async function listCatalogues(
  services: Services,
  actor: Actor,
): Promise<{ items: DecisionCatalogueRow[]; bodies: { id: string; name: string }[] }> {
  const rows = await services.db
    .selectFrom('decision_catalogues as c')
    .innerJoin('orgs as o', 'o.id', 'c.body_org_id')
    .selectAll('c')
    .select('o.name as body_name')
    .select(
      sql<number>`(SELECT count(*)::int FROM decision_catalogue_items i WHERE i.region_code = c.region_code AND i.catalogue_id = c.id)`.as(
        'item_count',
      ),
    )
    .where(scopeFilter(services.registry.grants, actor, 'decision.read', 'c.body_org_id'))
    .orderBy('c.year', 'desc')
    .orderBy('o.path')
    .orderBy('c.version_no', 'desc')
    .limit(500)
    .execute();
  const bodies = await decisionBodiesFor(services, actor, 'decision.catalogue.manage');
  return {
    items: rows.map((c) => ({
      id: c.id,
      bodyName: c.body_name,
      year: c.year,
      versionNo: c.version_no,
      status: c.status,
      statusLabel: catalogueStatusLabels[c.status],
      adjustmentReason: c.adjustment_reason,
      partyConsentOn: c.party_consent_on,
      publishedOn: c.published_on,
      itemCount: c.item_count,
      isDemo: c.is_demo,
    })),
    bodies: bodies.map(({ id, name }) => ({ id, name })),
  };
}

export async function getCatalogue(services: Services, actor: Actor, id: string): Promise<DecisionCatalogue> {
  const { row, record } = await loadCatalogue(services, services.db, actor, id);
  const [items, versions] = await Promise.all([
    itemsOf(services.db, row.region_code, [row.id]),
    services.db
      .selectFrom('decision_catalogues')
      .select(['id', 'version_no', 'status', 'adjustment_reason', 'party_consent_on', 'published_on'])
      .where('body_org_id', '=', row.body_org_id)
      .where('year', '=', row.year)
      .orderBy('version_no')
      .execute(),
  ]);
  const bases = stepBasesIn(await filingRuleOf(services.db, row.region_code));
  const may = abilities(policyContext(services.registry.grants, actor), cataloguePolicy, record);
  const sponsors =
    may.editItems && row.status === 'draft'
      ? await regionUnits(services.db, row.region_code).orderBy('o.path').limit(1000).execute()
      : [];
  return {
    id: row.id,
    regionCode: row.region_code,
    bodyOrgId: row.body_org_id,
    bodyName: row.body_name,
    year: row.year,
    versionNo: row.version_no,
    status: row.status,
    statusLabel: catalogueStatusLabels[row.status],
    adjustmentReason: row.adjustment_reason,
    partyConsentOn: row.party_consent_on,
    partyConsentRecord: row.party_consent_record,
    publishedOn: row.published_on,
    isDemo: row.is_demo,
    items: items.map((i) => presentItem(i, bases)),
    versions: versions.map((v) => ({
      id: v.id,
      versionNo: v.version_no,
      status: v.status,
      statusLabel: catalogueStatusLabels[v.status],
      adjustmentReason: v.adjustment_reason,
      partyConsentOn: v.party_consent_on,
      publishedOn: v.published_on,
    })),
    sponsors,
    stepChoices: optionalSteps.map((s) => ({ value: s, label: `${decisionStepLabels[s]}（${optionalStepWhen[s]}）` })),
    abilities: may,
  };
}
