import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../platform/access/actor';
import { regionScopeFilter } from '../../platform/access/scope';
import { PLATFORM_REGION } from '../../platform/audit/chain';
import type { Services } from '../../platform/services';
import { pageOf, pageFields, pageSlice } from '../../platform/db/paginate';
import type { AuditDetail, AuditRow, Page } from '@fazhi/core/contracts';

export const auditQuery = z.object({
  regionCode: z
    .string()
    .regex(/^\d{6,9}$/, '区划代码格式不正确')
    .optional(),
  actor: z.string().trim().max(100).optional(),
  orgId: z.uuid('单位标识格式不正确').optional(),
  subjectType: z.string().trim().max(50).optional(),
  subjectId: z.string().trim().max(100).optional(),
  action: z.string().trim().max(100).optional(),
  from: z.iso
    .datetime({ offset: true, error: '开始时间格式不正确' })
    .or(z.iso.date({ error: '开始日期格式不正确' }))
    .optional(),
  to: z.iso
    .datetime({ offset: true, error: '结束时间格式不正确' })
    .or(z.iso.date({ error: '结束日期格式不正确' }))
    .optional(),
  ...pageFields,
});

/** Audit chains are per region; an auditor sees the chains of the regions they reach, and the platform chain
 * only with a platform-wide assignment. */
export function auditScope(services: Services, actor: Actor) {
  const platform = actor.assignments.some((a) => a.scope === 'platform');
  return platform
    ? sql<boolean>`true`
    : regionScopeFilter(services.registry.grants, actor, 'audit.read', 'e.region_code');
}

export type AuditFilters = Omit<z.infer<typeof auditQuery>, 'page' | 'pageSize'>;

/** The events the actor may read, with the filters applied (the list and the Excel export share it). They are read
 * from the view audit_log: the region chains' events and the bulk writes' sub-chain events, each at its seal's
 * number with its place in the sub-chain (batch_seq), so an import's events are listed one by one. */
export function filteredAuditEvents(services: Services, actor: Actor, q: AuditFilters) {
  let query = services.db.selectFrom('audit_log as e').where(auditScope(services, actor));
  if (!actor.assignments.some((a) => a.scope === 'platform'))
    query = query.where('e.region_code', '!=', PLATFORM_REGION);
  if (q.regionCode) query = query.where('e.region_code', '=', q.regionCode);
  if (q.actor) query = query.where('e.actor_username', '=', q.actor);
  if (q.orgId) query = query.where('e.actor_org_id', '=', q.orgId);
  if (q.subjectType) query = query.where('e.subject_type', '=', q.subjectType);
  if (q.subjectId) query = query.where('e.subject_id', '=', q.subjectId);
  if (q.action) query = query.where('e.action', '=', q.action);
  if (q.from) query = query.where('e.occurred_at', '>=', new Date(q.from));
  if (q.to)
    query = query.where(
      'e.occurred_at',
      '<',
      q.to.length === 10 ? new Date(new Date(q.to).getTime() + 86400_000) : new Date(q.to),
    );
  return query;
}

export async function listAuditEvents(
  services: Services,
  actor: Actor,
  q: z.infer<typeof auditQuery>,
): Promise<Page<AuditRow>> {
  const query = filteredAuditEvents(services, actor, q);
  const total = (await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst())?.n;
  const rows = await query
    .select([
      'e.region_code',
      'e.seq',
      'e.batch_seq',
      'e.id',
      'e.occurred_at',
      'e.actor_username',
      'e.actor_org_id',
      'e.action',
      'e.subject_type',
      'e.subject_id',
      'e.summary',
      'e.ip',
    ])
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.seq', 'desc')
    // at one instant a seal comes first (newest first), then its sub-chain's events from the last
    .orderBy('e.batch_seq', 'desc')
    .limit(pageSlice(q).limit)
    .offset(pageSlice(q).offset)
    .execute();
  return pageOf(
    q,
    total,
    rows.map((e) => ({
      regionCode: e.region_code,
      seq: Number(e.seq),
      batchSeq: e.batch_seq,
      id: e.id,
      occurredAt: e.occurred_at.toISOString(),
      actor: e.actor_username,
      actorOrgId: e.actor_org_id,
      action: e.action,
      actionLabel: services.registry.auditLabels.get(e.action) ?? e.action,
      subjectType: e.subject_type,
      subjectTypeLabel: subjectTypeLabel(services, e.subject_type),
      subjectId: e.subject_id,
      summary: e.summary,
      ip: e.ip,
    })),
  );
}

/** The Chinese name of the kind of record an event names, as its module declares it (null when none does). */
export function subjectTypeLabel(services: Services, type: string | null): string | null {
  return type === null ? null : (services.registry.subjectTypes.get(type)?.label ?? null);
}

/** One event: of the region's chain, or (batchSeq) the event at that place of the sub-chain the event seq seals. */
export async function getAuditEvent(
  services: Services,
  actor: Actor,
  regionCode: string,
  seq: string,
  batchSeq?: number,
): Promise<AuditDetail | null> {
  const e = await services.db
    .selectFrom('audit_log as e')
    .selectAll()
    .where('e.region_code', '=', regionCode)
    .where('e.seq', '=', seq)
    .where('e.batch_seq', batchSeq === undefined ? 'is' : '=', batchSeq ?? null)
    .where(auditScope(services, actor))
    .executeTakeFirst();
  if (!e || (e.region_code === PLATFORM_REGION && !actor.assignments.some((a) => a.scope === 'platform'))) return null;
  // the operator and the record by the names users know, not by identifiers
  const nameOf = e.subject_type ? services.registry.subjectTypes.get(e.subject_type)?.nameOf : undefined;
  const subjectName = nameOf && e.subject_id ? await nameOf(services.db, e.subject_id) : null;
  const operator = e.actor_user_id
    ? await services.db
        .selectFrom('users')
        .select(['display_name', 'username'])
        .where('id', '=', e.actor_user_id)
        .executeTakeFirst()
    : undefined;
  return {
    regionCode: e.region_code,
    seq: Number(e.seq),
    batchSeq: e.batch_seq,
    id: e.id,
    occurredAt: e.occurred_at.toISOString(),
    actor: e.actor_username,
    actorUserId: e.actor_user_id,
    actorName: operator ? `${operator.display_name}（${operator.username}）` : e.actor_username,
    actorOrgId: e.actor_org_id,
    action: e.action,
    actionLabel: services.registry.auditLabels.get(e.action) ?? e.action,
    subjectType: e.subject_type,
    subjectTypeLabel: subjectTypeLabel(services, e.subject_type),
    subjectId: e.subject_id,
    subjectName,
    summary: e.summary,
    changes: e.changes,
    ip: e.ip,
    prevHash: e.prev_hash,
    hash: e.hash,
  };
}
