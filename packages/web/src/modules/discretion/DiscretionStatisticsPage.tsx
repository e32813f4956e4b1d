// 裁量基准统计 (issue 16 item 7, this module's part), through the platform's statistics pieces: the period (default
// this year to date) and the region or one implementing body; every figure a card that opens the versions or
// circumstances it counts; then each body's share of the figures, its name opening the body's benchmarks. The
// figure "penalty items of the powers list without a benchmark" waits for the powers-list module.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Select, Skeleton, Table, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import type { DiscretionStatisticRecord, DiscretionStatistics } from '@fazhi/core/contracts';
import { consoleLink, discretionMenu, discretionStatisticGroupLabels } from '@fazhi/core/modules';
import { withQuery } from '../../api/client';
import { useApi } from '../../api/hooks';
import { useToday } from '../../shell/session';
import { formatPeriod, periodPresets, type Period } from '../../components/statistics-period';
import StatisticsPeriodPicker from '../../components/StatisticsPeriodPicker';
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
      <div className="fz-toolbar">
        <StatisticsPeriodPicker period={period} onChange={setPeriod} />
        {data && data.scope.bodies.length > 0 && (
          <>
            实施机关：
            <Select
              aria-label="实施机关"
              style={{ width: 220 }}
              value={implementingOrgId ?? ''}
              onChange={(v: string) => setBody(v || undefined)}
              options={[
                { value: '', label: '全部' },
                ...data.scope.bodies.map((b) => ({ value: b.id, label: b.name })),
              ]}
            />
          </>
        )}
        {query && (
          <Button icon={<FileExcelOutlined />} href={withQuery('/api/discretion-statistics/export.xlsx', query)}>
            导出Excel（含构成每项数字的记录）
          </Button>
        )}
      </div>
      {stats.error && <Alert type="error" showIcon message={stats.error.message} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph type="secondary">
          统计范围：{[data.scope.regionName, data.scope.bodyName].filter(Boolean).join(' · ')}
          <span style={{ marginLeft: 16 }}>统计期间：{formatPeriod(data.period)}。</span>
          现行有效的裁量基准及其裁量情形按统计期间最后一日计。点击任一数字可查看构成该数字的记录。
        </Typography.Paragraph>
      )}
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
