// A record kept at a unit (an organisation of the org tree, named by its id): the unit located for the scope check,
// with its name and region, and the actor's act on it decided by the record's policy — 404 when the actor may not
// even read the unit's records of that kind (indistinguishable from absent), 403 when it reads but may not act.
// The enforcement lists and the commitments locate their body this way.
import type { Db } from '../db/connection';
import { AppError, notFound } from '../errors';
import type { Services } from '../services';
import type { Actor } from './actor';
import { authorizeAs, policyContext, type Policy } from './policy';
import { orgTarget } from './scope';
import type { ScopeTarget } from '@fazhi/core/access';

export interface UnitRecord extends ScopeTarget {
  bodyName: string;
  regionCode: string;
}

export async function unitForAct<A extends string>(
  services: Services,
  db: Db,
  actor: Actor | null,
  orgId: string,
  policy: Policy<UnitRecord, A | 'read'>,
  action: A | 'read',
  what: string,
): Promise<UnitRecord> {
  const [target, org] = await Promise.all([
    orgTarget(db, orgId),
    db.selectFrom('orgs').select(['name', 'region_code']).where('id', '=', orgId).executeTakeFirst(),
  ]);
  if (!target || !org) throw notFound(what);
  const unit: UnitRecord = { ...target, bodyName: org.name, regionCode: org.region_code };
  if (actor && !policy.rules.read(policyContext(services.registry.grants, actor), unit)) throw notFound(what);
  authorizeAs(services.registry.grants, actor, policy, action, unit);
  return unit;
}

/** A record's unit out of reach answered as the record itself not found (404 naming the record); a 403 stays. */
export const asNotFound = (what: string) => (e: unknown) => {
  throw e instanceof AppError && e.status === 404 ? notFound(what) : e;
};
