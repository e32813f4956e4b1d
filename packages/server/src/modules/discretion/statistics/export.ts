// 裁量基准统计 as an Excel workbook, streamed through the platform's writer: every figure of the period and scope with
// its definition and basis, each body's share, then the versions and circumstances behind each figure, one row each
// — so every number in the file is traceable to its records in the same file.
import { discretionStatisticDefinitions } from '@fazhi/core/discretion';
import type { Actor } from '../../../platform/access/actor';
import { chineseDate } from '../../../platform/display-dates';
import { streamWorkbook } from '../../../platform/http/xlsx-export';
import type { Services } from '../../../platform/services';
import { sourceRows } from '../../../platform/statistics';
import { discretionStatistics, resolveDiscretionStatistics, type DiscretionStatisticsQuery } from './queries';
import { figureSource, type SourceRow } from './sources';

const columns = [
  { header: '统计项目', width: 28 },
  { header: '数值', width: 12 },
  { header: '统计口径', width: 60 },
  { header: '计入日期', width: 20 },
  { header: '依据', width: 60 },
] as const;

export async function exportDiscretionStatistics(services: Services, actor: Actor, q: DiscretionStatisticsQuery) {
  const stats = await discretionStatistics(services, actor, q);
  const { ctx } = await resolveDiscretionStatistics(services, actor, q);
  const scopeName = [stats.scope.regionName, stats.scope.bodyName].filter(Boolean).join(' · ');
  const period = `${chineseDate(stats.period.from)}至${chineseDate(stats.period.to)}`;
  const stream = streamWorkbook({ name: '裁量基准统计', columns }, async (add) => {
    for (const f of stats.figures) await add([f.label, f.display, f.definition, f.countedDate, f.basis]);
    await add([]);
    await add([`按实施机关（${scopeName}，${period}）`]);
    await add(['实施机关', '统计项目', '数值']);
    for (const row of stats.rows)
      for (const f of stats.figures) await add([row.bodyName, f.label, `${row.figures[f.key]}件`]);
    await add([]);
    await add([`构成各项统计数字的记录（${scopeName}，${period}）`]);
    await add(['统计项目', '裁量基准（事项编码）', '实施机关', '计入日期', '说明']);
    for (const d of discretionStatisticDefinitions) {
      const rows = sourceRows<SourceRow>(services, figureSource(d.key, ctx));
      for await (const r of rows) await add([d.label, r.title, r.body_name, chineseDate(r.counted_on), r.note]);
    }
  });
  return { stream, fileName: `裁量基准统计（${scopeName}，${stats.period.from}至${stats.period.to}）.xlsx` };
}
