// The statistics export: the figures with their definitions, then the items at the period's end by kind and by body.
import type { Actor } from '../../../platform/access/actor';
import { loadExcel } from '../../../platform/http/xlsx-export';
import type { Services } from '../../../platform/services';
import { powerListStatistics, type ListStatisticsQuery } from './statistics';

export async function exportPowerListStatistics(services: Services, actor: Actor, q: ListStatisticsQuery) {
  const s = await powerListStatistics(services, actor, q);
  const wb = new (await loadExcel()).Workbook();
  const figures = wb.addWorksheet('统计数字');
  figures.addRow(['统计项目', '数值', '口径', '依据']);
  for (const f of s.figures) figures.addRow([f.label, f.display, f.definition, f.basis]);
  const kinds = wb.addWorksheet('按事项类型');
  kinds.addRow(['事项类型', '事项数']);
  for (const k of s.byKind) kinds.addRow([k.label, k.count]);
  const bodies = wb.addWorksheet('按实施主体');
  bodies.addRow(['实施主体', '事项数']);
  for (const b of s.byBody) bodies.addRow([b.name, b.count]);
  for (const ws of [figures, kinds, bodies]) ws.columns.forEach((c) => (c.width = 28));
  return {
    fileName: `${s.scope.regionName}${s.scope.listLabel}统计（${s.period.from}至${s.period.to}）.xlsx`,
    body: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}
