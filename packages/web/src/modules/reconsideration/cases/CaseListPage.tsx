// 行政复议案件: the office's cases, newest first, each with its step due soonest and its warning colour.
import { consoleLink, reconsiderationMenu, reconsiderationStatusLabels } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Select, Table, Tag, Typography } from 'antd';
import { useSession } from '../../../shell/session';
import type { Page, ReconsiderationCaseRow } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';

const warningColours: Record<string, string> = { none: 'blue', yellow: 'gold', orange: 'orange', red: 'red' };
const statusOptions = Object.entries(reconsiderationStatusLabels).map(([value, label]) => ({ value, label }));

export default function CaseListPage() {
  const { actions } = useSession().session;
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const list = useApi<Page<ReconsiderationCaseRow>>('/reconsideration-cases', { status, page, pageSize: 20 });
  return (
    <Card
      size="small"
      title="行政复议案件"
      extra={
        actions.includes('reconsideration.handle') && (
          <Link to={consoleLink(reconsiderationMenu, 'reconsideration-cases', 'new')}>
            <Button type="primary">登记申请</Button>
          </Link>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        网上、邮寄、当面和口头提出的行政复议申请。受理审查、补正、审理和作出决定的期限由工作日历按《中华人民共和国行政复议法》计算，“当前期限”为正在办理的环节的截止日期。
      </Typography.Paragraph>
      <div className="fz-toolbar">
        办理状态：
        <Select
          allowClear
          placeholder="全部"
          value={status}
          onChange={(v: string | undefined) => {
            setStatus(v);
            setPage(1);
          }}
          options={statusOptions}
          style={{ width: 200 }}
          aria-label="办理状态"
        />
      </div>
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<ReconsiderationCaseRow>
        size="small"
        rowKey="id"
        data-testid="reconsideration-case-list"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '暂无行政复议案件' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 件`,
        }}
        columns={[
          {
            title: '查询编号',
            dataIndex: 'trackingNumber',
            width: 215,
            render: (v: string, r) => (
              <Link to={consoleLink(reconsiderationMenu, 'reconsideration-cases', r.id)}>{v}</Link>
            ),
          },
          { title: '申请人', dataIndex: 'applicantName', width: 140 },
          { title: '被申请人', dataIndex: 'respondentName', width: 180 },
          { title: '行政行为', dataIndex: 'contestedAct' },
          { title: '收到日期', dataIndex: 'receivedOn', width: 130, render: (v: string) => displayDate(v) },
          {
            title: '办理状态',
            dataIndex: 'status',
            width: 150,
            render: (v: ReconsiderationCaseRow['status']) => <Tag>{reconsiderationStatusLabels[v]}</Tag>,
          },
          {
            title: '当前期限',
            dataIndex: 'nextDeadline',
            width: 220,
            render: (d: ReconsiderationCaseRow['nextDeadline']) =>
              d ? (
                <Tag color={warningColours[d.warningLevel] ?? 'blue'}>
                  {d.label} {displayDate(d.due)}前
                </Tag>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}
