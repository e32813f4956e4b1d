// 建议审查: requests from citizens and organisations that the justice bureau review a normative document, with their
// status and the stored deadlines of the open ones.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Select, Table, Tag, Typography } from 'antd';
import { useApi } from '../../../api/hooks';
import type { Page, ReviewRequestRow } from '@fazhi/core/contracts';
import { requestStatusColours } from './desk-format';
import { cnDate } from '../normative-format';

const statusOptions = [
  { value: 'received', label: '已收到，待受理审查' },
  { value: 'accepted', label: '已受理，审查中' },
  { value: 'declined', label: '不予受理' },
  { value: 'answered', label: '已答复' },
];

const warningColours: Record<string, string> = { none: 'blue', yellow: 'gold', orange: 'orange', red: 'red' };

export default function ReviewRequestListPage() {
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const list = useApi<Page<ReviewRequestRow>>('/normative-review-requests', { status, page, pageSize: 20 });
  return (
    <Card size="small" title="规范性文件建议审查">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        公民、法人或者其他组织认为规范性文件违法的，可以向司法行政部门提出审查建议；受理和答复的期限由工作日历计算，点开一条可查看计算说明；“当前期限”为正在办理的环节的截止日期。
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
      <Table<ReviewRequestRow>
        size="small"
        rowKey="id"
        data-testid="review-request-list"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '暂无审查建议' }}
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
              <Link to={consoleLink(normativeMenu, 'normative-review-requests', r.id)}>{v}</Link>
            ),
          },
          {
            title: '建议审查的文件',
            dataIndex: 'documentTitle',
            render: (v: string, r) => (
              <>
                {r.isDemo && <Tag color="purple">演示</Tag>}
                {v}
              </>
            ),
          },
          {
            title: '建议人',
            dataIndex: 'requesterName',
            width: 160,
            render: (v: string, r) => `${v}（${r.requesterKind === 'organisation' ? '组织' : '公民'}）`,
          },
          { title: '收到日期', dataIndex: 'receivedOn', width: 130, render: cnDate },
          {
            title: '当前期限',
            dataIndex: 'openDeadline',
            width: 150,
            render: (d: ReviewRequestRow['openDeadline']) =>
              d ? (
                <>
                  <Tag color={warningColours[d.warningLevel] ?? 'default'}>{d.due} 前</Tag>
                  <div style={{ fontSize: 12, color: '#8c8c8c' }}>{d.label}</div>
                </>
              ) : (
                '—'
              ),
          },
          {
            title: '状态',
            dataIndex: 'statusLabel',
            width: 150,
            render: (v: string, r) => <Tag color={requestStatusColours[r.status]}>{v}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
