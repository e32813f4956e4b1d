// 裁量基准统计 (issue 16 item 7, this module's part), through the platform's statistics pieces: the period (default
// this year to date) and the region or one implementing body; every figure a card that opens the versions or
// circumstances it counts; then each body's share of the figures, its name opening the body's benchmarks. The
// figure "penalty items of the powers list without a benchmark" waits for the powers-list module.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Skeleton, Table } from 'antd';
import type { DiscretionStatisticRecord, DiscretionStatistics } from '@fazhi/core/contracts';
import { consoleLink, discretionMenu, discretionStatisticGroupLabels } from '@fazhi/core/modules';
import { useApi } from '../../api/hooks';
import { useToday } from '../../shell/session';
import { periodPresets, type Period } from '../../components/statistics-period';
import StatisticsBodyHeader from '../../components/StatisticsBodyHeader';
import StatisticGroupCards from '../../components/StatisticGroupCards';
import StatisticRecordsDrawer from '../../components/StatisticRecordsDrawer';

type Figure = DiscretionStatistics['figures'][number];
type Row = DiscretionStatistics['rows'][number];

export default function DiscretionStatisticsPage() {
  const today = useToday();
  const [period, setPeriod] = useState<Period>(periodPresets(today)[0]?.period as Period);
  const [implementingOrgId, setBody] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<Figure | null>(null);
  const stats = useApi<DiscretionStatistics>('/discretion-statistics', { ...period, implementingOrgId });
  const data = stats.data;
  const query = data && {
    ...data.period,
    regionCode: data.scope.regionCode,
    implementingOrgId: data.scope.bodyOrgId ?? undefined,
  };
  return (
    <div className="fz-panel">
      <StatisticsBodyHeader
        period={period}
        onPeriod={setPeriod}
        bodyLabel="实施机关"
        bodyId={implementingOrgId}
        onBody={setBody}
        data={data}
        error={stats.error}
        exportHref={query && { path: '/api/discretion-statistics/export.xlsx', query }}
        exportLabel="导出Excel（含构成每项数字的记录）"
        hint="现行有效的裁量基准及其裁量情形按统计期间最后一日计。点击任一数字可查看构成该数字的记录。"
      />
      {stats.loading && !data && <Skeleton active />}
      {data && <StatisticGroupCards labels={discretionStatisticGroupLabels} figures={data.figures} onOpen={setOpen} />}
      {data && (
        <Card size="small" title="按实施机关">
          <Table<Row>
            size="small"
            rowKey="implementingOrgId"
            dataSource={data.rows}
            pagination={false}
            locale={{ emptyText: '尚无裁量基准' }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: '实施机关',
                dataIndex: 'bodyName',
                // the records behind the row's figures: the body's benchmarks, every version
                render: (v: string, r) => (
                  <Link
                    to={`${consoleLink(discretionMenu, 'discretion-benchmarks')}?implementingOrgId=${r.implementingOrgId}`}
                  >
                    {v}
                  </Link>
                ),
              },
              ...data.figures.map((f) => ({
                title: f.label,
                key: f.key,
                width: 110,
                render: (_: unknown, r: Row) => r.figures[f.key],
              })),
            ]}
          />
        </Card>
      )}
      {open && query && (
        <StatisticRecordsDrawer<DiscretionStatisticRecord>
          figure={open}
          query={query}
          path="/discretion-statistics/records"
          titleLabel="裁量基准（事项编码）"
          countWord="件"
          columns={[
            { title: '实施机关', dataIndex: 'bodyName', width: 170 },
            { title: '说明', dataIndex: 'note', width: 240 },
          ]}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
