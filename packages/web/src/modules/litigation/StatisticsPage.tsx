// 行政应诉统计和月通报: the figures of a period for the region or one agency — new and concluded suits, 败诉率 and
// 负责人出庭应诉率 with their definitions beside them, the recommendations — each opening the records it counts; and
// the justice bureau's monthly notice (月通报) of any month as a 公文, DOCX or PDF.
import { useState } from 'react';
import { Card, Select, Skeleton, Space, Typography } from 'antd';
import { litigationStatisticGroupLabels } from '@fazhi/core/modules';
import type { LitigationStatisticRecord, LitigationStatistics } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import { withQuery } from '../../api/client';
import { useToday } from '../../shell/session';
import { periodPresets, type Period } from '../../components/statistics-period';
import StatisticsBodyHeader from '../../components/StatisticsBodyHeader';
import StatisticGroupCards from '../../components/StatisticGroupCards';
import StatisticRecordsDrawer from '../../components/StatisticRecordsDrawer';

type Figure = LitigationStatistics['figures'][number];

const monthLabel = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;

/** This month and the 23 before it, newest first, as YYYY-MM. */
function recentMonths(today: string): string[] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return Array.from({ length: 24 }, (_, i) => {
    const k = y * 12 + (m - 1) - i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

/** The month before today's (the notice is usually read for the month just ended), as YYYY-MM. */
function lastMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export default function StatisticsPage() {
  const today = useToday();
  const [period, setPeriod] = useState<Period>(periodPresets(today)[0]?.period as Period);
  const [defendingBodyId, setBody] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<Figure | null>(null);
  const [month, setMonth] = useState(lastMonth(today));
  const stats = useApi<LitigationStatistics>('/litigation-statistics', { ...period, defendingBodyId });
  const data = stats.data;
  const query = data && {
    ...data.period,
    regionCode: data.scope.regionCode,
    defendingBodyId: data.scope.bodyOrgId ?? undefined,
  };
  const notice = (format: 'docx' | 'pdf') =>
    withQuery('/api/litigation-notices/monthly', { noticeMonth: month, regionCode: data?.scope.regionCode, format });
  return (
    <>
      <Card size="small" title="行政应诉工作情况月通报">
        <Space wrap>
          通报月份：
          <Select
            aria-label="通报月份"
            value={month}
            onChange={setMonth}
            options={recentMonths(today).map((m) => ({ value: m, label: monthLabel(m) }))}
            style={{ width: 140 }}
          />
          <Typography.Text
            strong
            data-testid="notice-month"
          >{`${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`}</Typography.Text>
          <a href={notice('docx')}>下载月通报（DOCX）</a>
          <a href={notice('pdf')}>下载月通报（PDF）</a>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          月通报由司法局以公文形式印发，列明本月各行政机关新收、审结、败诉案件和负责人出庭应诉情况，数据来自本平台登记的案件记录。
        </Typography.Paragraph>
      </Card>
      <div className="fz-panel" style={{ marginTop: 12 }}>
        <StatisticsBodyHeader
          period={period}
          onPeriod={setPeriod}
          bodyLabel="行政机关"
          bodyId={defendingBodyId}
          onBody={setBody}
          data={data}
          error={stats.error}
          exportHref={query && { path: '/api/litigation-statistics/export.xlsx', query }}
          exportLabel="导出Excel（含构成每项数字的记录）"
          hint="点击任一数字可查看构成该数字的案件或建议；每项统计的口径和依据列在数字下方。"
        />
        {stats.loading && !data && <Skeleton active />}
        {data && (
          <StatisticGroupCards labels={litigationStatisticGroupLabels} figures={data.figures} onOpen={setOpen} />
        )}
        {/* the two rates leaders are judged by, each with what it counts written beside the figures */}
        {data?.figures
          .filter((f) => f.unit === '%')
          .map((f) => (
            <Typography.Paragraph key={f.key} type="secondary" data-testid={`definition-${f.key}`}>
              {f.label}：{f.definition}（依据：{f.basis}）
            </Typography.Paragraph>
          ))}
        {open && query && (
          <StatisticRecordsDrawer<LitigationStatisticRecord>
            figure={open}
            query={query}
            path="/litigation-statistics/records"
            titleLabel="案件或建议"
            countWord="件"
            columns={[
              { title: '行政机关', dataIndex: 'bodyName', width: 170 },
              { title: '说明', dataIndex: 'note', width: 220 },
            ]}
            onClose={() => setOpen(null)}
          />
        )}
      </div>
    </>
  );
}
