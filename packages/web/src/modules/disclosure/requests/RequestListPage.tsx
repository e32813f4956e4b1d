// 政府信息公开申请: the requests to the bodies in scope, newest first, each with its period due soonest and its colour.
import { consoleLink, disclosureMenu, requestStatusLabels } from '@fazhi/core/modules';
import type { DisclosureRequestRow, Page } from '@fazhi/core/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Select, Table, Tag, Typography } from 'antd';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';
import { useSession } from '../../../shell/session';

const warningColours: Record<string, string> = { none: 'blue', yellow: 'gold', orange: 'orange', red: 'red' };
const statusOptions = Object.entries(requestStatusLabels).map(([value, label]) => ({ value, label }));

export default function RequestListPage() {
  const { actions } = useSession().session;
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const list = useApi<Page<DisclosureRequestRow>>('/disclosure-requests', { status, page, pageSize: 20 });
  return (
    <Card
      size="small"
      title="政府信息公开申请"
      extra={
        actions.includes('disclosure.handle') && (
          <Link to={consoleLink(disclosureMenu, 'disclosure-requests', 'new')}>
            <Button type="primary">登记申请</Button>
          </Link>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        网上、信函、传真、当面和口头提出的政府信息公开申请。补正、答复和征求意见的期限由工作日历按《中华人民共和国政府信息公开条例》计算，“当前期限”为正在计算的期限。
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
      <Table<DisclosureRequestRow>
        size="small"
        rowKey="id"
        data-testid="disclosure-request-list"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '暂无政府信息公开申请' }}
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
            render: (v: string, r) => <Link to={consoleLink(disclosureMenu, 'disclosure-requests', r.id)}>{v}</Link>,
          },
          { title: '申请人', dataIndex: 'applicantName', width: 140 },
          { title: '被申请机关', dataIndex: 'bodyName', width: 180 },
          { title: '所需信息', dataIndex: 'informationDescription', ellipsis: true },
          { title: '提交日期', dataIndex: 'submittedOn', width: 120, render: (v: string) => displayDate(v) },
          {
            title: '办理状态',
            dataIndex: 'status',
            width: 130,
            render: (v: DisclosureRequestRow['status'], r) => (
              <>
                <Tag>{requestStatusLabels[v]}</Tag>
                {r.isDemo && <Tag color="purple">演示</Tag>}
              </>
            ),
          },
          {
            title: '当前期限',
            dataIndex: 'nextDeadline',
            width: 220,
            render: (d: DisclosureRequestRow['nextDeadline']) =>
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
