// 规范性文件统计 as an Excel workbook: every figure of the period and scope with its numerator, denominator,
// definition and legal basis (the same numbers as the page: normativeStatistics), and one row per drafting unit
// with each figure counted from the same sources (statistics-sources.ts) grouped by the unit — so a unit's row and
// the unit's own statistics page cannot disagree. A region has at most some hundreds of units: built in memory.
import { formatRate, ratePercent, statisticDefinitions, statisticGroupLabels } from '@fazhi/core/normative-documents';
import { loadExcel } from '../../../../platform/http/xlsx-export';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import type { Services } from '../../../../platform/services';
import { normativeStatistics, resolve, type StatisticsQuery } from '../queries/statistics';
import { inReportingTransaction } from '../../../../platform/db/reporting';
import { figureSource } from '../queries/statistics-sources';
import { chineseDate } from '../../documents/gongwen';

interface UnitCount {
  key: string;
  unit: string;
  n: string;
  k: string;
}

export async function exportStatistics(services: Services, actor: Actor, q: StatisticsQuery) {
  const stats = await normativeStatistics(services, actor, q);
  const { ctx } = await resolve(services, actor, q);
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

  // one statement: every figure's source grouped by drafting unit (campaign rows name no unit and are left out)
  const grouped = sql.join(
    statisticDefinitions.map(
      (d) => sql`SELECT ${d.key}::text AS key, x.org_name AS unit, count(*) AS n,
        count(*) FILTER (WHERE x.in_numerator) AS k
        FROM (${figureSource(d.key, ctx)}) x WHERE x.org_name IS NOT NULL GROUP BY x.org_name`,
    ),
    sql` UNION ALL `,
  );
  const { rows } = await inReportingTransaction(services.db, (tx) => sql<UnitCount>`${grouped}`.execute(tx));
  const units = [...new Set(rows.map((r) => r.unit))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const byUnit = new Map(rows.map((r) => [`${r.unit}\u0000${r.key}`, r]));
  const perUnit = wb.addWorksheet('分单位统计', { views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }] });
  perUnit.addRow([`规范性文件分单位统计（${scopeName}，${period}）`]).font = { bold: true, size: 14 };
  perUnit.addRow([]);
  perUnit.addRow(['起草单位', ...statisticDefinitions.map((d) => `${d.label}${d.unit === '%' ? '' : '（件）'}`)]).font =
    { bold: true };
  perUnit.getColumn(1).width = 30;
  for (const unit of units)
    perUnit.addRow([
      unit,
      ...statisticDefinitions.map((d) => {
        const c = byUnit.get(`${unit}\u0000${d.key}`);
        const total = Number(c?.n ?? 0);
        if (d.unit !== '%') return total;
        return total === 0 ? '—' : `${formatRate(ratePercent(Number(c?.k ?? 0), total))}（${c?.k}/${total}）`;
      }),
    ]);
  for (let i = 2; i <= statisticDefinitions.length + 1; i++) perUnit.getColumn(i).width = 16;
  return {
    body: Buffer.from(await wb.xlsx.writeBuffer()),
    fileName: `规范性文件统计（${scopeName}，${stats.period.from}至${stats.period.to}）.xlsx`,
  };
}
