// 规范性文件统计 as an Excel workbook: every figure of the period and scope with its numerator, denominator,
// definition and legal basis (the same numbers as the page: normativeStatistics), and one row per drafting unit
// with each figure summed from the same pre-aggregated counts per unit — so a unit's row and the unit's own
// statistics page cannot disagree. A region has at most some hundreds of units: built in memory.
import { formatRate, ratePercent, statisticDefinitions, statisticGroupLabels } from '@fazhi/core/normative-documents';
import { loadExcel } from '../../../../platform/http/xlsx-export';
import type { Actor } from '../../../../platform/access/actor';
import type { Services } from '../../../../platform/services';
import { normativeStatistics, resolve, sumQuery, type StatisticsQuery } from '../queries/statistics';
import { inReportingTransaction } from '../../../../platform/db/reporting';
import { sumStatisticsPerUnit } from '../../../../platform/db/statistic-counts';
import { chineseDate } from '../../../../platform/papers/gongwen';

export async function exportStatistics(services: Services, actor: Actor, q: StatisticsQuery) {
  const stats = await normativeStatistics(services, actor, q);
  const resolved = await resolve(services, actor, q);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = '法治政府建设一体化平台';
  const scopeName = [stats.scope.regionName, stats.scope.orgName].filter(Boolean).join(' · ');
  const period = `${chineseDate(stats.period.from)}至${chineseDate(stats.period.to)}`;

  const all = wb.addWorksheet('统计数字');
  all.addRow([`规范性文件统计（${scopeName}，${period}）`]).font = { bold: true, size: 14 };
  all.addRow([]);
  all.columns = [
    { width: 12 },
    { width: 30 },
    { width: 12 },
    { width: 10 },
    { width: 10 },
    { width: 60 },
    { width: 60 },
  ];
  all.addRow(['类别', '统计项目', '数值', '分子', '分母', '统计口径', '依据']).font = { bold: true };
  for (const f of stats.figures)
    all.addRow([
      statisticGroupLabels[f.group],
      f.label,
      f.display,
      'numerator' in f ? f.numerator : null,
      'denominator' in f ? f.denominator : null,
      f.definition,
      f.basis,
    ]);

  // the same pre-aggregated counts as the page, per drafting unit (清理次数 counts campaigns, which name no unit)
  const perUnitSums = await inReportingTransaction(services.db, (tx) => sumStatisticsPerUnit(tx, sumQuery(resolved)));
  const names = perUnitSums.size
    ? await services.db
        .selectFrom('orgs')
        .select(['id', 'name'])
        .where('id', 'in', [...perUnitSums.keys()])
        .execute()
    : [];
  const units = names
    .map((o) => ({ name: o.name, sums: perUnitSums.get(o.id) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const perUnit = wb.addWorksheet('分单位统计', { views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }] });
  perUnit.addRow([`规范性文件分单位统计（${scopeName}，${period}）`]).font = { bold: true, size: 14 };
  perUnit.addRow([]);
  perUnit.addRow(['起草单位', ...statisticDefinitions.map((d) => `${d.label}${d.unit === '%' ? '' : '（件）'}`)]).font =
    { bold: true };
  perUnit.getColumn(1).width = 30;
  for (const unit of units)
    perUnit.addRow([
      unit.name,
      ...statisticDefinitions.map((d) => {
        const { total, counted } = unit.sums?.get(d.key) ?? { total: 0, counted: 0 };
        if (d.unit !== '%') return total;
        return total === 0 ? '—' : `${formatRate(ratePercent(counted, total))}（${counted}/${total}）`;
      }),
    ]);
  for (let i = 2; i <= statisticDefinitions.length + 1; i++) perUnit.getColumn(i).width = 16;
  return {
    body: Buffer.from(await wb.xlsx.writeBuffer()),
    fileName: `规范性文件统计（${scopeName}，${stats.period.from}至${stats.period.to}）.xlsx`,
  };
}
