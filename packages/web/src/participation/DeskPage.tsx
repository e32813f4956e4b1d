// 公众意见处理: the comment desk across every kind of draft out for comment (normative documents, major decisions) —
// the comments waiting for moderation first, then the valid ones waiting for their answer —, of the drafts whose
// consultation the user's unit conducts, filtered by kind (and, from a record's page, by that record). Each row
// links to its record's page, where the module shows the whole consultation.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Table, Tag, Typography } from 'antd';
import { useApi } from '../api/hooks';
import { displayTime } from '../shell/datetime';
import type { DeskComment, DeskCommentPage } from '@fazhi/core/contracts';
import CommentModeration from './CommentModeration';
import CommentAnswerForm from './CommentAnswerForm';
import KindFilter, { ALL_KINDS as ALL } from './KindFilter';

const PAGE_SIZE = 20;

export default function DeskPage() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? ALL;
  const subjectId = params.get('subjectId');
  const [page, setPage] = useState(1);
  const list = useApi<DeskCommentPage>('/consultation-comments', {
    page,
    pageSize: PAGE_SIZE,
    ...(kind ? { kind } : {}),
    ...(subjectId ? { subjectId } : {}),
  });
  const kinds = list.data?.kinds ?? [];
  const choose = (value: string) => {
    setPage(1);
    setParams(value ? { kind: value } : {}, { replace: true });
  };
  return (
    <Card size="small" title="公众意见处理">
      <Typography.Paragraph type="secondary">
        公开征求意见期间公众提交的意见先经审核：与草案有关的意见审核通过后逐条答复采纳情况（采纳、部分采纳、不予采纳并说明理由）；广告、辱骂或与草案无关的内容审核为无效意见并写明理由。全部意见审核并答复后方可送请合法性审核（审查）。
      </Typography.Paragraph>
      <KindFilter kinds={kinds} value={kind} onChange={choose} />
      {subjectId && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="只显示一件草案的意见"
          action={<Link to={kind ? `?kind=${kind}` : '?'}>显示全部</Link>}
        />
      )}
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<DeskComment>
        size="small"
        rowKey="id"
        data-testid="desk-comments"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '没有待审核或待答复的公众意见' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `待处理 ${n} 条`,
        }}
        columns={[
          { title: '类型', dataIndex: 'kindLabel', width: 110 },
          {
            title: '草案',
            dataIndex: 'title',
            width: 220,
            render: (v: string, c) => <Link to={c.subjectLink}>{v}</Link>,
          },
          { title: '条款', dataIndex: 'articleHeading', width: 90, render: (v: string | null) => v ?? '全文' },
          {
            title: '意见内容',
            dataIndex: 'body',
            render: (v: string, c) => (
              <>
                <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {c.commenterName ?? '匿名'} · {displayTime(c.submittedAt)}
                </Typography.Text>
              </>
            ),
          },
          {
            title: '状态',
            dataIndex: 'moderationStatusLabel',
            width: 80,
            render: (v: string, c) => <Tag color={c.moderationStatus === 'pending' ? 'blue' : 'orange'}>{v}</Tag>,
          },
          {
            title: '办理',
            key: 'op',
            width: 420,
            render: (_: unknown, c) =>
              c.moderationStatus === 'pending' ? (
                <CommentModeration commentId={c.id} onDone={list.reload} />
              ) : (
                <CommentAnswerForm comment={c} onDone={list.reload} />
              ),
          },
        ]}
      />
    </Card>
  );
}
