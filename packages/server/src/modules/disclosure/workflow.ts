// A request's workflow: loaded in the actor's scope (404 outside it), the act checked against core's state machine
// (409 naming the status), then the policy (403) on the row locked FOR UPDATE; each act written with its timeline
// row and its audit event.
import { randomUUID } from 'node:crypto';
import {
  mayActFrom,
  requestActAction,
  requestStatusLabels,
  type RequestAct,
  type RequestStatus,
} from '@fazhi/core/disclosure';
import { consoleLink, disclosureMenu } from '@fazhi/core/modules';
import type { Actor } from '../../platform/access/actor';
import { authorizeAs } from '../../platform/access/policy';
import { orgTarget, scopeFilter } from '../../platform/access/scope';
import type { CaseRef } from '../../platform/cases/kinds';
import type { Db } from '../../platform/db/connection';
import { conflict, notFound } from '../../platform/errors';
import { isRecordId } from '../../platform/modules/manifest';
import type { Services } from '../../platform/services';
import type { Tx, Writer } from '../../platform/write';
import { REQUEST_SUBJECT } from './catalogue';
import { requestPolicy, type RequestTarget } from './policy';
import './tables';

export async function loadRequest(services: Services, db: Db | Tx, actor: Actor | null, id: string, lock = false) {
  if (!isRecordId(id)) throw notFound('政府信息公开申请');
  let q = db.selectFrom('disclosure_requests as r').selectAll('r').where('r.id', '=', id);
  if (actor) q = q.where(scopeFilter(services.registry.grants, actor, 'disclosure.read', 'r.body_org_id'));
  const row = await (lock ? q.forUpdate('r') : q).executeTakeFirst();
  if (!row) throw notFound('政府信息公开申请');
  const body = await orgTarget(db as Db, row.body_org_id);
  if (!body) throw notFound('政府信息公开申请');
  const target: RequestTarget = { title: requestTitle(row), body };
  return { row, target };
}
export type RequestRow = Awaited<ReturnType<typeof loadRequest>>['row'];

/** How a clerk names a request: 申请公开“…”（GK…）, the description cut to a line. */
export function requestTitle(row: Pick<RequestRow, 'information_description' | 'tracking_number'>) {
  const d = row.information_description.replace(/\s+/g, ' ').trim();
  return `申请公开“${d.length > 30 ? `${d.slice(0, 30)}…` : d}”（${row.tracking_number}）`;
}

export const requestRef = (row: Pick<RequestRow, 'region_code' | 'id'>): CaseRef => ({
  regionCode: row.region_code,
  caseType: REQUEST_SUBJECT,
  caseId: row.id,
});

export const requestLink = (id: string) => consoleLink(disclosureMenu, 'disclosure-requests', id);

/** The request for an act: in scope (404), its status (409), the policy (403). The system (null actor) may act too. */
export async function requestForAct(services: Services, w: Writer, id: string, act: RequestAct) {
  const loaded = await loadRequest(services, w.tx, w.ctx.actor, id, true);
  if (!mayActFrom(act, loaded.row.status))
    throw conflict(
      'REQUEST_STATUS_CONFLICT',
      `申请当前状态为“${requestStatusLabels[loaded.row.status]}”，不能办理此事项`,
    );
  authorizeAs(services.registry.grants, w.ctx.actor, requestPolicy, requestActAction[act], loaded.target);
  return loaded;
}

/** An act on the request: the status it leaves, its timeline row and its audit event. */
export async function recordRequestAct(
  w: Writer,
  row: Pick<RequestRow, 'region_code' | 'id' | 'information_description' | 'tracking_number'>,
  a: { act: string; on: string; status: RequestStatus; summary: string; changes: Record<string, unknown> },
) {
  await w.tx
    .updateTable('disclosure_requests')
    .set({ status: a.status, updated_at: w.clock.now() })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.tx
    .insertInto('disclosure_request_acts')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      request_id: row.id,
      act: a.act,
      acted_on: a.on,
      status: a.status,
      summary: a.summary,
      actor_id: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: `${REQUEST_SUBJECT}.${a.act}`,
    subjectType: REQUEST_SUBJECT,
    subjectId: row.id,
    summary: `${requestTitle(row)}：${a.summary}`,
    changes: { ...a.changes, status: a.status, statusLabel: requestStatusLabels[a.status] },
  });
}

/** The reply period (第三十三条): one stored deadline per request, counted from the day of receipt. */
export const REPLY_KIND = 'reply';
export const CORRECTION_NOTICE_KIND = 'correction-notice';
export const APPLICANT_CORRECTION_KIND = 'applicant-correction';
export const consultationKindOf = (consultationId: string) => `consultation-${consultationId}`;
