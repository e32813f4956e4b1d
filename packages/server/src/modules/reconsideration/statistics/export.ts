// 行政复议统计 as an Excel workbook, streamed through the platform's writer: every figure of the period with its
// definition and basis, then the cases behind each figure, one row each (for a rate, whether it is in the numerator).
import { reconsiderationStatisticDefinitions } from '@fazhi/core/reconsideration';
import type { Actor } from '../../../platform/access/actor';
import { chineseDate } from '../../../platform/display-dates';
import { streamWorkbook } from '../../../platform/http/xlsx-export';
import type { Services } from '../../../platform/services';
import { sourceRows } from '../../../platform/statistics';
import {
  reconsiderationStatistics,
  resolveReconsiderationStatistics,
  type ReconsiderationStatisticsQuery,
} from './queries';
import { figureSource, type SourceRow } from './sources';

const columns = [
  { header: '统计项目', width: 24 },
  { header: '数值', width: 20 },
  { header: '统计口径', width: 60 },
  { header: '计入日期', width: 16 },
  { header: '依据', width: 50 },
  { header: '计入分子', width: 10 },
] as const;

export async function exportReconsiderationStatistics(
  services: Services,
  actor: Actor,
  q: ReconsiderationStatisticsQuery,
) {
  const stats = await reconsiderationStatistics(services, actor, q);
  const { ctx } = await resolveReconsiderationStatistics(services, actor, q);
  const scopeName = [stats.scope.regionName, stats.scope.bodyName].filter(Boolean).join(' · ');
  const period = `${chineseDate(stats.period.from)}至${chineseDate(stats.period.to)}`;
  const stream = streamWorkbook({ name: '行政复议统计', columns }, async (add) => {
    for (const f of stats.figures) await add([f.label, f.display, f.definition, f.countedDate, f.basis, '']);
    await add([]);
    await add([`构成各项统计数字的案件（${scopeName}，${period}）`]);
    await add(['统计项目', '案件', '行政复议机构', '计入日期', '说明', '计入分子']);
    for (const d of reconsiderationStatisticDefinitions) {
      const rate = d.unit === '%';
      for await (const r of sourceRows<SourceRow>(services, figureSource(d.key, ctx)))
        await add([
          d.label,
          r.title,
          r.body_name,
          chineseDate(r.counted_on),
          r.note,
          rate ? (r.in_numerator ? '是' : '否') : '',
        ]);
    }
  });
  return { stream, fileName: `行政复议统计（${scopeName}，${stats.period.from}至${stats.period.to}）.xlsx` };
}
