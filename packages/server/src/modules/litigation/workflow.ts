// A suit located for an act or a read: loaded (FOR UPDATE for an act) with its agency in the actor's scope (404 out
// of reach, 403 without the act), the act checked against the suit's state (409 naming it), and its title, link and
// shared-case reference, which every command and query uses.
import { mayTake, suitActLabels, suitStatusLabels, type SuitAct } from '@fazhi/core/litigation';
import { consoleLink, litigationMenu } from '@fazhi/core/modules';
import type { Actor } from '../../platform/access/actor';
import { asNotFound, unitForAct } from '../../platform/access/unit-record';
import type { CaseRef } from '../../platform/cases/kinds';
import type { Db } from '../../platform/db/connection';
import { conflict, notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import type { Writer } from '../../platform/write';
import { SUIT_SUBJECT } from './catalogue';
import { suitPolicy } from './policy';
import type { SuitRecord } from './tables';

export const suitTitle = (r: Pick<SuitRecord, 'suit_number' | 'suit_cause'>) => `${r.suit_number}（${r.suit_cause}）`;
export const suitLink = (id: string) => consoleLink(litigationMenu, 'litigation-suits', id);
export const suitRef = (r: Pick<SuitRecord, 'region_code' | 'id'>): CaseRef => ({
  regionCode: r.region_code,
  caseType: SUIT_SUBJECT,
  caseId: r.id,
});

export const agencyFor = (services: Services, db: Db, actor: Actor | null, orgId: string, action: 'read' | SuitAct) =>
  unitForAct(services, db, actor, orgId, suitPolicy, action, '被诉行政机关');

/** A suit in the actor's scope for a read or an act (`FOR UPDATE` when `lock`). */
export async function loadSuit(
  services: Services,
  db: Db,
  actor: Actor | null,
  id: string,
  action: 'read' | SuitAct,
  lock = false,
) {
  let q = db.selectFrom('litigation_suits').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('行政诉讼案件');
  const body = await agencyFor(services, db, actor, row.body_org_id, action).catch(asNotFound('行政诉讼案件'));
  return { row, body };
}

/** The suit for an act in the caller's write transaction: in scope, allowed, and in a state the act is taken from. */
export async function suitForAct(services: Services, w: Writer, id: string, act: SuitAct) {
  const found = await loadSuit(services, w.tx, w.ctx.actor, id, act, true);
  if (!mayTake(act, found.row.status))
    throw conflict('SUIT_WRONG_STATUS', `案件${suitStatusLabels[found.row.status]}，不能${suitActLabels[act]}`);
  return found;
}
