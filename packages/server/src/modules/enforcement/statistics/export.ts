// 行政执法主体与人员统计 as an Excel workbook, streamed through the platform's writer: every figure with its
// definition and basis, then the records behind each figure, one row each — every number traceable in the file.
import { enforcementStatisticDefinitions, enforcementStatisticGroupLabels } from '@fazhi/core/enforcement';
import type { Actor } from '../../../platform/access/actor';
import { chineseDate } from '../../../platform/display-dates';
import { streamWorkbook } from '../../../platform/http/xlsx-export';
import { figureExportColumns, figureExportRow, sourceRows } from '../../../platform/statistics';
import type { Services } from '../../../platform/services';
import { enforcementStatistics, resolveEnforcementStatistics, type EnforcementStatisticsQuery } from './queries';
import { figureSource, type SourceRow } from './sources';

export async function exportEnforcementStatistics(services: Services, actor: Actor, q: EnforcementStatisticsQuery) {
  const stats = await enforcementStatistics(services, actor, q);
  const { ctx } = await resolveEnforcementStatistics(services, actor, q);
  const name = `${stats.scope.regionName}，${stats.period.from}至${stats.period.to}`;
  const stream = streamWorkbook({ name: '行政执法主体与人员统计', columns: figureExportColumns }, async (add) => {
    for (const f of stats.figures) await add(figureExportRow(enforcementStatisticGroupLabels[f.group], f));
    await add([]);
    await add([
      `构成各项统计数字的记录（${stats.scope.regionName}，${chineseDate(stats.period.from)}至${chineseDate(stats.period.to)}）`,
    ]);
    await add(['统计项目', '人员或主体', '执法主体', '计入日期', '说明', '计入分子']);
    for (const d of enforcementStatisticDefinitions) {
      const rate = d.unit === '%';
      const rows = sourceRows<SourceRow>(services, figureSource(d.key, ctx));
      for await (const r of rows)
        await add([
          d.label,
          r.title,
          r.body_name,
          chineseDate(r.counted_on),
          r.note ?? '',
          rate ? (r.in_numerator ? '是' : '否') : '',
        ]);
    }
  });
  return { stream, fileName: `行政执法主体与人员统计（${name}）.xlsx` };
}
