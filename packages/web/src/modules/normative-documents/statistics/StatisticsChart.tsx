// The outcomes of filing review and of cleanup as two bar series (ECharts, loaded with this chunk only).
import { useMemo } from 'react';
import { Card } from 'antd';
import EChart, { type ChartOption } from '../../../shell/EChart';
import type { StatisticFigure } from '@fazhi/core/contracts';

// 备案审查结果, then 清理结果
const keys: StatisticFigure['key'][] = [
  'filing_accepted',
  'filing_correction_ordered',
  'filing_not_reviewable',
  'cleanup_remains_valid',
  'cleanup_amend',
  'cleanup_repeal',
  'cleanup_lapse',
];

export default function StatisticsChart({ figures }: { figures: StatisticFigure[] }) {
  const option = useMemo<ChartOption>(() => {
    const byKey = new Map(figures.map((f) => [f.key, f]));
    const picked = keys.map((k) => byKey.get(k)).filter((f) => f !== undefined);
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: picked.map((f) => f.label.replace('清理：', '清理·')) },
      yAxis: { type: 'value', minInterval: 1, name: '件' },
      series: [{ type: 'bar', name: '件数', data: picked.map((f) => f.value ?? 0), barMaxWidth: 36 }],
    };
  }, [figures]);
  return (
    <Card size="small" title="备案审查与清理结果" style={{ marginBottom: 12 }}>
      <EChart option={option} />
    </Card>
  );
}
