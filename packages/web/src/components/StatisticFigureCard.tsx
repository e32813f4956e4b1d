// One statistic as a card that opens the records behind it (normative documents' and major decisions' statistics):
// a count with its unit, or a rate with its numerator and denominator; a rate below what the law requires is red.
import { Card, Tooltip } from 'antd';

export interface FigureShown {
  label: string;
  unit: '件' | '%';
  value: number | null;
  display: string;
  definition: string;
  basis: string;
  countedDate: string;
  numerator?: number | undefined;
  denominator?: number | undefined;
  belowRequired?: boolean | undefined;
}

export default function StatisticFigureCard({ figure: f, onOpen }: { figure: FigureShown; onOpen: () => void }) {
  const rate = f.unit === '%';
  const alarm = f.belowRequired === true;
  return (
    <Tooltip title={`${f.definition}（依据：${f.basis}）`}>
      <Card
        size="small"
        hoverable
        onClick={onOpen}
        role="button"
        tabIndex={0}
        aria-label={`${f.label}：${f.display}${alarm ? '（未达到法定要求）' : ''}，查看明细`}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') onOpen();
        }}
        styles={{ body: { padding: 12 } }}
      >
        <div style={{ color: '#595959', fontSize: 13 }}>{f.label}</div>
        <div style={{ fontSize: 26, fontWeight: 600, lineHeight: '36px', color: alarm ? '#cf1322' : undefined }}>
          {rate ? f.display : f.value}
          {!rate && <span style={{ fontSize: 14, fontWeight: 400, marginLeft: 2 }}>件</span>}
        </div>
        <div style={{ color: alarm ? '#cf1322' : '#8c8c8c', fontSize: 12 }}>
          {rate ? `${f.numerator ?? 0} / ${f.denominator ?? 0} 件` : `按${f.countedDate}统计`}
          {alarm && '，应当为100%'}
        </div>
      </Card>
    </Tooltip>
  );
}
