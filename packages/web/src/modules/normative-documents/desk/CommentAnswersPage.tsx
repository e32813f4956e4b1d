// One document's public comments: moderate those still pending and answer each approved one (采纳 / 部分采纳 /
// 不予采纳 with the reason), which the adoption report (意见采纳情况说明) and the review package are built from.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { Link, useParams } from 'react-router-dom';
import { Card, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { useApi } from '../../../api/hooks';
import { displayTime } from '../../../shell/datetime';
import type { DocumentComment as DeskComment, NormativeDocument as DeskDocument } from '@fazhi/core/contracts';
import CommentModeration from '../../../participation/CommentModeration';
import CommentAnswerForm from '../../../participation/CommentAnswerForm';
import { moderationStatusLabels } from '../normative-labels';

const moderationColours = { pending: 'blue', approved: 'green', rejected: 'default' } as const;

export default function CommentAnswersPage() {
  const { id = '' } = useParams();
  const doc = useApi<DeskDocument>(`/normative-documents/${id}`);
  if (doc.error)
    return (
      <Result
        status={doc.error.status === 404 ? '404' : 'error'}
        title="无法打开公众意见"
        subTitle={doc.error.message}
      />
    );
  const d = doc.data;
  if (!d) return <Skeleton active />;
  const headingOf = (articleId: string | null) =>
    articleId ? (d.articles.find((a) => a.id === articleId)?.heading ?? '') : '全文';
  const approved = d.comments.filter((c) => c.moderationStatus === 'approved');
  const unanswered = approved.filter((c) => !c.answer).length;
  const pending = d.comments.filter((c) => c.moderationStatus === 'pending').length;

  return (
    <Card
      size="small"
      title={`公众意见及采纳情况：${d.title}`}
      extra={<Link to={consoleLink(normativeMenu, 'normative-documents', d.id)}>文件详情</Link>}
    >
      <Typography.Paragraph type="secondary">
        共 {d.comments.length} 条意见：待审核 {pending} 条，已通过 {approved.length} 条（其中未答复 {unanswered} 条）。
        {pending + unanswered > 0 ? '全部意见审核并答复后方可报送合法性审核。' : '意见均已审核并答复。'}
      </Typography.Paragraph>
      <Table<DeskComment>
        size="small"
        rowKey="id"
        dataSource={d.comments}
        pagination={false}
        data-testid="document-comments"
        locale={{ emptyText: '该文件没有收到公众意见' }}
        columns={[
          { title: '条款', dataIndex: 'articleId', width: 80, render: (v: string | null) => headingOf(v) },
          {
            title: '意见内容',
            dataIndex: 'body',
            render: (v: string, c) => (
              <>
                <div style={{ whiteSpace: 'pre-wrap' }}>{v}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.commenterName ?? '匿名'} · {displayTime(c.submittedAt)}
                </Typography.Text>
              </>
            ),
          },
          {
            title: '审核',
            dataIndex: 'moderationStatus',
            width: 170,
            render: (v: DeskComment['moderationStatus'], c) =>
              v === 'pending' && d.abilities.moderateComments ? (
                <CommentModeration commentId={c.id} onDone={doc.reload} />
              ) : (
                <>
                  <Tag color={moderationColours[v]}>{moderationStatusLabels[v]}</Tag>
                  {c.moderationNote && <div style={{ fontSize: 12, color: '#8c8c8c' }}>{c.moderationNote}</div>}
                </>
              ),
          },
          {
            title: '采纳情况',
            key: 'answer',
            width: 500,
            render: (_: unknown, c) =>
              c.moderationStatus !== 'approved' ? (
                '—'
              ) : d.abilities.answerComments ? (
                <CommentAnswerForm comment={c} onDone={doc.reload} />
              ) : c.answer ? (
                <>
                  <Tag>{c.answerLabel}</Tag>
                  {c.answerReason}
                </>
              ) : (
                <Tag color="red">未答复</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
