// 裁量基准统计 (issue 16 item 7, this module's part): per implementing body, the penalty items with a benchmark in
// force on a day and how many of their circumstances are of each kind, and the drafts in preparation. Each figure
// is counted from the benchmark versions on every read.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Space, Table, Typography } from 'antd';
import type { DiscretionStatistics } from '@fazhi/core/contracts';
import { circumstanceLabels, consoleLink, discretionMenu } from '@fazhi/core/modules';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import { displayDate } from '../../shell/datetime';

type Row = DiscretionStatistics['rows'][number];
const kinds = ['no_penalty', 'reduced', 'lighter', 'general', 'heavier'] as const;

export default function DiscretionStatisticsPage() {
  const [on, setOn] = useState<string | undefined>();
  const stats = useApi<DiscretionStatistics>('/discretion-statistics', on ? { on } : undefined);
  const rows = stats.data?.rows ?? [];
  return (
    <Card size="small" title="裁量基准统计">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>统计日期</span>
        <DateField value={on ?? stats.data?.on} onChange={setOn} aria-label="适用日期" />
      </Space>
      <Typography.Paragraph type="secondary">
        {stats.data ? `${displayDate(stats.data.on)}现行有效的裁量基准，` : ''}
        按实施机关统计已制定裁量基准的处罚事项数和各裁量情形数（权责清单中尚无裁量基准的处罚事项，按事项编码与权责清单比对得出）。
      </Typography.Paragraph>
      {stats.error && <Alert type="error" showIcon message={stats.error.message} />}
      <Table<Row>
        size="small"
        rowKey="implementingOrgId"
        loading={stats.loading}
        dataSource={rows}
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
          { title: '有现行裁量基准的事项', dataIndex: 'itemsInForce', width: 170 },
          ...kinds.map((k) => ({
            title: circumstanceLabels[k],
            key: k,
            width: 90,
            render: (_: unknown, r: Row) => r.circumstances[k],
          })),
          { title: '起草中的版本', dataIndex: 'drafts', width: 120 },
        ]}
      />
    </Card>
  );
}
