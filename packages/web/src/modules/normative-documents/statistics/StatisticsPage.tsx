// 规范性文件统计: the figures of a period (default this year to date) for the region or one unit — 起草、审核、
// 审结率、发布、报备、备案率、及时率、备案审查结果、纠正、期末有效/废止/失效、清理结果. Each card opens the records it
// counts. A unit's legal officer sees only the unit; the justice bureau and the leaders pick any unit of the region.
import { lazy, Suspense, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Empty, Row, Select, Skeleton, Space, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FileExcelOutlined } from '@ant-design/icons';
import { withQuery } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { useToday } from '../../../shell/session';
import { formatPeriod, periodPresets, type Period } from './statistics-period';
import { statisticGroupLabels } from '@fazhi/core/modules';
import type { NormativeStatistics, StatisticFigure, StatisticGroup } from '@fazhi/core/contracts';
import StatisticsRecordsDrawer from './StatisticsRecordsDrawer';

const StatisticsChart = lazy(() => import('./StatisticsChart'));

const groups: StatisticGroup[] = ['drafting', 'filing', 'stock', 'cleanup'];

export default function StatisticsPage() {
  const today = useToday();
  const presets = useMemo(() => periodPresets(today), [today]);
  const [period, setPeriod] = useState<Period>(presets[0]?.period as Period);
  const [orgId, setOrgId] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<StatisticFigure | null>(null);
  const stats = useApi<NormativeStatistics>('/normative-statistics', { ...period, orgId });
  const data = stats.data;
  const units = data?.scope.units ?? [];
  const range: [Dayjs, Dayjs] = [dayjs(period.from), dayjs(period.to)];

  return (
    <div className="fz-panel">
      <div className="fz-toolbar">
        统计期间：
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          aria-label="统计期间"
          onChange={(v) => {
            if (v?.[0] && v[1]) setPeriod({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
          }}
        />
        <Space.Compact>
          {presets.map((p) => (
            <Button
              key={p.key}
              type={p.period.from === period.from && p.period.to === period.to ? 'primary' : 'default'}
              onClick={() => setPeriod(p.period)}
            >
              {p.label}
            </Button>
          ))}
        </Space.Compact>
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
      {data &&
        groups.map((g) => (
          <Card key={g} size="small" title={statisticGroupLabels[g]} style={{ marginBottom: 12 }}>
            <Row gutter={[12, 12]}>
              {data.figures
                .filter((f) => f.group === g)
                .map((f) => (
                  <Col key={f.key} xs={12} md={8} lg={6} xl={4}>
                    <FigureCard figure={f} onOpen={() => setOpen(f)} />
                  </Col>
                ))}
            </Row>
          </Card>
        ))}
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

function FigureCard({ figure: f, onOpen }: { figure: StatisticFigure; onOpen: () => void }) {
  const rate = f.unit === '%';
  return (
    <Tooltip title={`${f.definition}（依据：${f.basis}）`}>
      <Card
        size="small"
        hoverable
        onClick={onOpen}
        role="button"
        tabIndex={0}
        aria-label={`${f.label}：${f.display}，查看明细`}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') onOpen();
        }}
        styles={{ body: { padding: 12 } }}
      >
        <div style={{ color: '#595959', fontSize: 13 }}>{f.label}</div>
        <div style={{ fontSize: 26, fontWeight: 600, lineHeight: '36px' }}>
          {rate ? f.display : f.value}
          {!rate && <span style={{ fontSize: 14, fontWeight: 400, marginLeft: 2 }}>件</span>}
        </div>
        <div style={{ color: '#8c8c8c', fontSize: 12 }}>
          {rate ? `${f.numerator ?? 0} / ${f.denominator ?? 0} 件` : `按${f.countedDate}统计`}
        </div>
      </Card>
    </Tooltip>
  );
}
