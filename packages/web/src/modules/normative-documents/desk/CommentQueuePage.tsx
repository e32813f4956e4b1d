// 公众意见处理: the drafting unit's queue of public comments waiting for moderation, oldest first, across the
// documents whose consultation it conducts. Each document links to its page of comments and answers.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Table, Typography } from 'antd';
import { useApi } from '../../../api/hooks';
import type { Page, PendingComment } from '@fazhi/core/contracts';
import CommentModeration from './CommentModeration';

import { displayTime as at } from '../../../shell/datetime';

export default function CommentQueuePage() {
  const [page, setPage] = useState(1);
  const list = useApi<Page<PendingComment>>('/normative-comments/pending', { page, pageSize: 20 });
  return (
    <Card size="small" title="公众意见处理">
      <Typography.Paragraph type="secondary">
        公开征求意见期间公众提交的意见先经审核：与文件有关的意见审核通过后逐条答复采纳情况（采纳、部分采纳、不予采纳并说明理由）；广告、辱骂或与文件无关的内容审核为无效意见并写明理由。全部意见审核并答复后方可报送合法性审核。
      </Typography.Paragraph>
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<PendingComment>
        size="small"
        rowKey="id"
        data-testid="pending-comments"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '没有待审核的公众意见' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `待审核 ${n} 条`,
        }}
        columns={[
          {
            title: '文件',
            dataIndex: 'documentTitle',
            width: 260,
            render: (v: string, c) => (
              <Link to={consoleLink(normativeMenu, 'normative-documents', `${c.documentId}/comments`)}>{v}</Link>
            ),
          },
          { title: '条款', dataIndex: 'articleHeading', width: 90, render: (v: string | null) => v ?? '全文' },
          {
            title: '意见内容',
            dataIndex: 'body',
            render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>,
          },
          { title: '提出人', dataIndex: 'commenterName', width: 120, render: (v: string | null) => v ?? '匿名' },
          { title: '提交时间', dataIndex: 'submittedAt', width: 140, render: at },
          {
            title: '审核',
            key: 'op',
            width: 150,
            render: (_: unknown, c) => (
              <CommentModeration documentId={c.documentId} commentId={c.id} onDone={list.reload} />
            ),
          },
        ]}
      />
    </Card>
  );
}
