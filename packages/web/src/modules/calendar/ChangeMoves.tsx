// What a calendar change did: its summary and every open deadline it moved, old due date → new due date.
import { Alert, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import type { CalendarChangeDetail, DeadlineMove } from '@fazhi/core/contracts';
import { displayDate } from '../../shell/datetime';

export default function ChangeMoves({ changeId }: { changeId: string }) {
  const change = useApi<CalendarChangeDetail>(`/calendar/changes/${changeId}`);
  if (change.error) return <Alert type="error" showIcon message={change.error.message} />;
  const c = change.data;
  return (
    <div data-testid="calendar-change">
      {c && (
        <Alert
          type={c.movedCount ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 8 }}
          message={c.summary}
          description={
            c.movedCount
              ? `本次调整使 ${c.movedCount} 个未办结的法定期限的到期日发生变化，已重新计算并通知责任单位。`
              : '本次调整没有使任何未办结的法定期限发生变化。'
          }
        />
      )}
      <Table
        size="small"
        rowKey="deadlineId"
        loading={change.loading}
        dataSource={c?.moves ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '没有期限因此变动' }}
        columns={[
          {
            title: '事项',
            dataIndex: 'subjectTitle',
            render: (v: string, m: DeadlineMove) => (m.link ? <Link to={m.link}>{v}</Link> : v),
          },
          { title: '期限', dataIndex: 'label', width: 110 },
          { title: '原到期日', dataIndex: 'previousDue', width: 130, render: (v: string) => displayDate(v) },
          {
            title: '新到期日',
            dataIndex: 'newDue',
            width: 130,
            render: (v: string) => <Tag color="blue">{displayDate(v)}</Tag>,
          },
          { title: '依据', dataIndex: 'basis', ellipsis: true },
        ]}
      />
    </div>
  );
}
