// The module-wide pieces: loading a catalogue version in the actor's scope (404 outside it) as the record its
// policy decides on, the check that a unit may be a decision body in its region, and a region's expert pool.
import {
  catalogueActRefusal,
  procedureApplicability,
  type CatalogueAction,
  type ExpertAction,
} from '@fazhi/core/major-decisions';
import { sql } from 'kysely';
import { orgTarget, scopeFilter } from '../../platform/access/scope';
import type { Actor } from '../../platform/access/actor';
import type { Tx } from '../../platform/audit/write';
import type { Db } from '../../platform/db/connection';
import { authorizeAs, policyContext } from '../../platform/access/policy';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import { cataloguePolicy, expertPoolPolicy, type CatalogueRecord, type ExpertPoolRecord } from './policy';
import { decisionSettings } from './settings';
import './tables';

/** A catalogue version with its body, in the actor's reach for decision.read (the system reaches every one). */
export async function loadCatalogue(
  services: Services,
  db: Db | Tx,
  actor: Actor | null,
  id: string,
  forUpdate = false,
) {
  let q = db
    .selectFrom('decision_catalogues as c')
    .innerJoin('orgs as o', 'o.id', 'c.body_org_id')
    .selectAll('c')
    .select('o.name as body_name')
    .where('c.id', '=', id);
  if (actor) q = q.where(scopeFilter(services.registry.grants, actor, 'decision.read', 'c.body_org_id'));
  const row = await (forUpdate ? q.forUpdate('c') : q).executeTakeFirst();
  if (!row) throw notFound('决策事项目录');
  const target = await orgTarget(db, row.body_org_id);
  if (!target) throw notFound('决策机关');
  const record: CatalogueRecord = { ...target, bodyName: row.body_name, year: row.year };
  return { row, record };
}

export type LoadedCatalogue = Awaited<ReturnType<typeof loadCatalogue>>;

/**
 * 第二条: a people's government is a decision body; 第四十二条: a department or township follows the procedure by
 * reference where the region's setting says so. Anything else cannot keep a catalogue.
 */
export async function decisionBody(db: Db | Tx, orgId: string) {
  const org = await db
    .selectFrom('orgs')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('id', '=', orgId)
    .executeTakeFirst();
  if (!org) throw notFound('决策机关');
  const follow = await decisionSettings.read(db, org.region_code, 'decision.departments-and-townships-follow');
  if (procedureApplicability(org.kind, follow) === 'not_required')
    throw invalid('NOT_A_DECISION_BODY', `${org.name}不是重大行政决策的决策机关，不编制决策事项目录`, [
      { path: 'bodyOrgId', message: '应为县级以上人民政府，或者参照执行的政府部门、乡级人民政府' },
    ]);
  return org;
}

/** The units of a region and the regions below it (internal offices excepted): who may be an item's 承办单位. */
export function regionUnits(db: Db | Tx, regionCode: string) {
  return db
    .selectFrom('orgs as o')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .innerJoin('regions as body', (j) => j.on('body.code', '=', regionCode))
    .select(['o.id', 'o.name'])
    .where('o.kind', '!=', 'internal_office')
    .where(sql<boolean>`r.path LIKE body.path || '%'`);
}

/** An item's 承办单位 must be a unit of the body's region or below it. */
export async function sponsorIn(db: Db | Tx, regionCode: string, orgId: string) {
  const org = await regionUnits(db, regionCode).where('o.id', '=', orgId).executeTakeFirst();
  if (!org)
    throw invalid('SPONSOR_OUTSIDE_REGION', '承办单位应为本行政区域的单位', [
      { path: 'sponsorOrgId', message: '请选择本行政区域的单位' },
    ]);
  return org;
}

/**
 * A catalogue loaded for an act: in scope (404), locked, the policy's answer (403), then the version's state
 * (409; 422 for publication without the Party committee's consent, the missing step of 第三条第三款).
 */
export async function catalogueForAct(
  services: Services,
  tx: Tx,
  actor: Actor | null,
  id: string,
  act: Exclude<CatalogueAction, 'read'>,
) {
  const loaded = await loadCatalogue(services, tx, actor, id, true);
  authorizeAs(services.registry.grants, actor, cataloguePolicy, act, loaded.record);
  const items = await tx
    .selectFrom('decision_catalogue_items')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('region_code', '=', loaded.row.region_code)
    .where('catalogue_id', '=', id)
    .executeTakeFirstOrThrow();
  const refusal = catalogueActRefusal(loaded.row.status, act, {
    itemCount: Number(items.n),
    partyConsented: loaded.row.party_consent_on !== null,
  });
  if (refusal)
    throw refusal.code === 'PARTY_CONSENT_MISSING' || refusal.code === 'CATALOGUE_EMPTY'
      ? invalid(refusal.code, refusal.message)
      : conflict(refusal.code, refusal.message);
  return { ...loaded, itemCount: Number(items.n) };
}

/**
 * A region's expert pool for an act: the region in the actor's reach for reading (404 otherwise, as absent), then
 * the policy's answer for the act (403).
 */
export async function expertPoolFor(
  services: Services,
  db: Db | Tx,
  actor: Actor | null,
  regionCode: string,
  act: ExpertAction,
): Promise<ExpertPoolRecord & { regionCode: string }> {
  const region = await db
    .selectFrom('regions')
    .select(['code', 'name', 'path'])
    .where('code', '=', regionCode)
    .executeTakeFirst();
  if (!region) throw notFound('行政区域');
  const record = { regionPath: region.path, regionName: region.name, regionCode: region.code };
  if (actor) {
    const p = policyContext(services.registry.grants, actor);
    if (!expertPoolPolicy.rules.read(p, record)) throw notFound('决策咨询论证专家库');
    authorizeAs(services.registry.grants, actor, expertPoolPolicy, act, record);
  }
  return record;
}

/**
 * The decision bodies (第二条; by reference, 第四十二条, where the region's setting says so) at which the actor holds
 * `action`: where the user may draft a catalogue, or record a proposal.
 */
export async function decisionBodiesFor(services: Services, actor: Actor, action: string) {
  const candidates = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name', 'o.kind', 'o.region_code'])
    .where('o.kind', 'in', ['government', 'department', 'township'])
    .where(scopeFilter(services.registry.grants, actor, action, 'o.id'))
    .orderBy('o.path')
    .limit(500)
    .execute();
  const bodies: { id: string; name: string; regionCode: string }[] = [];
  for (const o of candidates) {
    const follow = await decisionSettings.read(services.db, o.region_code, 'decision.departments-and-townships-follow');
    if (procedureApplicability(o.kind, follow) !== 'not_required')
      bodies.push({ id: o.id, name: o.name, regionCode: o.region_code });
  }
  return bodies;
}
