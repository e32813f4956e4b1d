// 重大行政决策统计: the figures of a period (default this year to date) for the region, one decision body or one
// 承办单位 — 目录事项、启动、作出决策、经公众参与/听证/专家论证/风险评估/公平竞争审查、合法性审查率（应为100%，
// 不足时红色）、公布、备案、按期备案率、后评估、调整、停止执行. Every card opens the decisions it counts.
import { useState } from 'react';
import { Alert, Button, Empty, Select, Skeleton, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { withQuery } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { useToday } from '../../../shell/session';
import { formatPeriod, periodPresets, type Period } from '../../../components/statistics-period';
import StatisticsPeriodPicker from '../../../components/StatisticsPeriodPicker';
import StatisticGroupCards from '../../../components/StatisticGroupCards';
import { decisionStatisticGroupLabels } from '@fazhi/core/modules';
import type { DecisionStatisticFigure, DecisionStatistics } from '@fazhi/core/contracts';
import DecisionStatisticRecordsDrawer from './DecisionStatisticRecordsDrawer';

export default function DecisionStatisticsPage() {
  const today = useToday();
  const [period, setPeriod] = useState<Period>(periodPresets(today)[0]?.period as Period);
  const [bodyOrgId, setBody] = useState<string | undefined>(undefined);
  const [sponsorOrgId, setSponsor] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<DecisionStatisticFigure | null>(null);
  const stats = useApi<DecisionStatistics>('/decision-statistics', { ...period, bodyOrgId, sponsorOrgId });
  const data = stats.data;
  const query = data && {
    ...data.period,
    regionCode: data.scope.regionCode,
    bodyOrgId: data.scope.bodyOrgId ?? undefined,
    sponsorOrgId: data.scope.sponsorOrgId ?? undefined,
  };
  const picker = (
    label: string,
    units: { id: string; name: string }[],
    value: string | undefined,
    set: (v?: string) => void,
  ) =>
    units.length > 0 && (
      <>
        {label}：
        <Select
          aria-label={label}
          style={{ width: 220 }}
          value={value ?? ''}
          onChange={(v: string) => set(v || undefined)}
          showSearch
          optionFilterProp="label"
          options={[{ value: '', label: '全部' }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
      </>
    );

  return (
    <div className="fz-panel">
      <div className="fz-toolbar">
        <StatisticsPeriodPicker period={period} onChange={setPeriod} />
        {picker('决策机关', data?.scope.bodies ?? [], bodyOrgId, setBody)}
        {picker('承办单位', data?.scope.sponsors ?? [], sponsorOrgId, setSponsor)}
        {query && (
          <Button icon={<FileExcelOutlined />} href={withQuery('/api/decision-statistics/export.xlsx', query)}>
            导出Excel（含构成每项数字的决策）
          </Button>
        )}
      </div>
      {stats.error && <Alert type="error" showIcon message={stats.error.message} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph type="secondary">
          统计范围：{[data.scope.regionName, data.scope.bodyName, data.scope.sponsorName].filter(Boolean).join(' · ')}
          <span style={{ marginLeft: 16 }}>统计期间：{formatPeriod(data.period)}。</span>
          点击任一数字可查看构成该数字的决策清单。
        </Typography.Paragraph>
      )}
      {stats.loading && !data && <Skeleton active />}
      {!stats.loading && !data && !stats.error && <Empty description="暂无统计数据" />}
      {data && <StatisticGroupCards labels={decisionStatisticGroupLabels} figures={data.figures} onOpen={setOpen} />}
      {open && query && <DecisionStatisticRecordsDrawer figure={open} query={query} onClose={() => setOpen(null)} />}
    </div>
  );
}
