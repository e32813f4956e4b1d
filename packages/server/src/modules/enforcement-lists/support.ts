// What the module's commands and queries share: the enforcement body (an organisation of the org tree, named by
// its id — the enforcement module keeps what makes it a body; this module reads only the tree) located for the
// scope check, a list row as core's rules read it, and a version's Chinese name.
import type { ListKind, ListRow } from '@fazhi/core/enforcement-lists';
import { listKindLabels } from '@fazhi/core/enforcement-lists';
import type { Actor } from '../../platform/access/actor';
import { authorizeAs, policyContext } from '../../platform/access/policy';
import { orgTarget } from '../../platform/access/scope';
import type { Db } from '../../platform/db/connection';
import { notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import { enforcementListPolicy, type ListRecord } from './policy';
import type { ListItemRow } from './tables';

export interface Body extends ListRecord {
  regionCode: string;
}

/** The body in the actor's reach for `action` (404 when the actor may not even read its lists, 403 otherwise). */
export async function bodyForAct(
  services: Services,
  db: Db,
  actor: Actor | null,
  orgId: string,
  action: 'read' | 'publish',
): Promise<Body> {
  const [target, org] = await Promise.all([
    orgTarget(db, orgId),
    db.selectFrom('orgs').select(['name', 'region_code']).where('id', '=', orgId).executeTakeFirst(),
  ]);
  if (!target || !org) throw notFound('执法主体');
  const body: Body = { ...target, bodyName: org.name, regionCode: org.region_code };
  if (actor && !enforcementListPolicy.rules.read(policyContext(services.registry.grants, actor), body))
    throw notFound('执法主体');
  authorizeAs(services.registry.grants, actor, enforcementListPolicy, action, body);
  return body;
}

export const versionName = (bodyName: string, kind: ListKind, versionNo: number) =>
  `${bodyName}${listKindLabels[kind]}（第${versionNo}版）`;

export function rowOf(i: ListItemRow): ListRow {
  return {
    itemCode: i.item_code,
    itemName: i.item_name,
    basis: i.basis,
    content: i.content,
    method: i.method,
    step: i.step,
    category: i.category,
    level: i.level,
    field: i.field,
    amountFrom: i.amount_from === null ? null : Number(i.amount_from),
  };
}

/** The rows of list versions, in order. */
export async function rowsOf(db: Db, regionCode: string, listIds: readonly string[]) {
  if (listIds.length === 0) return [];
  return db
    .selectFrom('enforcement_list_items')
    .selectAll()
    .where('region_code', '=', regionCode)
    .where('list_id', 'in', listIds)
    .orderBy('list_id')
    .orderBy('seq')
    .execute();
}
