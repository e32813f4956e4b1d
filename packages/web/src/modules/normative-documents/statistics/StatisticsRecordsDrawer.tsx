// The records behind one figure: each document (or cleanup campaign) with its 文号, unit and the date that put it in
// the period, linking to its page. For a rate the list is the denominator's, with the numerator's records marked.
import { useState } from 'react';
import { Alert, Drawer, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useApi } from '../../../api/hooks';
import StatisticFigureBasis from '../../../components/StatisticFigureBasis';
import { cnDate } from '../normative-format';
import type { StatisticFigure, StatisticRecord, StatisticRecords } from '@fazhi/core/contracts';

export interface RecordsQuery {
  from: string;
  to: string;
  regionCode: string;
  orgId?: string | undefined;
}

export default function StatisticsRecordsDrawer({
  figure,
  query,
  onClose,
}: {
  figure: StatisticFigure;
  query: RecordsQuery;
  onClose: () => void;
}) {
  const [page, setPage] = useState(1);
  const records = useApi<StatisticRecords>('/normative-statistics/records', {
    ...query,
    figure: figure.key,
    page,
    pageSize: 20,
  });
  const rate = figure.unit === '%';
  return (
    <Drawer open title={`${figure.label}：${figure.display}`} width={1000} onClose={onClose}>
      <StatisticFigureBasis figure={figure} period={query} />
      {records.error && <Alert type="error" showIcon message={records.error.message} style={{ marginBottom: 12 }} />}
      <Table<StatisticRecord>
        size="small"
        rowKey="recordId"
        loading={records.loading}
        dataSource={records.data?.items ?? []}
        locale={{ emptyText: '统计期间内没有计入该项的记录。' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: records.data?.total ?? 0,
          onChange: setPage,
          showTotal: (t) => `共 ${t} ${figure.key === 'cleanup_campaigns' ? '次' : '件'}`,
        }}
        columns={[
          {
            title: figure.key === 'cleanup_campaigns' ? '清理' : '文件标题',
            dataIndex: 'title',
            width: 280,
            render: (v: string, r) => <Link to={r.link}>{v}</Link>,
          },
          { title: '文号', dataIndex: 'docNumber', width: 170, render: (v: string | null) => v ?? '—' },
          { title: '起草单位', dataIndex: 'unitName', width: 170, render: (v: string | null) => v ?? '—' },
          { title: figure.countedDate, dataIndex: 'countedOn', width: 130, render: cnDate },
          ...(rate
            ? [
                {
                  title: '计入分子',
                  dataIndex: 'inNumerator',
                  width: 90,
                  render: (v: boolean | undefined) => (v ? <Tag color="green">是</Tag> : <Tag color="orange">否</Tag>),
                },
              ]
            : []),
          { title: '说明', dataIndex: 'note' },
        ]}
      />
    </Drawer>
  );
}
