// The benchmarks of the bodies the actor reaches (discretion.read through the scope chokepoint): the list of
// versions with each one's standing today and why its item is no longer a penalty item of the body's list in force, one version with its versions and abilities, and the lookup a case uses
// — the version in force of a body's item on a day.
import {
  benchmarkActions,
  benchmarkItemLink,
  factKeys,
  factKinds,
  factLevels,
  versionInForce,
  versionStanding,
  versionStandingLabels,
  type LevelFact,
} from '@fazhi/core/discretion';
import type { DiscretionBenchmark, DiscretionBenchmarkRow } from '@fazhi/core/contracts';
import type { Actor } from '../../../platform/access/actor';
import { abilities, policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import { notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { itemLinkWarnings } from '../../power-lists/queries/item-by-code';
import { benchmarkPolicy } from '../policy';
import { asVersion, byItem, containing, loadBenchmark, rowInForce, versionsOf, type BenchmarkRow } from '../support';
import { presentCircumstance, presentRow } from './present';

const LIST_LIMIT = 1000;

export function scopedBenchmarks(services: Services, actor: Actor) {
  return services.db
    .selectFrom('discretion_benchmarks as b')
    .innerJoin('orgs as o', 'o.id', 'b.implementing_org_id')
    .selectAll('b')
    .select(['o.name as body_name', 'o.path as body_path'])
    .where(scopeFilter(services.registry.grants, actor, 'discretion.read', 'b.implementing_org_id'));
}

/** Each row's standing today among its item's versions (all of them are in the rows: scope is per body). */
function withStandings<R extends BenchmarkRow>(rows: R[], today: string) {
  const inForce = new Set(byItem(rows).map((versions) => rowInForce(versions, today)?.id));
  return rows.map((row) => ({
    row,
    standing: versionStanding(asVersion(row), inForce.has(row.id) ? asVersion(row) : null, today),
  }));
}

export async function listBenchmarks(
  services: Services,
  actor: Actor,
  query: { q?: string | undefined; implementingOrgId?: string | undefined },
): Promise<{ items: DiscretionBenchmarkRow[]; bodies: { id: string; name: string }[] }> {
  let q = scopedBenchmarks(services, actor);
  if (query.q) {
    const like = containing(query.q);
    q = q.where((eb) => eb.or([eb('b.item_name', 'like', like), eb('b.item_code', 'like', like)]));
  }
  // the statistics' figures of a body open its benchmarks here
  if (query.implementingOrgId) q = q.where('b.implementing_org_id', '=', query.implementingOrgId);
  const rows = await q
    .orderBy('o.path')
    .orderBy('b.item_code')
    .orderBy('b.version_no', 'desc')
    .limit(LIST_LIMIT)
    .execute();
  const bodies = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.kind', 'in', ['government', 'department', 'township'])
    .where(scopeFilter(services.registry.grants, actor, 'discretion.manage', 'o.id'))
    .orderBy('o.path')
    .limit(500)
    .execute();
  // a superseded version's item need not be in today's list; the others are flagged when it has left it
  const standings = withStandings(rows, services.clock.today());
  const warnings = await itemLinkWarnings(
    services.db,
    services.clock.today(),
    standings.map(({ row }) => ({
      regionCode: row.region_code,
      link: benchmarkItemLink,
      code: row.item_code,
      body: { orgId: row.implementing_org_id, name: row.body_name },
    })),
  );
  return {
    items: standings.map(({ row, standing }, n) => ({
      ...presentRow(row, standing),
      itemWarning: standing === 'superseded' ? null : (warnings[n] ?? null),
    })),
    bodies,
  };
}

export const factForm = factKeys.map((key) => {
  const def = factKinds[key];
  return {
    key,
    label: def.label,
    type: def.type,
    levels:
      def.type === 'level'
        ? Object.entries(factLevels[key as LevelFact]).map(([value, label]) => ({ value, label }))
        : [],
  };
});

export async function getBenchmark(services: Services, actor: Actor, id: string): Promise<DiscretionBenchmark> {
  const { row, record } = await loadBenchmark(services, services.db, actor, id);
  const today = services.clock.today();
  const versions = await versionsOf(services.db, row.implementing_org_id, row.item_code);
  const inForce = versionInForce(versions.map(asVersion), today);
  const standing = versionStanding(asVersion(row), inForce, today);
  const may = abilities(policyContext(services.registry.grants, actor), benchmarkPolicy, record);
  return {
    ...presentRow(row, standing),
    regionCode: row.region_code,
    legalBasis: row.legal_basis,
    reason: row.reason,
    circumstances: row.circumstances.map(presentCircumstance),
    versions: versions.map((v) => {
      const s = versionStanding(asVersion(v), inForce, today);
      return {
        id: v.id,
        versionNo: v.version_no,
        standing: s,
        standingLabel: versionStandingLabels[s],
        effectiveOn: v.effective_on,
        reason: v.reason,
      };
    }),
    facts: factForm,
    abilities: {
      ...may,
      // a draft is edited and published; a published version is revised by a new version, once no draft is open
      edit: may.edit && row.status === 'draft',
      publish: may.publish && row.status === 'draft',
      newVersion: may.newVersion && row.status === 'published' && !versions.some((v) => v.status === 'draft'),
    } satisfies Record<(typeof benchmarkActions)[number], boolean>,
  };
}

/** The version of a body's item in force on a day (today by default), in the actor's scope. */
export async function benchmarkInForce(
  services: Services,
  actor: Actor,
  query: { implementingOrgId: string; itemCode: string; on?: string | undefined },
) {
  const on = query.on ?? services.clock.today();
  const rows = await scopedBenchmarks(services, actor)
    .where('b.implementing_org_id', '=', query.implementingOrgId)
    .where('b.item_code', '=', query.itemCode)
    .execute();
  if (rows.length === 0) throw notFound('该事项的裁量基准');
  const row = rowInForce(rows, on);
  // the version's standing is today's, whatever the day asked about
  const today = services.clock.today();
  const current = rowInForce(rows, today);
  return {
    on,
    benchmark: row ? presentRow(row, versionStanding(asVersion(row), current && asVersion(current), today)) : null,
  };
}
