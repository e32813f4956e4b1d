// Module-wide pieces: a unit of the org tree as a body (where it sits, its name, its region), and a region as the
// registry's place.
import type { Db } from '../../platform/db/connection';
import { policyContext } from '../../platform/access/policy';
import type { Services } from '../../platform/services';
import type { Tx, Writer } from '../../platform/write';
import { notFound } from '../../platform/errors';
import { officerPolicy, type BodyRecord, type RegistryRecord } from './policy';

export interface UnitRecord extends BodyRecord {
  regionCode: string;
}

/** The unit with its place in the org tree; 404 when there is none (a refusal never says whether it exists). */
export async function unitRecord(db: Db | Tx, orgId: string): Promise<UnitRecord> {
  const row = await db
    .selectFrom('orgs as o')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .select(['o.id', 'o.path', 'o.name', 'o.region_code', 'r.path as region_path'])
    .where('o.id', '=', orgId)
    .executeTakeFirst();
  if (!row) throw notFound('单位');
  return {
    orgId: row.id,
    orgPath: row.path,
    regionPath: row.region_path,
    orgName: row.name,
    regionCode: row.region_code,
  };
}

export async function regionRecord(db: Db | Tx, regionCode: string): Promise<RegistryRecord & { code: string }> {
  const row = await db
    .selectFrom('regions')
    .select(['code', 'name', 'path'])
    .where('code', '=', regionCode)
    .executeTakeFirst();
  if (!row) throw notFound('行政区划');
  return { code: row.code, regionName: row.name, regionPath: row.path };
}

/** An officer is personal data: one who may not read the officer is told it does not exist (404), never 403. */
export async function officerFor(services: Services, w: Writer, id: string, lock = false) {
  let q = w.tx
    .selectFrom('enforcement_officers')
    .select(['id', 'org_id', 'name', 'certificate_number', 'certificate_status'])
    .where('id', '=', id);
  if (lock) q = q.forUpdate();
  const o = await q.executeTakeFirst();
  if (!o) throw notFound('执法人员');
  const unit = await unitRecord(w.tx, o.org_id);
  const record = { ...unit, name: o.name };
  const actor = w.ctx.actor;
  if (actor && !officerPolicy.rules.read(policyContext(services.registry.grants, actor), record))
    throw notFound('执法人员');
  return { officer: o, unit, record };
}
