// 告知承诺统计: the year's figures (default this year to date) for the region or one body — matters handled by
// commitment, checked, found false — each counted from the records; every card opens the matters it counts.
import { useState } from 'react';
import { Skeleton } from 'antd';
import { commitmentStatisticGroupLabels } from '@fazhi/core/modules';
import type { CommitmentStatisticRecord, CommitmentStatistics } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import { useToday } from '../../shell/session';
import { periodPresets, type Period } from '../../components/statistics-period';
import StatisticsBodyHeader from '../../components/StatisticsBodyHeader';
import StatisticGroupCards from '../../components/StatisticGroupCards';
import StatisticRecordsDrawer from '../../components/StatisticRecordsDrawer';

type Figure = CommitmentStatistics['figures'][number];

export default function StatisticsPage() {
  const today = useToday();
  const [period, setPeriod] = useState<Period>(periodPresets(today)[0]?.period as Period);
  const [handlingBodyId, setBody] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<Figure | null>(null);
  const stats = useApi<CommitmentStatistics>('/commitment-statistics', { ...period, handlingBodyId });
  const data = stats.data;
  const query = data && {
    ...data.period,
    regionCode: data.scope.regionCode,
    handlingBodyId: data.scope.bodyOrgId ?? undefined,
  };
  return (
    <div className="fz-panel">
      <StatisticsBodyHeader
        period={period}
        onPeriod={setPeriod}
        bodyLabel="办理机关"
        bodyId={handlingBodyId}
        onBody={setBody}
        data={data}
        error={stats.error}
        exportHref={query && { path: '/api/commitment-statistics/export.xlsx', query }}
        exportLabel="导出Excel（含构成每项数字的事项）"
        hint="点击任一数字可查看构成该数字的办理事项。"
      />
      {stats.loading && !data && <Skeleton active />}
      {data && <StatisticGroupCards labels={commitmentStatisticGroupLabels} figures={data.figures} onOpen={setOpen} />}
      {open && query && (
        <StatisticRecordsDrawer<CommitmentStatisticRecord>
          figure={open}
          query={query}
          path="/commitment-statistics/records"
          titleLabel="事项（申请人）"
          countWord="件"
          columns={[
            { title: '办理机关', dataIndex: 'bodyName', width: 170 },
            { title: '说明', dataIndex: 'note', width: 220 },
          ]}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
