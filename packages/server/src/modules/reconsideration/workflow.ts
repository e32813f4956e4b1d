// A case's workflow: loaded in the actor's scope (404 outside it), the act checked against core's state machine
// (409 naming the status), then the policy (403) on the row locked FOR UPDATE; each act written with its timeline
// row and its audit event.
import { randomUUID } from 'node:crypto';
import {
  caseActAction,
  caseStatusLabels,
  mayActFrom,
  type CaseAct,
  type CaseStatus,
} from '@fazhi/core/reconsideration';
import { consoleLink, reconsiderationMenu } from '@fazhi/core/modules';
import type { Actor } from '../../platform/access/actor';
import { authorizeAs } from '../../platform/access/policy';
import { orgTarget, scopeFilter } from '../../platform/access/scope';
import type { CaseRef } from '../../platform/cases/kinds';
import type { Db } from '../../platform/db/connection';
import { conflict, notFound } from '../../platform/errors';
import { isRecordId } from '../../platform/modules/manifest';
import type { Services } from '../../platform/services';
import type { Tx, Writer } from '../../platform/write';
import { CASE_SUBJECT } from './catalogue';
import { casePolicy, type CaseTarget } from './policy';
import './tables';

export async function loadCase(services: Services, db: Db | Tx, actor: Actor | null, id: string, lock = false) {
  if (!isRecordId(id)) throw notFound('行政复议案件');
  let q = db.selectFrom('reconsideration_cases as c').selectAll('c').where('c.id', '=', id);
  if (actor) q = q.where(scopeFilter(services.registry.grants, actor, 'reconsideration.read', 'c.office_org_id'));
  const row = await (lock ? q.forUpdate('c') : q).executeTakeFirst();
  if (!row) throw notFound('行政复议案件');
  const office = await orgTarget(db as Db, row.office_org_id);
  if (!office) throw notFound('行政复议案件');
  const target: CaseTarget = { title: caseTitle(row), office };
  return { row, target };
}
export type CaseRow = Awaited<ReturnType<typeof loadCase>>['row'];

/** How a clerk names a case: 对…的行政复议申请（FY…）. */
export function caseTitle(row: Pick<CaseRow, 'respondent_name' | 'contested_act' | 'tracking_number'>) {
  return `不服${row.respondent_name}${row.contested_act}（${row.tracking_number}）`;
}

export const caseRef = (row: Pick<CaseRow, 'region_code' | 'id'>): CaseRef => ({
  regionCode: row.region_code,
  caseType: CASE_SUBJECT,
  caseId: row.id,
});

export const caseLink = (id: string) => consoleLink(reconsiderationMenu, 'reconsideration-cases', id);

/** The case for an act: in scope (404), its status (409), the policy (403). The system (null actor) may act too. */
export async function caseForAct(services: Services, w: Writer, id: string, act: CaseAct) {
  const loaded = await loadCase(services, w.tx, w.ctx.actor, id, true);
  if (!mayActFrom(act, loaded.row.status))
    throw conflict('CASE_STATUS_CONFLICT', `案件当前状态为“${caseStatusLabels[loaded.row.status]}”，不能办理此事项`);
  authorizeAs(services.registry.grants, w.ctx.actor, casePolicy, caseActAction[act], loaded.target);
  return loaded;
}

/** An act on the case: the status it leaves, its timeline row and its audit event. */
export async function recordCaseAct(
  w: Writer,
  row: Pick<CaseRow, 'region_code' | 'id' | 'status' | 'respondent_name' | 'contested_act' | 'tracking_number'>,
  a: { act: string; on: string; status: CaseStatus; summary: string; changes: Record<string, unknown> },
) {
  await w.tx
    .updateTable('reconsideration_cases')
    .set({ status: a.status, updated_at: w.clock.now() })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.tx
    .insertInto('reconsideration_case_acts')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      case_id: row.id,
      act: a.act,
      acted_on: a.on,
      status: a.status,
      summary: a.summary,
      actor_id: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: `${CASE_SUBJECT}.${a.act}`,
    subjectType: CASE_SUBJECT,
    subjectId: row.id,
    summary: `${caseTitle(row)}：${a.summary}`,
    changes: { ...a.changes, status: a.status, statusLabel: caseStatusLabels[a.status] },
  });
}
