// 行政应诉案件: the suits of the agencies the user reaches, newest filed first, with the next hearing and whether the
// head must still appear (the court called, or the region's rule names the suit).
import { consoleLink, litigationMenu, suitStatusLabels } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Select, Table, Tag, Typography } from 'antd';
import type { SuitPage, SuitRow } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import { displayDate } from '../../shell/datetime';

const statusOptions = Object.entries(suitStatusLabels).map(([value, label]) => ({ value, label }));

export default function SuitsPage() {
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const list = useApi<SuitPage>('/litigation-suits', { status, page, pageSize: 20 });
  return (
    <Card
      size="small"
      title="行政应诉案件"
      extra={
        (list.data?.bodies.length ?? 0) > 0 && (
          <Link to={consoleLink(litigationMenu, 'litigation-suits', 'new')}>
            <Button type="primary">登记案件</Button>
          </Link>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        本机关作为被告的行政诉讼案件。答辩期（《中华人民共和国行政诉讼法》第六十七条）、上诉期（第八十五条）和负责人出庭应诉身份证明的提交期限由工作日历计算，并在工作台提示。
      </Typography.Paragraph>
      <div className="fz-toolbar">
        案件状态：
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
          aria-label="案件状态"
        />
      </div>
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<SuitRow>
        size="small"
        rowKey="id"
        data-testid="litigation-suit-list"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '暂无行政诉讼案件' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 件`,
        }}
        columns={[
          {
            title: '案号',
            dataIndex: 'suitNumber',
            width: 210,
            render: (v: string, r) => <Link to={consoleLink(litigationMenu, 'litigation-suits', r.id)}>{v}</Link>,
          },
          { title: '被诉行政机关', dataIndex: 'bodyName', width: 180 },
          { title: '原告', dataIndex: 'plaintiffs', width: 150 },
          { title: '案由', dataIndex: 'suitCause' },
          { title: '立案日期', dataIndex: 'filedOn', width: 130, render: (v: string) => displayDate(v) },
          {
            title: '状态',
            dataIndex: 'statusLabel',
            width: 150,
            render: (v: string, r) => <Tag color={r.outcome ? undefined : 'blue'}>{r.outcomeLabel ?? v}</Tag>,
          },
          {
            title: '下次开庭',
            dataIndex: 'nextHearingOn',
            width: 190,
            render: (v: string | null, r) =>
              v ? (
                <>
                  {displayDate(v)} {r.headNeeded && <Tag color="red">负责人应出庭</Tag>}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}
