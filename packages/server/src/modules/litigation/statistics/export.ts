// 行政应诉统计 as an Excel workbook, streamed through the platform's writer: every figure of the period and scope with
// its definition and basis, then the records behind each figure, one row each — every number traceable in the file.
import { litigationStatisticDefinitions, litigationStatisticGroupLabels } from '@fazhi/core/litigation';
import type { Actor } from '../../../platform/access/actor';
import { chineseDate } from '../../../platform/display-dates';
import { streamWorkbook } from '../../../platform/http/xlsx-export';
import type { Services } from '../../../platform/services';
import { figureExportColumns, figureExportRow, sourceRows } from '../../../platform/statistics';
import { litigationStatistics, resolveLitigationStatistics, type LitigationStatisticsQuery } from './queries';
import { figureSource, type SourceRow } from './sources';

export async function exportLitigationStatistics(services: Services, actor: Actor, q: LitigationStatisticsQuery) {
  const stats = await litigationStatistics(services, actor, q);
  const { ctx } = await resolveLitigationStatistics(services, actor, q);
  const scopeName = [stats.scope.regionName, stats.scope.bodyName].filter(Boolean).join(' · ');
  const period = `${chineseDate(stats.period.from)}至${chineseDate(stats.period.to)}`;
  const stream = streamWorkbook({ name: '行政应诉统计', columns: figureExportColumns }, async (add) => {
    for (const f of stats.figures) await add(figureExportRow(litigationStatisticGroupLabels[f.group], f));
    await add([]);
    await add([`构成各项统计数字的记录（${scopeName}，${period}）`]);
    await add(['统计项目', '记录', '行政机关', '计入日期', '说明', '计入分子']);
    for (const d of litigationStatisticDefinitions) {
      for await (const r of sourceRows<SourceRow>(services, figureSource(d.key, ctx)))
        await add([
          d.label,
          r.title,
          r.body_name,
          chineseDate(r.counted_on),
          r.note,
          d.unit === '%' ? (r.in_numerator ? '是' : '否') : '',
        ]);
    }
  });
  return { stream, fileName: `行政应诉统计（${scopeName}，${stats.period.from}至${stats.period.to}）.xlsx` };
}
