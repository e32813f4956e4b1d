// The decisions behind one figure: each with its decision body, 承办单位 and the date that put it in the period,
// linking to its page (a catalogue item to its catalogue). For a rate, the denominator's with the numerator's marked.
import { useState } from 'react';
import { Alert, Drawer, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';
import StatisticFigureBasis from '../../../components/StatisticFigureBasis';
import type { DecisionStatisticFigure, DecisionStatisticRecord, DecisionStatisticRecords } from '@fazhi/core/contracts';

export interface RecordsQuery {
  from: string;
  to: string;
  regionCode: string;
  bodyOrgId?: string | undefined;
  sponsorOrgId?: string | undefined;
}

export default function DecisionStatisticRecordsDrawer(props: {
  figure: DecisionStatisticFigure;
  query: RecordsQuery;
  onClose: () => void;
}) {
  const { figure, query } = props;
  const [page, setPage] = useState(1);
  const records = useApi<DecisionStatisticRecords>('/decision-statistics/records', {
    ...query,
    figure: figure.key,
    page,
    pageSize: 20,
  });
  const rate = figure.unit === '%';
  return (
    <Drawer open title={`${figure.label}：${figure.display}`} width={1000} onClose={props.onClose}>
      <StatisticFigureBasis figure={figure} period={query} />
      {records.error && <Alert type="error" showIcon message={records.error.message} style={{ marginBottom: 12 }} />}
      <Table<DecisionStatisticRecord>
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
          showTotal: (t) => `共 ${t} 件`,
        }}
        columns={[
          {
            title: figure.key === 'catalogue_items' ? '目录事项' : '决策名称',
            dataIndex: 'title',
            width: 260,
            render: (v: string, r) => <Link to={r.link}>{v}</Link>,
          },
          { title: '决策机关', dataIndex: 'bodyName', width: 150 },
          { title: '承办单位', dataIndex: 'sponsorName', width: 170 },
          { title: figure.countedDate, dataIndex: 'countedOn', width: 130, render: (v: string) => displayDate(v) },
          ...(rate
            ? [
                {
                  title: '计入分子',
                  dataIndex: 'inNumerator',
                  width: 90,
                  render: (v: boolean | undefined) => (v ? <Tag color="green">是</Tag> : <Tag color="red">否</Tag>),
                },
              ]
            : []),
          { title: '说明', dataIndex: 'note' },
        ]}
      />
    </Drawer>
  );
}
