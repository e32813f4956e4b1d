// The people's mediation committees of the units in reach, with their mediators and — derived from today — what their
// make-up or term lacks (人民调解法 第八条、第九条; core `committeeProblems`), and the units under which the reader may
// register a committee or a dispute.
import { committeeKindLabels, committeeProblems, mediatorPostLabels } from '@fazhi/core/mediation';
import type { MediationCommittees } from '@fazhi/core/contracts';
import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import type { Services } from '../../../platform/services';

export async function recordableUnits(services: Services, actor: Actor) {
  return services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.kind', 'in', ['government', 'justice_bureau', 'department', 'township'])
    .where(scopeFilter(services.registry.grants, actor, 'mediation.record', 'o.id'))
    .orderBy('o.path')
    .limit(500)
    .execute();
}

export async function listCommittees(services: Services, actor: Actor): Promise<MediationCommittees> {
  const grants = services.registry.grants;
  const today = services.clock.today();
  const [committees, units] = await Promise.all([
    services.db
      .selectFrom('mediation_committees as c')
      .innerJoin('orgs as o', 'o.id', 'c.org_id')
      .selectAll('c')
      .select((eb) => [
        'o.name as org_name',
        eb
          .selectFrom('mediation_disputes as d')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('d.region_code', '=', 'c.region_code')
          .whereRef('d.committee_id', '=', 'c.id')
          .as('dispute_count'),
      ])
      .where(scopeFilter(grants, actor, 'mediation.read', 'c.org_id'))
      .orderBy('o.path')
      .orderBy('c.name')
      .limit(1000)
      .execute(),
    recordableUnits(services, actor),
  ]);
  const ids = committees.map((c) => c.id);
  const mediators = ids.length
    ? await services.db
        .selectFrom('mediation_mediators')
        .selectAll()
        .where('committee_id', 'in', ids)
        .orderBy('since')
        .orderBy('created_at')
        .execute()
    : [];
  const recordable = new Set(units.map((u) => u.id));
  return {
    items: committees.map((c) => {
      const own = mediators.filter((m) => m.committee_id === c.id);
      return {
        id: c.id,
        orgId: c.org_id,
        orgName: c.org_name,
        name: c.name,
        kind: c.kind,
        kindLabel: committeeKindLabels[c.kind],
        electedOn: c.elected_on,
        address: c.address,
        mediators: own.map((m) => ({
          id: m.id,
          name: m.name,
          post: m.post,
          postLabel: mediatorPostLabels[m.post],
          gender: m.gender,
          since: m.since,
        })),
        problems: committeeProblems(own, c.elected_on, today),
        disputeCount: Number(c.dispute_count ?? 0),
        canRecord: recordable.has(c.org_id),
        isDemo: c.is_demo,
      };
    }),
    units,
  };
}
