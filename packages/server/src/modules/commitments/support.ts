// What the commitments commands and queries share: the handling body located for the scope check, and a matter
// loaded with its item for an act or a read.
import type { Actor } from '../../platform/access/actor';
import { asNotFound, unitForAct } from '../../platform/access/unit-record';
import type { Db } from '../../platform/db/connection';
import { notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import { commitmentPolicy } from './policy';

export const bodyForAct = (
  services: Services,
  db: Db,
  actor: Actor | null,
  orgId: string,
  action: 'read' | 'record' | 'check',
) => unitForAct(services, db, actor, orgId, commitmentPolicy, action, '办理机关');

/** A matter with its item, for an act (`FOR UPDATE` when `lock`) or a read, in the actor's scope. */
export async function matterFor(
  services: Services,
  db: Db,
  actor: Actor | null,
  id: string,
  action: 'read' | 'check',
  lock = false,
) {
  let q = db
    .selectFrom('commitment_matters as m')
    .innerJoin('commitment_items as i', (j) =>
      j.onRef('i.region_code', '=', 'm.region_code').onRef('i.id', '=', 'm.item_id'),
    )
    .selectAll('m')
    .select(['i.list', 'i.item_code', 'i.item_name', 'i.basis'])
    .where('m.id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('告知承诺办理事项');
  const body = await bodyForAct(services, db, actor, row.body_org_id, action).catch(asNotFound('告知承诺办理事项'));
  return { row, body };
}
