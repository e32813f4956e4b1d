// 审计日志导出: the events the auditor may read with the filters applied on the page, as an Excel workbook written
// row by row to the response (platform/http/xlsx-export.ts), so a year of events never sits in memory. The rows are
// read in keyset batches up to the moment the export began, so events written meanwhile neither shift nor repeat a row.
import { chineseTimeToSecond } from '../../platform/display-dates';
import type { PassThrough } from 'node:stream';
import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../platform/access/actor';
import type { Services } from '../../platform/services';
import { keysetBatches, streamWorkbook } from '../../platform/http/xlsx-export';
import { authorize, policyContext } from '../../platform/access/policy';
import { auditLogPolicy } from './policy';
import { filteredAuditEvents, subjectTypeLabel, type AuditFilters } from './queries';

const BATCH = 1000;

export const AUDIT_EXPORT_COLUMNS = [
  { header: '序号', width: 8 },
  { header: '时间（北京时间）', width: 20 },
  { header: '操作人', width: 18 },
  { header: '事件', width: 24 },
  { header: '对象类型', width: 18 },
  { header: '对象标识', width: 38 },
  { header: '摘要', width: 60 },
  { header: '来源地址', width: 16 },
  { header: '行政区划代码', width: 12 },
  { header: '链上序号', width: 18 },
] as const;

/** Refuses someone who reads no audit log at all; otherwise the stream of the workbook. */
export function exportAuditEvents(services: Services, actor: Actor, filters: AuditFilters): PassThrough {
  authorize(policyContext(services.registry.grants, actor), auditLogPolicy, 'export', null);
  const until = services.clock.now();
  type Row = { region_code: string; seq: string; place: number; at_key: string };
  // the list's order (newest first, then region, then the chain's sequence and a sub-chain event's place after its
  // seal — `place`, the seal itself first), read by keyset from the last row
  const place = sql<number>`coalesce(e.batch_seq, 2147483647)`;
  const batch = (after: Row | null) => {
    let q = filteredAuditEvents(services, actor, filters).where('e.occurred_at', '<=', until);
    if (after)
      q = q.where(
        sql<SqlBool>`(e.occurred_at < ${after.at_key}::timestamptz OR (e.occurred_at = ${after.at_key}::timestamptz
          AND (e.region_code > ${after.region_code} OR (e.region_code = ${after.region_code}
            AND (e.seq < ${after.seq} OR (e.seq = ${after.seq} AND ${place} < ${after.place}))))))`,
      );
    return q
      .select(['e.region_code', 'e.seq', 'e.occurred_at', 'e.actor_username', 'e.action'])
      .select(['e.subject_type', 'e.subject_id', 'e.summary', 'e.ip'])
      .select(sql<string>`e.occurred_at::text`.as('at_key'))
      .select(['e.batch_seq', place.as('place')])
      .orderBy('e.occurred_at', 'desc')
      .orderBy('e.region_code')
      .orderBy('e.seq', 'desc')
      .orderBy(place, 'desc')
      .limit(BATCH)
      .execute();
  };
  return streamWorkbook({ name: '审计日志', columns: AUDIT_EXPORT_COLUMNS }, async (add) => {
    let n = 0;
    for await (const e of keysetBatches(batch, BATCH))
      await add([
        ++n,
        chineseTimeToSecond(e.occurred_at),
        e.actor_username ?? '系统',
        services.registry.auditLabels.get(e.action) ?? e.action,
        subjectTypeLabel(services, e.subject_type) ?? e.subject_type,
        e.subject_id,
        e.summary,
        e.ip,
        e.region_code,
        e.batch_seq === null ? Number(e.seq) : `${e.seq}（子链第 ${e.batch_seq} 条）`,
      ]);
  });
}
