// The advisers and government lawyers of the units the actor reaches (legal-advisers.read through the scope
// chokepoint), each contract's standing derived from today and the region's warning days, the number of matters each
// took part in; and the engagements of those advisers, newest first.
import {
  adviserKindLabels,
  adviserLevelLabels,
  contractStanding,
  contractStandingLabels,
  engagementKindLabels,
} from '@fazhi/core/legal-advisers';
import type { LegalAdviserEngagements, LegalAdviserList } from '@fazhi/core/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import type { Services } from '../../../../platform/services';
import { legalAdviserSettings } from '../../settings';
import { choices } from '../../support';

export async function listAdvisers(services: Services, actor: Actor): Promise<LegalAdviserList> {
  const grants = services.registry.grants;
  const rows = await services.db
    .selectFrom('legal_advisers as a')
    .innerJoin('orgs as o', 'o.id', 'a.unit_id')
    .selectAll('a')
    .select('o.name as unit_name')
    .select(
      sql<number>`(SELECT count(*)::int FROM legal_adviser_engagements e WHERE e.region_code = a.region_code AND e.adviser_id = a.id)`.as(
        'engagement_count',
      ),
    )
    .where(scopeFilter(grants, actor, 'legal-advisers.read', 'a.unit_id'))
    .orderBy('o.path')
    .orderBy('a.level')
    .orderBy('a.community_name')
    .orderBy('a.name')
    .limit(2000)
    .execute();
  const warnDays = await legalAdviserSettings.read(
    services.db,
    actor.homeRegionCode ?? '',
    'legal-advisers.contract.warn-days',
  );
  const today = services.clock.today();
  const units = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name', 'o.kind'])
    .where(scopeFilter(grants, actor, 'legal-advisers.manage', 'o.id'))
    .where('o.kind', '!=', 'internal_office')
    .orderBy('o.path')
    .limit(500)
    .execute();
  return {
    items: rows.map((a) => {
      const s =
        a.contract_from && a.contract_until
          ? contractStanding({ from: a.contract_from, until: a.contract_until }, today, warnDays)
          : null;
      return {
        id: a.id,
        unitId: a.unit_id,
        unitName: a.unit_name,
        level: a.level,
        levelLabel: adviserLevelLabels[a.level],
        communityName: a.community_name,
        kind: a.kind,
        kindLabel: adviserKindLabels[a.kind],
        name: a.name,
        firm: a.firm,
        licenceNumber: a.licence_number,
        certificateNumber: a.certificate_number,
        contractFrom: a.contract_from,
        contractUntil: a.contract_until,
        feeYuan: a.fee_yuan === null ? null : Number(a.fee_yuan),
        serviceScope: a.service_scope,
        standing: s?.standing ?? null,
        standingLabel: s ? contractStandingLabels[s.standing] : null,
        daysLeft: s?.daysLeft ?? null,
        engagementCount: a.engagement_count,
        isDemo: a.is_demo,
      };
    }),
    units,
    levels: choices(adviserLevelLabels),
    kinds: choices(adviserKindLabels),
    warnDays,
  };
}

export async function listEngagements(
  services: Services,
  actor: Actor,
  q: { adviserId?: string | undefined },
): Promise<LegalAdviserEngagements> {
  let query = services.db
    .selectFrom('legal_adviser_engagements as e')
    .innerJoin('legal_advisers as a', (j) =>
      j.onRef('a.region_code', '=', 'e.region_code').onRef('a.id', '=', 'e.adviser_id'),
    )
    .innerJoin('orgs as o', 'o.id', 'a.unit_id')
    .selectAll('e')
    .select(['a.name as adviser_name', 'o.name as unit_name'])
    .where(scopeFilter(services.registry.grants, actor, 'legal-advisers.read', 'a.unit_id'));
  if (q.adviserId) query = query.where('e.adviser_id', '=', q.adviserId);
  const rows = await query.orderBy('e.engaged_on', 'desc').orderBy('e.id').limit(500).execute();
  return {
    items: rows.map((e) => ({
      id: e.id,
      adviserId: e.adviser_id,
      adviserName: e.adviser_name,
      unitName: e.unit_name,
      kind: e.kind,
      kindLabel: engagementKindLabels[e.kind],
      matter: e.matter,
      engagedOn: e.engaged_on,
      opinion: e.opinion,
      signedOn: e.signed_on,
      isDemo: e.is_demo,
    })),
    kinds: choices(engagementKindLabels),
  };
}
