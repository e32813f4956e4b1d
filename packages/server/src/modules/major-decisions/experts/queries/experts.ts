// The expert pools the actor reads — the regions its policy lets it read (a region-wide or platform assignment) —
// with their experts, and the draws made from them, each checked again from its recorded seed and candidates.
import type { DecisionExpert, DecisionExpertList, ExpertDraw } from '@fazhi/core/contracts';
import { drawByRank } from '@fazhi/core/major-decisions';
import type { Actor } from '../../../../platform/access/actor';
import { abilities, policyContext } from '../../../../platform/access/policy';
import { regionScopeFilter } from '../../../../platform/access/scope';
import type { Services } from '../../../../platform/services';
import { notFound } from '../../../../platform/errors';
import { expertPoolPolicy } from '../../policy';
import type { DecisionExpertDrawTable } from '../../tables';
import { drawRank } from '../commands/draw-experts';

/** The regions whose pool the actor reads, with its abilities there. */
async function readableRegions(services: Services, actor: Actor) {
  const p = policyContext(services.registry.grants, actor);
  const regions = await services.db
    .selectFrom('regions as r')
    .select(['r.code', 'r.name', 'r.path'])
    .where(regionScopeFilter(services.registry.grants, actor, 'decision.read', 'r.code'))
    .orderBy('r.path')
    .limit(1000)
    .execute();
  return regions
    .map((r) => ({
      code: r.code,
      name: r.name,
      abilities: abilities(p, expertPoolPolicy, { regionPath: r.path, regionName: r.name }),
    }))
    .filter((r) => r.abilities.read);
}

export async function listExperts(services: Services, actor: Actor): Promise<DecisionExpertList> {
  const regions = await readableRegions(services, actor);
  const rows = regions.length
    ? await services.db
        .selectFrom('decision_experts')
        .selectAll()
        .where(
          'region_code',
          'in',
          regions.map((r) => r.code),
        )
        .orderBy('field')
        .orderBy('name')
        .limit(2000)
        .execute()
    : [];
  return {
    regions,
    items: rows.map((e): DecisionExpert => ({
      id: e.id,
      regionCode: e.region_code,
      name: e.name,
      field: e.field,
      employer: e.employer,
      termFrom: e.term_from,
      termTo: e.term_to,
      conflicts: e.conflicts,
      isDemo: e.is_demo,
    })),
  };
}

type DrawRow = Omit<
  DecisionExpertDrawTable,
  'interests' | 'candidates' | 'excluded' | 'drawn' | 'is_demo' | 'created_at'
> & {
  interests: string[];
  candidates: { id: string; name: string }[];
  excluded: { id: string; name: string; reason: string }[];
  drawn: { id: string; name: string; employer: string }[];
  is_demo: boolean;
};

function presentDraw(d: DrawRow): ExpertDraw {
  const again = drawByRank(d.candidates, d.count, drawRank(d.seed));
  return {
    id: d.id,
    regionCode: d.region_code,
    matter: d.matter,
    field: d.field,
    count: d.count,
    interests: d.interests,
    seed: d.seed,
    candidates: d.candidates,
    excluded: d.excluded,
    drawn: d.drawn,
    drawnOn: d.drawn_on,
    verified: again !== null && again.map((c) => c.id).join() === d.drawn.map((c) => c.id).join(),
    isDemo: d.is_demo,
  };
}

export async function listDraws(services: Services, actor: Actor): Promise<ExpertDraw[]> {
  const regions = await readableRegions(services, actor);
  if (!regions.length) return [];
  const rows = await services.db
    .selectFrom('decision_expert_draws')
    .selectAll()
    .where(
      'region_code',
      'in',
      regions.map((r) => r.code),
    )
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map(presentDraw);
}

export async function getDraw(services: Services, actor: Actor, id: string): Promise<ExpertDraw> {
  const regions = await readableRegions(services, actor);
  const row = regions.length
    ? await services.db
        .selectFrom('decision_expert_draws')
        .selectAll()
        .where('id', '=', id)
        .where(
          'region_code',
          'in',
          regions.map((r) => r.code),
        )
        .executeTakeFirst()
    : undefined;
  if (!row) throw notFound('专家抽取记录');
  return presentDraw(row);
}
