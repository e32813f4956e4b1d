// What a figure counts, how a rate is computed, its basis and the period: the head of a figure's records.
import { Descriptions } from 'antd';
import { formatPeriod, type Period } from './statistics-period';
import type { FigureShown } from './StatisticFigureCard';

export default function StatisticFigureBasis({
  figure,
  period,
}: {
  figure: FigureShown & { numeratorLabel?: string | undefined; denominatorLabel?: string | undefined };
  period: Period;
}) {
  return (
    <Descriptions size="small" bordered column={1} styles={{ label: { width: 96 } }} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="统计口径">{figure.definition}</Descriptions.Item>
      {figure.unit === '%' && (
        <Descriptions.Item label="计算方法">
          {figure.numeratorLabel}（{figure.numerator ?? 0}）÷ {figure.denominatorLabel}（{figure.denominator ?? 0}）
          {figure.denominator ? '' : '；分母为0，不计算比率'}
        </Descriptions.Item>
      )}
      <Descriptions.Item label="依据">{figure.basis}</Descriptions.Item>
      <Descriptions.Item label="统计期间">{formatPeriod(period)}</Descriptions.Item>
    </Descriptions>
  );
}
