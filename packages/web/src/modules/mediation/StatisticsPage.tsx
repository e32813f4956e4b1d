// 调解统计: the period's figures (default this year to date) for the region or one unit — disputes taken up,
// concluded, settled, the success rate, the major ones and the agreements the court confirmed — each counted from
// the records; every card opens the disputes it counts.
import { useState } from 'react';
import { Skeleton } from 'antd';
import { mediationStatisticGroupLabels } from '@fazhi/core/modules';
import type { MediationStatisticRecord, MediationStatistics } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import { useToday } from '../../shell/session';
import { periodPresets, type Period } from '../../components/statistics-period';
import StatisticsBodyHeader from '../../components/StatisticsBodyHeader';
import StatisticGroupCards from '../../components/StatisticGroupCards';
import StatisticRecordsDrawer from '../../components/StatisticRecordsDrawer';

type Figure = MediationStatistics['figures'][number];

export default function StatisticsPage() {
  const today = useToday();
  const [period, setPeriod] = useState<Period>(periodPresets(today)[0]?.period as Period);
  const [mediatingUnitId, setUnit] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<Figure | null>(null);
  const stats = useApi<MediationStatistics>('/mediation-statistics', { ...period, mediatingUnitId });
  const data = stats.data;
  const query = data && {
    ...data.period,
    regionCode: data.scope.regionCode,
    mediatingUnitId: data.scope.bodyOrgId ?? undefined,
  };
  return (
    <div className="fz-panel">
      <StatisticsBodyHeader
        period={period}
        onPeriod={setPeriod}
        bodyLabel="调解单位"
        bodyId={mediatingUnitId}
        onBody={setUnit}
        data={data}
        error={stats.error}
        exportHref={query && { path: '/api/mediation-statistics/export.xlsx', query }}
        exportLabel="导出Excel（含构成每项数字的纠纷）"
        hint="点击任一数字可查看构成该数字的纠纷。"
      />
      {stats.loading && !data && <Skeleton active />}
      {data && <StatisticGroupCards labels={mediationStatisticGroupLabels} figures={data.figures} onOpen={setOpen} />}
      {open && query && (
        <StatisticRecordsDrawer<MediationStatisticRecord>
          figure={open}
          query={query}
          path="/mediation-statistics/records"
          titleLabel="纠纷"
          countWord="件"
          columns={[
            { title: '调解单位', dataIndex: 'bodyName', width: 170 },
            { title: '说明', dataIndex: 'note', width: 220 },
          ]}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
