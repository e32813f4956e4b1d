// 重大行政决策统计 as an Excel workbook, streamed through the platform's writer (platform/http/xlsx-export.ts): every
// figure of the period and scope with its numerator, denominator, definition and basis (the numbers of the page),
// then the records behind each figure, one row each — so every number in the file is traceable to its decisions in
// the same file.
import { decisionStatisticDefinitions, decisionStatisticGroupLabels } from '@fazhi/core/major-decisions';
import type { Actor } from '../../../../platform/access/actor';
import { chineseDate } from '../../../../platform/display-dates';
import { streamWorkbook } from '../../../../platform/http/xlsx-export';
import { figureExportColumns, figureExportRow, sourceRows } from '../../../../platform/statistics';
import type { Services } from '../../../../platform/services';
import { decisionStatistics, type DecisionStatisticsQuery } from '../queries/statistics';
import { resolveDecisionStatistics } from '../queries/statistics';
import { figureSource, type SourceRow } from '../queries/statistics-sources';

export async function exportDecisionStatistics(services: Services, actor: Actor, q: DecisionStatisticsQuery) {
  const stats = await decisionStatistics(services, actor, q);
  const { ctx } = await resolveDecisionStatistics(services, actor, q);
  const s = stats.scope;
  const scopeName = [s.regionName, s.bodyName, s.sponsorName].filter(Boolean).join(' · ');
  const period = `${chineseDate(stats.period.from)}至${chineseDate(stats.period.to)}`;
  const stream = streamWorkbook({ name: '重大行政决策统计', columns: figureExportColumns }, async (add) => {
    for (const f of stats.figures) await add(figureExportRow(decisionStatisticGroupLabels[f.group], f));
    await add([]);
    await add([`构成各项统计数字的记录（${scopeName}，${period}）`]);
    await add(['统计项目', '决策或事项', '决策机关', '承办单位', '计入日期', '说明', '计入分子']);
    for (const d of decisionStatisticDefinitions) {
      const rate = d.unit === '%';
      const rows = sourceRows<SourceRow>(services, figureSource(d.key, ctx));
      for await (const r of rows)
        await add([
          d.label,
          r.title,
          r.body_name,
          r.sponsor_name,
          chineseDate(r.counted_on),
          r.note ?? '',
          rate ? (r.in_numerator ? '是' : '否') : '',
        ]);
    }
  });
  return { stream, fileName: `重大行政决策统计（${scopeName}，${stats.period.from}至${stats.period.to}）.xlsx` };
}
