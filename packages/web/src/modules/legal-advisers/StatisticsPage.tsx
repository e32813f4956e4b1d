// 法律顾问与合法性审查统计: the period's figures (default this year to date) for the region or one unit — advisers by
// level and kind, engagements by kind, reviews by kind and outcome, the individual opinions, the reviews concluded
// within their period — each counted from the records; every card opens the records it counts.
import { useState } from 'react';
import { Skeleton } from 'antd';
import { legalAdviserStatisticGroupLabels } from '@fazhi/core/modules';
import type { LegalAdviserStatisticRecord, LegalAdviserStatistics } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import { useToday } from '../../shell/session';
import { periodPresets, type Period } from '../../components/statistics-period';
import StatisticsBodyHeader from '../../components/StatisticsBodyHeader';
import StatisticGroupCards from '../../components/StatisticGroupCards';
import StatisticRecordsDrawer from '../../components/StatisticRecordsDrawer';

type Figure = LegalAdviserStatistics['figures'][number];

export default function StatisticsPage() {
  const today = useToday();
  const [period, setPeriod] = useState<Period>(periodPresets(today)[0]?.period as Period);
  const [statisticsUnitId, setUnit] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<Figure | null>(null);
  const stats = useApi<LegalAdviserStatistics>('/legal-adviser-statistics', { ...period, statisticsUnitId });
  const data = stats.data;
  const query = data && {
    ...data.period,
    regionCode: data.scope.regionCode,
    statisticsUnitId: data.scope.bodyOrgId ?? undefined,
  };
  return (
    <div className="fz-panel">
      <StatisticsBodyHeader
        period={period}
        onPeriod={setPeriod}
        bodyLabel="单位"
        bodyId={statisticsUnitId}
        onBody={setUnit}
        data={data}
        error={stats.error}
        exportHref={query && { path: '/api/legal-adviser-statistics/export.xlsx', query }}
        exportLabel="导出Excel（含构成每项数字的记录）"
        hint="点击任一数字可查看构成该数字的记录。"
      />
      {stats.loading && !data && <Skeleton active />}
      {data && (
        <StatisticGroupCards labels={legalAdviserStatisticGroupLabels} figures={data.figures} onOpen={setOpen} />
      )}
      {open && query && (
        <StatisticRecordsDrawer<LegalAdviserStatisticRecord>
          figure={open}
          query={query}
          path="/legal-adviser-statistics/records"
          titleLabel="记录"
          countWord="件"
          columns={[
            { title: '单位', dataIndex: 'bodyName', width: 170 },
            { title: '说明', dataIndex: 'note', width: 220 },
          ]}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
