// The records behind one figure: each document (or cleanup campaign) with its 文号 and unit, in the shared drawer.
import StatisticRecordsDrawer from '../../../components/StatisticRecordsDrawer';
import type { StatisticFigure, StatisticRecord } from '@fazhi/core/contracts';

// a type (not an interface), so that it is a query of the API client
export type RecordsQuery = {
  from: string;
  to: string;
  regionCode: string;
  orgId?: string | undefined;
};

export default function StatisticsRecordsDrawer(props: {
  figure: StatisticFigure;
  query: RecordsQuery;
  onClose: () => void;
}) {
  const campaigns = props.figure.key === 'cleanup_campaigns';
  return (
    <StatisticRecordsDrawer<StatisticRecord>
      {...props}
      path="/normative-statistics/records"
      titleLabel={campaigns ? '清理' : '文件标题'}
      countWord={campaigns ? '次' : '件'}
      columns={[
        { title: '文号', dataIndex: 'docNumber', width: 170, render: (v: string | null) => v ?? '—' },
        { title: '起草单位', dataIndex: 'unitName', width: 170, render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}
