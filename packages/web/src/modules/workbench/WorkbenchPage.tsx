// 工作台: the signed-in person's open statutory deadlines across modules (coloured by the deadline sweeps' warning
// level), their notifications, and counts per kind of record — all computed by the server from the records.
import { useMemo } from 'react';
import { Alert, App, Badge, Button, Card, Col, Empty, List, Row, Statistic, Table, Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import type { Notification, Page, WarningLevel, Workbench } from '@fazhi/core/contracts';
import { errorText } from '../../shell/errors';
import { displayDate, displayTime } from '../../shell/datetime';
import { useSession } from '../../shell/session';
import Chart, { type ChartOption } from '../../shell/Chart';
import FirstSteps from './FirstSteps';

const levels: Record<WarningLevel, { color: string; label: string }> = {
  none: { color: 'default', label: '正常' },
  yellow: { color: 'gold', label: '黄色预警' },
  orange: { color: 'orange', label: '橙色预警' },
  red: { color: 'red', label: '红色预警' },
};

export default function WorkbenchPage() {
  const { session } = useSession();
  const { message } = App.useApp();
  const wb = useApi<Workbench>('/workbench');
  const notes = useApi<Page<Notification> & { unread: number }>('/notifications', { page: 1, pageSize: 8 });
  const todos = wb.data?.todos ?? [];
  const counts = wb.data?.counts ?? [];

  const chart = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: counts.map((c) => c.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: '办理中',
          type: 'bar',
          stack: 'n',
          color: '#1d4f91',
          data: counts.map((c) => c.open - c.yellow - c.orange - c.red),
        },
        { name: '黄色预警', type: 'bar', stack: 'n', color: '#fadb14', data: counts.map((c) => c.yellow) },
        { name: '橙色预警', type: 'bar', stack: 'n', color: '#fa8c16', data: counts.map((c) => c.orange) },
        { name: '红色预警', type: 'bar', stack: 'n', color: '#f5222d', data: counts.map((c) => c.red) },
      ],
    }),
    [counts],
  );

  const read = async (n: Notification) => {
    try {
      if (!n.readAt) await api.post(`/notifications/${n.id}/read`);
      notes.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const readAll = async () => {
    try {
      const r = await api.post<{ updated: number }>('/notifications/read-all');
      message.success(`已将 ${r.updated} 条通知标为已读`);
      notes.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const sum = (k: 'open' | 'yellow' | 'orange' | 'red') => counts.reduce((n, c) => n + c[k], 0);

  return (
    <Row gutter={[16, 16]}>
      {wb.data?.firstSteps && (
        <Col span={24}>
          <FirstSteps steps={wb.data.firstSteps} />
        </Col>
      )}
      <Col span={24}>
        <Card size="small">
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title={`${session.user.displayName}，待办期限`} value={sum('open')} />
            </Col>
            <Col span={6}>
              <Statistic title="黄色预警" value={sum('yellow')} valueStyle={{ color: '#d4b106' }} />
            </Col>
            <Col span={6}>
              <Statistic title="橙色预警" value={sum('orange')} valueStyle={{ color: '#fa8c16' }} />
            </Col>
            <Col span={6}>
              <Statistic title="红色预警" value={sum('red')} valueStyle={{ color: '#f5222d' }} />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col span={16}>
        <Card title="待办事项（按法定期限先后）" size="small">
          {wb.error && <Alert type="error" showIcon message={wb.error.message} />}
          <Table
            size="small"
            rowKey="deadlineId"
            loading={wb.loading}
            dataSource={todos}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            locale={{
              emptyText: (
                <Empty description="您负责的单位目前没有待办的法定期限。各业务模块登记的事项产生期限后会在这里按到期先后列出。" />
              ),
            }}
            columns={[
              {
                title: '事项',
                dataIndex: 'subjectTitle',
                render: (v: string, t: Workbench['todos'][number]) => (t.link ? <Link to={t.link}>{v}</Link> : v),
              },
              { title: '期限', dataIndex: 'label', width: 110 },
              {
                title: '到期日',
                dataIndex: 'dueOn',
                width: 130,
                render: (v: string, t: Workbench['todos'][number]) => (
                  <Tooltip title={t.basis}>
                    {t.bound === 'floor' ? `不早于${displayDate(v)}` : displayDate(v)}
                    {t.provisional && <Tag style={{ marginLeft: 4 }}>暂定</Tag>}
                  </Tooltip>
                ),
              },
              {
                title: '预警',
                dataIndex: 'warningLevel',
                width: 100,
                // a floor (不少于…) is owed, never overdue: the working days still owed instead of a warning
                render: (v: WarningLevel, t: Workbench['todos'][number]) =>
                  t.bound === 'floor' ? (
                    <Tag>尚需{t.owedWorkingDays}个工作日</Tag>
                  ) : (
                    <Tag color={levels[v].color}>{levels[v].label}</Tag>
                  ),
              },
              { title: '责任单位', dataIndex: 'responsibleOrgName', width: 170, ellipsis: true },
            ]}
          />
        </Card>
      </Col>
      <Col span={8}>
        <Card
          title={
            <span>
              通知 <Badge count={notes.data?.unread ?? 0} />
            </span>
          }
          size="small"
          extra={
            (notes.data?.unread ?? 0) > 0 && (
              <Button size="small" type="link" onClick={() => void readAll()}>
                全部标为已读
              </Button>
            )
          }
        >
          {notes.error && <Alert type="error" showIcon message={notes.error.message} />}
          <List
            size="small"
            loading={notes.loading}
            dataSource={notes.data?.items ?? []}
            locale={{ emptyText: '暂无通知。期限临近、事项流转到您时，系统会在这里通知您。' }}
            renderItem={(n) => (
              <List.Item onClick={() => void read(n)} style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }}>
                <List.Item.Meta
                  title={n.link ? <Link to={n.link}>{n.title}</Link> : n.title}
                  description={`${n.body} · ${displayTime(n.createdAt)}`}
                />
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card title="各类事项的期限情况" size="small">
          {counts.length ? <Chart option={chart} /> : <Empty description="还没有事项产生法定期限。" />}
        </Card>
      </Col>
    </Row>
  );
}
