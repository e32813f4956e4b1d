// What the module's commands and queries share: the enforcement body (an organisation of the org tree, named by
// its id — the enforcement module keeps what makes it a body; this module reads only the tree) located for the
// scope check, a list row as core's rules read it, and a version's Chinese name.
import type { ListKind, ListRow } from '@fazhi/core/enforcement-lists';
import { listKindLabels } from '@fazhi/core/enforcement-lists';
import type { Actor } from '../../platform/access/actor';
import { unitForAct, type UnitRecord } from '../../platform/access/unit-record';
import type { Db } from '../../platform/db/connection';
import type { Services } from '../../platform/services';
import { enforcementListPolicy } from './policy';
import type { ListItemRow } from './tables';

export type Body = UnitRecord;

/** The body in the actor's reach for `action` (404 when the actor may not even read its lists, 403 otherwise). */
export const bodyForAct = (
  services: Services,
  db: Db,
  actor: Actor | null,
  orgId: string,
  action: 'read' | 'publish',
) => unitForAct(services, db, actor, orgId, enforcementListPolicy, action, '执法主体');

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
