// What the mediation commands and queries share: the unit located for the scope check, a committee or a dispute
// loaded for an act (`FOR UPDATE`) or a read in the actor's scope, the dispute's register number and its console link.
import { consoleLink, mediationMenu } from '@fazhi/core/modules';
import type { Actor } from '../../platform/access/actor';
import { asNotFound, unitForAct } from '../../platform/access/unit-record';
import type { Db } from '../../platform/db/connection';
import { notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import { mediationPolicy } from './policy';
import { DISPUTE_SUBJECT } from './catalogue';

export const unitForMediation = (
  services: Services,
  db: Db,
  actor: Actor | null,
  orgId: string,
  action: 'read' | 'record',
  what = '所属单位',
) => unitForAct(services, db, actor, orgId, mediationPolicy, action, what);

export async function committeeFor(
  services: Services,
  db: Db,
  actor: Actor | null,
  id: string,
  action: 'read' | 'record',
  lock = false,
) {
  let q = db.selectFrom('mediation_committees').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('人民调解委员会');
  const unit = await unitForMediation(services, db, actor, row.org_id, action).catch(asNotFound('人民调解委员会'));
  return { row, unit };
}

export async function disputeFor(
  services: Services,
  db: Db,
  actor: Actor | null,
  id: string,
  action: 'read' | 'record',
  lock = false,
) {
  let q = db
    .selectFrom('mediation_disputes as d')
    .leftJoin('mediation_committees as c', (j) =>
      j.onRef('c.region_code', '=', 'd.region_code').onRef('c.id', '=', 'd.committee_id'),
    )
    .selectAll('d')
    .select('c.name as committee_name')
    .where('d.id', '=', id);
  if (lock) q = q.forUpdate('d');
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('调解纠纷');
  const unit = await unitForMediation(services, db, actor, row.org_id, action).catch(asNotFound('调解纠纷'));
  return { row, unit };
}

/** 登记编号: （2026）第12号 within the unit's year. */
export const disputeNumber = (r: { year: number; seq: number }) => `（${r.year}）第${r.seq}号`;

export const disputeRef = (r: { region_code: string; id: string }) => ({
  regionCode: r.region_code,
  caseType: DISPUTE_SUBJECT,
  caseId: r.id,
});

export const disputeLink = (id: string) => consoleLink(mediationMenu, 'mediation-disputes', id);
