// 规范性文件统计: the figures of a period (default this year to date) for the region or one unit — 起草、审核、
// 审结率、发布、报备、备案率、及时率、备案审查结果、纠正、期末有效/废止/失效、清理结果. Each card opens the records it
// counts. A unit's legal officer sees only the unit; the justice bureau and the leaders pick any unit of the region.
import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Empty, Select, Skeleton, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { withQuery } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { useToday } from '../../../shell/session';
import { formatPeriod, periodPresets, type Period } from '../../../components/statistics-period';
import StatisticsPeriodPicker from '../../../components/StatisticsPeriodPicker';
import StatisticGroupCards from '../../../components/StatisticGroupCards';
import { statisticGroupLabels } from '@fazhi/core/modules';
import type { NormativeStatistics, StatisticFigure } from '@fazhi/core/contracts';
import StatisticsRecordsDrawer from './StatisticsRecordsDrawer';

const StatisticsChart = lazy(() => import('./StatisticsChart'));

export default function StatisticsPage() {
  const today = useToday();
  const [period, setPeriod] = useState<Period>(periodPresets(today)[0]?.period as Period);
  const [orgId, setOrgId] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<StatisticFigure | null>(null);
  const stats = useApi<NormativeStatistics>('/normative-statistics', { ...period, orgId });
  const data = stats.data;
  const units = data?.scope.units ?? [];

  return (
    <div className="fz-panel">
      <div className="fz-toolbar">
        <StatisticsPeriodPicker period={period} onChange={setPeriod} />
        {units.length > 1 && (
          <>
            统计单位：
            <Select
              aria-label="统计单位"
              style={{ width: 240 }}
              value={orgId ?? ''}
              onChange={(v: string) => setOrgId(v || undefined)}
              showSearch
              optionFilterProp="label"
              options={[
                { value: '', label: `全部单位（${data?.scope.regionName ?? '本地区'}）` },
                ...units.map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
          </>
        )}
        {data && (
          <Button
            icon={<FileExcelOutlined />}
            href={withQuery('/api/normative-statistics/export.xlsx', {
              ...data.period,
              regionCode: data.scope.regionCode,
              orgId: data.scope.orgId ?? undefined,
            })}
          >
            导出Excel（含分单位统计表）
          </Button>
        )}
      </div>
      {stats.error && <Alert type="error" showIcon message={stats.error.message} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph type="secondary">
          统计范围：{data.scope.regionName}
          {data.scope.orgName ? ` · ${data.scope.orgName}` : '（全部单位）'}
          <span style={{ marginLeft: 16 }}>统计期间：{formatPeriod(data.period)}。</span>
          点击任一数字可查看构成该数字的文件清单。
        </Typography.Paragraph>
      )}
      {stats.loading && !data && <Skeleton active />}
      {!stats.loading && !data && !stats.error && <Empty description="暂无统计数据" />}
      {data && <StatisticGroupCards labels={statisticGroupLabels} figures={data.figures} onOpen={setOpen} />}
      {data && (
        <Suspense fallback={<Skeleton active />}>
          <StatisticsChart figures={data.figures} />
        </Suspense>
      )}
      {open && data && (
        <StatisticsRecordsDrawer
          figure={open}
          query={{ ...data.period, regionCode: data.scope.regionCode, orgId: data.scope.orgId ?? undefined }}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
