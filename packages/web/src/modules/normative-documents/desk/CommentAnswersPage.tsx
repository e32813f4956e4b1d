// One document's public comments: moderate those still pending and answer each approved one (采纳 / 部分采纳 /
// 不予采纳 with the reason), which the adoption report (意见采纳情况说明) and the review package are built from.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input, Result, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { applyFieldErrors } from '../../../shell/errors';
import { displayTime } from '../../../shell/datetime';
import type { DocumentComment as DeskComment, NormativeDocument as DeskDocument } from '@fazhi/core/contracts';
import { commentAnswerOptions } from './desk-format';
import CommentModeration from './CommentModeration';
import { moderationStatusLabels } from '../normative-labels';

const moderationColours = { pending: 'blue', approved: 'green', rejected: 'default' } as const;

function AnswerForm({ documentId, comment, onDone }: { documentId: string; comment: DeskComment; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer: string; reason?: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answer = Form.useWatch('answer', form);
  return (
    <Form
      form={form}
      layout="vertical"
      size="small"
      initialValues={{ answer: comment.answer ?? undefined, reason: comment.answerReason ?? '' }}
      onFinish={async (v) => {
        setBusy(true);
        setError(null);
        try {
          await api.post(`/normative-documents/${documentId}/comments/${comment.id}/answer`, {
            answer: v.answer,
            ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
          });
          message.success('采纳情况已保存');
          onDone();
        } catch (e) {
          setError(applyFieldErrors(form, e, ['answer', 'reason']));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Space align="start" wrap>
        <Form.Item name="answer" rules={[{ required: true, message: '请选择采纳情况' }]} style={{ marginBottom: 4 }}>
          <Select
            placeholder="采纳情况"
            options={commentAnswerOptions.map((o) => ({ ...o }))}
            style={{ width: 120 }}
            aria-label="采纳情况"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          style={{ marginBottom: 4 }}
          rules={
            answer && answer !== 'adopted' ? [{ required: true, message: '部分采纳或不予采纳的，请说明理由' }] : []
          }
        >
          <Input.TextArea
            rows={1}
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={answer === 'adopted' ? '采纳情况说明（可不填）' : '理由'}
            style={{ width: 260 }}
            maxLength={2000}
            aria-label="理由"
          />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={busy}>
          {comment.answer ? '修改' : '答复'}
        </Button>
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 4 }} />}
    </Form>
  );
}

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
                <CommentModeration documentId={d.id} commentId={c.id} onDone={doc.reload} />
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
                <AnswerForm documentId={d.id} comment={c} onDone={doc.reload} />
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
