// The answer to one approved public comment (答复公众意见: 采纳 / 部分采纳 / 不予采纳 with the reason), whatever kind
// of draft it is on: shared by the comment desk and a module's page of one record's comments. The adoption report
// (意见采纳情况说明) and the legality review's package are built from these answers.
import { useState } from 'react';
import { Alert, App, Button, Form, Input, Select, Space } from 'antd';
import { api } from '../api/client';
import { applyFieldErrors } from '../shell/errors';
import { commentAnswerLabels } from '@fazhi/core/modules';
import type { ApprovedComment } from '@fazhi/core/contracts';

type CommentAnswer = NonNullable<ApprovedComment['answer']>;
const commentAnswers: readonly CommentAnswer[] = ['adopted', 'partly_adopted', 'not_adopted'];

export default function CommentAnswerForm({
  comment,
  onDone,
}: {
  comment: { id: string; answer?: CommentAnswer | null; answerReason?: string | null };
  onDone: () => void;
}) {
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
          await api.post(`/consultation-comments/${comment.id}/answer`, {
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
            options={commentAnswers.map((value) => ({ value, label: commentAnswerLabels[value] }))}
            style={{ width: 120 }}
            aria-label="采纳情况"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          style={{ marginBottom: 4 }}
          extra={answer === 'adopted' ? '采纳情况说明，可不填' : '部分采纳或不予采纳的理由'}
          rules={
            answer && answer !== 'adopted' ? [{ required: true, message: '部分采纳或不予采纳的，请说明理由' }] : []
          }
        >
          <Input.TextArea
            rows={1}
            autoSize={{ minRows: 1, maxRows: 4 }}
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
