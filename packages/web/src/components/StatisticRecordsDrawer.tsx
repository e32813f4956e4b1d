// The records behind one figure, for every module's statistics page: the figure's basis, then each record with the
// date that put it in the period, linking to its page, a page of 20 at a time. For a rate the list is the
// denominator's, with the numerator's records marked. The module gives its records' endpoint and the columns
// between the title and the date (文号 and unit, or decision body and 承办单位).
import { useState } from 'react';
import { Alert, Drawer, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { Query } from '../api/client';
import { useApi } from '../api/hooks';
import { displayDate } from '../shell/datetime';
import StatisticFigureBasis from './StatisticFigureBasis';
import type { Period } from './statistics-period';
import type { FigureShown } from './StatisticFigureCard';

type FigureOfRecords = FigureShown & {
  key: string;
  numeratorLabel?: string | undefined;
  denominatorLabel?: string | undefined;
};

interface RecordRow {
  recordId: string;
  title: string;
  link: string;
  countedOn: string;
  inNumerator?: boolean | undefined;
}

export default function StatisticRecordsDrawer<R extends RecordRow>(props: {
  figure: FigureOfRecords;
  /** the period, region and unit asked for, as the records endpoint takes them */
  query: Period & Query;
  /** e.g. '/normative-statistics/records' */
  path: string;
  titleLabel: string;
  /** what a record is counted in: 件, 次 */
  countWord: string;
  columns: ColumnsType<R>;
  /** the colour of 否 in 计入分子: red where the rate must be 100% */
  outsideColour?: 'red' | 'orange';
  onClose: () => void;
}) {
  const { figure, query } = props;
  const [page, setPage] = useState(1);
  const records = useApi<{ items: R[]; total: number }>(props.path, {
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
      <Table<R>
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
          showTotal: (t) => `共 ${t} ${props.countWord}`,
        }}
        columns={[
          {
            title: props.titleLabel,
            dataIndex: 'title',
            width: 270,
            render: (v: string, r) => <Link to={r.link}>{v}</Link>,
          },
          ...props.columns,
          { title: figure.countedDate, dataIndex: 'countedOn', width: 130, render: (v: string) => displayDate(v) },
          ...(rate
            ? [
                {
                  title: '计入分子',
                  dataIndex: 'inNumerator',
                  width: 90,
                  render: (v: boolean | undefined) =>
                    v ? <Tag color="green">是</Tag> : <Tag color={props.outsideColour ?? 'orange'}>否</Tag>,
                },
              ]
            : []),
          { title: '说明', dataIndex: 'note' },
        ]}
      />
    </Drawer>
  );
}
