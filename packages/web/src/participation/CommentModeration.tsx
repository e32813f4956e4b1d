// Approve or set aside one public comment (审核公众意见) with a note, whatever kind of draft it is on: a small modal
// shared by the comment desk and a module's page of one record's comments. Setting a comment aside needs the reason
// on record.
import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { api } from '../api/client';
import { applyFieldErrors } from '../shell/errors';

export default function CommentModeration({ commentId, onDone }: { commentId: string; onDone: () => void }) {
  const { message } = App.useApp();
  const [decision, setDecision] = useState<'approved' | 'rejected' | null>(null);
  const [form] = Form.useForm<{ note?: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: { note?: string }) => {
    if (!decision) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`/consultation-comments/${commentId}/moderation`, {
        decision,
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      message.success(decision === 'approved' ? '意见已审核通过，请答复采纳情况' : '意见已审核为无效意见');
      setDecision(null);
      form.resetFields();
      onDone();
    } catch (e) {
      setError(applyFieldErrors(form, e, ['note']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space size={4}>
        <Button size="small" type="primary" ghost onClick={() => setDecision('approved')}>
          通过
        </Button>
        <Button size="small" danger onClick={() => setDecision('rejected')}>
          无效意见
        </Button>
      </Space>
      <Modal
        open={decision !== null}
        title={decision === 'approved' ? '审核通过该意见（有效意见）' : '将该意见审核为无效意见'}
        okText="确定"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => {
          setDecision(null);
          setError(null);
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item
            name="note"
            label={decision === 'approved' ? '审核说明（可不填）' : '无效意见的理由'}
            rules={
              decision === 'rejected'
                ? [{ required: true, message: '请写明属于无效意见的理由，如广告、辱骂或与文件无关' }]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          {error && <Alert type="error" showIcon message={error} />}
        </Form>
      </Modal>
    </>
  );
}
