// 审计日志导出: the events the auditor may read with the filters applied on the page, as an Excel workbook written
// row by row to the response (exceljs streaming writer), so a year of events never sits in memory. The rows are
// read in batches up to the moment the export began, so events written meanwhile neither shift nor repeat a row.
import { chineseTimeToSecond } from '../../platform/display-dates';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Actor } from '../../platform/access/actor';
import type { Services } from '../../platform/services';
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
  { header: '链上序号', width: 10 },
] as const;

/** Refuses someone who reads no audit log at all; otherwise the stream of the workbook. */
export function exportAuditEvents(services: Services, actor: Actor, filters: AuditFilters): PassThrough {
  authorize(policyContext(services.registry.grants, actor), auditLogPolicy, 'export', null);
  const stream = new PassThrough();
  const until = services.clock.now();
  void (async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
    wb.creator = '法治政府建设一体化平台';
    const ws = wb.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = AUDIT_EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    let n = 0;
    for (let offset = 0; ; offset += BATCH) {
      const rows = await filteredAuditEvents(services, actor, filters)
        .where('e.occurred_at', '<=', until)
        .select(['e.region_code', 'e.seq', 'e.occurred_at', 'e.actor_username', 'e.action'])
        .select(['e.subject_type', 'e.subject_id', 'e.summary', 'e.ip'])
        .orderBy('e.occurred_at', 'desc')
        .orderBy('e.region_code')
        .orderBy('e.seq', 'desc')
        .limit(BATCH)
        .offset(offset)
        .execute();
      for (const e of rows) {
        n += 1;
        ws.addRow([
          n,
          chineseTimeToSecond(e.occurred_at),
          e.actor_username ?? '系统',
          services.registry.auditLabels.get(e.action) ?? e.action,
          subjectTypeLabel(services, e.subject_type) ?? e.subject_type,
          e.subject_id,
          e.summary,
          e.ip,
          e.region_code,
          Number(e.seq),
        ]).commit();
      }
      if (rows.length < BATCH) break;
    }
    ws.commit();
    await wb.commit();
  })().catch((err: unknown) => stream.destroy(err instanceof Error ? err : new Error(String(err))));
  return stream;
}
