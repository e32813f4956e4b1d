// The head of a statistics page over records that belong to bodies (commitments, discretion benchmarks): the period
// picker, the body picker (the region as a whole or one of its bodies), the Excel export of what is shown, the
// server's refusal, and the scope and period the figures answer for.
import type { ReactNode } from 'react';
import { Alert, Button, Select, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { withQuery, type Query } from '../api/client';
import { formatPeriod, type Period } from './statistics-period';
import StatisticsPeriodPicker from './StatisticsPeriodPicker';

interface Answered {
  period: Period;
  scope: { regionName: string; bodyName: string | null; bodies: { id: string; name: string }[] };
}

export default function StatisticsBodyHeader(props: {
  period: Period;
  onPeriod: (p: Period) => void;
  /** what the module calls a body: 办理机关, 实施机关 */
  bodyLabel: string;
  bodyId: string | undefined;
  onBody: (id: string | undefined) => void;
  data: Answered | null | undefined;
  error: { message: string } | null | undefined;
  /** the export's path and query; no button until the figures have answered */
  exportHref: { path: string; query: Query } | null | undefined;
  exportLabel: string;
  /** the sentence after the scope and period: what a figure opens */
  hint: ReactNode;
}) {
  const { data } = props;
  return (
    <>
      <div className="fz-toolbar">
        <StatisticsPeriodPicker period={props.period} onChange={props.onPeriod} />
        {data && data.scope.bodies.length > 0 && (
          <>
            {props.bodyLabel}：
            <Select
              aria-label={props.bodyLabel}
              style={{ width: 220 }}
              value={props.bodyId ?? ''}
              onChange={(v: string) => props.onBody(v || undefined)}
              options={[
                { value: '', label: '全部' },
                ...data.scope.bodies.map((b) => ({ value: b.id, label: b.name })),
              ]}
            />
          </>
        )}
        {props.exportHref && (
          <Button icon={<FileExcelOutlined />} href={withQuery(props.exportHref.path, props.exportHref.query)}>
            {props.exportLabel}
          </Button>
        )}
      </div>
      {props.error && <Alert type="error" showIcon message={props.error.message} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph type="secondary">
          统计范围：{[data.scope.regionName, data.scope.bodyName].filter(Boolean).join(' · ')}
          <span style={{ marginLeft: 16 }}>统计期间：{formatPeriod(data.period)}。</span>
          {props.hint}
        </Typography.Paragraph>
      )}
    </>
  );
}
