// 行政复议统计: the period's figures (default this year to date) for the region or one office — applications received,
// 受理率, cases concluded, 纠错率, 法定期限内结案率, 决定书公开率 — each counted from the cases with its definition beside
// it; every card opens the cases it counts.
import { useState } from 'react';
import { Skeleton } from 'antd';
import { reconsiderationStatisticGroupLabels } from '@fazhi/core/modules';
import type { ReconsiderationStatisticRecord, ReconsiderationStatistics } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import { useToday } from '../../shell/session';
import { periodPresets, type Period } from '../../components/statistics-period';
import StatisticsBodyHeader from '../../components/StatisticsBodyHeader';
import StatisticGroupCards from '../../components/StatisticGroupCards';
import StatisticRecordsDrawer from '../../components/StatisticRecordsDrawer';

type Figure = ReconsiderationStatistics['figures'][number];

export default function StatisticsPage() {
  const today = useToday();
  const [period, setPeriod] = useState<Period>(periodPresets(today)[0]?.period as Period);
  const [officeId, setOffice] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<Figure | null>(null);
  const stats = useApi<ReconsiderationStatistics>('/reconsideration-statistics', { ...period, officeId });
  const data = stats.data;
  const query = data && {
    ...data.period,
    regionCode: data.scope.regionCode,
    officeId: data.scope.bodyOrgId ?? undefined,
  };
  return (
    <div className="fz-panel">
      <StatisticsBodyHeader
        period={period}
        onPeriod={setPeriod}
        bodyLabel="行政复议机构"
        bodyId={officeId}
        onBody={setOffice}
        data={data}
        error={stats.error}
        exportHref={query && { path: '/api/reconsideration-statistics/export.xlsx', query }}
        exportLabel="导出Excel（含构成每项数字的案件）"
        hint="点击任一数字可查看构成该数字的案件；比率的案件标明是否计入分子。"
      />
      {stats.loading && !data && <Skeleton active />}
      {data && (
        <StatisticGroupCards labels={reconsiderationStatisticGroupLabels} figures={data.figures} onOpen={setOpen} />
      )}
      {open && query && (
        <StatisticRecordsDrawer<ReconsiderationStatisticRecord>
          figure={open}
          query={query}
          path="/reconsideration-statistics/records"
          titleLabel="案件"
          countWord="件"
          columns={[
            { title: '行政复议机构', dataIndex: 'bodyName', width: 170 },
            { title: '说明', dataIndex: 'note', width: 220 },
          ]}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
