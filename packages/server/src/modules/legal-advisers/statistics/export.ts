// 法律顾问与合法性审查统计 as an Excel workbook, streamed through the platform's writer: every figure of the period and
// scope with its definition and basis, then the records behind each figure, one row each.
import { legalAdviserStatisticDefinitions } from '@fazhi/core/legal-advisers';
import type { Actor } from '../../../platform/access/actor';
import { chineseDate } from '../../../platform/display-dates';
import { streamWorkbook } from '../../../platform/http/xlsx-export';
import type { Services } from '../../../platform/services';
import { sourceRows } from '../../../platform/statistics';
import { legalAdviserStatistics, resolveLegalAdviserStatistics, type LegalAdviserStatisticsQuery } from './queries';
import { figureSource, type SourceRow } from './sources';

const columns = [
  { header: '统计项目', width: 30 },
  { header: '数值', width: 12 },
  { header: '统计口径', width: 60 },
  { header: '计入日期', width: 16 },
  { header: '依据', width: 60 },
] as const;

export async function exportLegalAdviserStatistics(services: Services, actor: Actor, q: LegalAdviserStatisticsQuery) {
  const stats = await legalAdviserStatistics(services, actor, q);
  const { ctx } = await resolveLegalAdviserStatistics(services, actor, q);
  const scopeName = [stats.scope.regionName, stats.scope.bodyName].filter(Boolean).join(' · ');
  const period = `${chineseDate(stats.period.from)}至${chineseDate(stats.period.to)}`;
  const stream = streamWorkbook({ name: '法律顾问与合法性审查统计', columns }, async (add) => {
    for (const f of stats.figures) await add([f.label, f.display, f.definition, f.countedDate, f.basis]);
    await add([]);
    await add([`构成各项统计数字的记录（${scopeName}，${period}）`]);
    await add(['统计项目', '记录', '单位', '计入日期', '说明']);
    for (const d of legalAdviserStatisticDefinitions) {
      const rows = sourceRows<SourceRow>(services, figureSource(d.key, ctx));
      for await (const r of rows) await add([d.label, r.title, r.body_name, chineseDate(r.counted_on), r.note]);
    }
  });
  return {
    stream,
    fileName: `法律顾问与合法性审查统计（${scopeName}，${stats.period.from}至${stats.period.to}）.xlsx`,
  };
}
