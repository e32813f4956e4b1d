// 行政执法主体与人员统计: the region's bodies by status, officers and certificates by status, training completion
// (shown red under 100%) and the bodies under the legal reviewers' ratio, as they stood at the period's end; every
// card opens the records it counts; the table gives each body's certificates and reviewers; the export carries all.
import { useState } from 'react';
import { Alert, Button, Card, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { enforcementStatisticGroupLabels } from '@fazhi/core/modules';
import type { EnforcementStatisticRecord, EnforcementStatistics } from '@fazhi/core/contracts';
import { withQuery } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { useToday } from '../../../shell/session';
import { formatPeriod, periodPresets, type Period } from '../../../components/statistics-period';
import StatisticsPeriodPicker from '../../../components/StatisticsPeriodPicker';
import StatisticGroupCards from '../../../components/StatisticGroupCards';
import StatisticRecordsDrawer from '../../../components/StatisticRecordsDrawer';

type Figure = EnforcementStatistics['figures'][number];

export default function EnforcementStatisticsPage() {
  const today = useToday();
  const [period, setPeriod] = useState<Period>(periodPresets(today)[0]?.period as Period);
  const [open, setOpen] = useState<Figure | null>(null);
  const stats = useApi<EnforcementStatistics>('/enforcement-statistics', { ...period });
  const data = stats.data;
  const query = data && { ...data.period, regionCode: data.scope.regionCode };
  return (
    <div className="fz-panel">
      <div className="fz-toolbar">
        <StatisticsPeriodPicker period={period} onChange={setPeriod} />
        {query && (
          <Button icon={<FileExcelOutlined />} href={withQuery('/api/enforcement-statistics/export.xlsx', query)}>
            导出Excel（含构成每项数字的记录）
          </Button>
        )}
      </div>
      {stats.error && <Alert type="error" showIcon message={stats.error.message} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph type="secondary">
          统计范围：{data.scope.regionName}
          <span style={{ marginLeft: 16 }}>统计期间：{formatPeriod(data.period)}。</span>
          主体、人员和证件按统计期末的状态计，培训按统计期内的学时计。点击任一数字可查看构成该数字的记录。
        </Typography.Paragraph>
      )}
      {stats.loading && !data && <Skeleton active />}
      {!stats.loading && !data && !stats.error && <Empty description="暂无统计数据" />}
      {data && (
        <>
          <StatisticGroupCards labels={enforcementStatisticGroupLabels} figures={data.figures} onOpen={setOpen} />
          <Card size="small" title="各执法主体证件和法制审核人员">
            <Table
              size="small"
              rowKey="organisationId"
              dataSource={data.bodies}
              pagination={false}
              columns={[
                { title: '执法主体', dataIndex: 'name' },
                { title: '持证执法人员', dataIndex: 'officers', width: 110 },
                { title: '有效', dataIndex: 'valid', width: 70 },
                { title: '暂扣', dataIndex: 'suspended', width: 70 },
                { title: '吊销', dataIndex: 'revoked', width: 70 },
                { title: '过期', dataIndex: 'expired', width: 70 },
                {
                  title: '法制审核人员',
                  key: 'reviewers',
                  width: 200,
                  render: (_: unknown, b: EnforcementStatistics['bodies'][number]) => (
                    <>
                      {b.reviewers}人
                      {b.reviewersBelowRatio && (
                        <Tag color="red" style={{ marginLeft: 6 }}>
                          低于比例，应不少于{b.reviewersRequired}人
                        </Tag>
                      )}
                    </>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
      {open && query && (
        <StatisticRecordsDrawer<EnforcementStatisticRecord>
          figure={open}
          query={query}
          onClose={() => setOpen(null)}
          path="/enforcement-statistics/records"
          titleLabel={open.key.startsWith('bodies') ? '执法主体' : '人员（证件号）'}
          countWord={open.key.startsWith('bodies') ? '个' : '人'}
          outsideColour="red"
          columns={[{ title: '执法主体', dataIndex: 'bodyName', width: 180 }]}
        />
      )}
    </div>
  );
}
