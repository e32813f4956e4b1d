// A record's stored deadlines with "why this date": each due date with its rule, basis and the calendar engine's
// explanation — the normative review desk's and the reconsideration cases' pages show them. Only lazy pages import it.
import { Descriptions, Popover, Tag, Typography } from 'antd';
import type { RecordDeadline } from '@fazhi/core/contracts';
import { displayDate } from '../shell/datetime';

const statusLabels: Record<string, string> = {
  met: '已按期办结',
  missed: '已逾期',
  cancelled: '已撤销',
  paused: '暂停计算',
};
const warningColours: Record<string, string> = { none: 'green', yellow: 'gold', orange: 'orange', red: 'red' };

export function DeadlineWhy({ explanation, basis }: { explanation: readonly string[]; basis: string }) {
  return (
    <Popover
      title="为什么是这个日期"
      content={
        <div style={{ maxWidth: 420 }}>
          <div style={{ marginBottom: 6 }}>依据：{basis}</div>
          <ol style={{ paddingLeft: 18, margin: 0 }}>
            {explanation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </div>
      }
    >
      <Typography.Link>计算说明</Typography.Link>
    </Popover>
  );
}

export default function RecordDeadlines({ deadlines }: { deadlines: readonly RecordDeadline[] }) {
  if (!deadlines.length) return <Typography.Text type="secondary">暂无法定期限</Typography.Text>;
  return (
    <Descriptions size="small" column={1} bordered>
      {deadlines.map((d) => (
        <Descriptions.Item key={d.id} label={d.label}>
          {displayDate(d.due)}前{' '}
          {d.status === 'open' ? (
            <Tag color={warningColours[d.warningLevel] ?? 'default'}>进行中</Tag>
          ) : (
            <Tag color={d.status === 'missed' ? 'red' : 'default'}>{statusLabels[d.status] ?? d.status}</Tag>
          )}
          {d.provisional && <Tag color="purple">暂定</Tag>}
          <span style={{ marginLeft: 8 }}>
            <DeadlineWhy explanation={d.explanation} basis={d.basis} />
          </span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
