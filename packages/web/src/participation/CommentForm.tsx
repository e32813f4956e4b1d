// The comment form of the consultation page, for one article or for the whole draft: name and contact are
// optional (the contact is stored encrypted and never published), the content is counted against the region's
// limit. A sent comment waits for the drafting unit's moderation; refusals show the server's Chinese message.
import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { api } from '../api/client';
import { applyFieldErrors } from '../shell/errors';
import { COMMENT_MIN_LENGTH, CONTACT_MAX_LENGTH } from './participation-format';
import type { SubmittedComment } from '@fazhi/core/contracts';

interface Values {
  body: string;
  name?: string;
  contact?: string;
}

export default function CommentForm({
  kind,
  consultationId,
  articleId,
  subject,
  maxLength,
  onClose,
}: {
  /** the draft's kind (subject_type) */
  kind: string;
  consultationId: string;
  /** null: a comment on the whole draft */
  articleId: string | null;
  /** what the comment is about, e.g. 第三条 */
  subject: string;
  maxLength: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // the text just sent, shown back with the confirmation (as text, like everything the public types)
  const [sent, setSent] = useState<string | null>(null);

  const send = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await api.post<SubmittedComment>(`/public/consultations/${kind}/${consultationId}/comments`, {
        articleId,
        body: v.body,
        ...(v.name?.trim() ? { name: v.name.trim() } : {}),
        ...(v.contact?.trim() ? { contact: v.contact.trim() } : {}),
      });
      setSent(v.body.trim());
      form.resetFields();
    } catch (e) {
      setError(applyFieldErrors(form, e, ['body', 'name', 'contact']));
    } finally {
      setBusy(false);
    }
  };

  if (sent !== null)
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        className="fz-pp-form"
        message="意见已提交，等待审核"
        description={
          <>
            <div>感谢您对{subject}提出的意见。意见经起草单位审核后公开，起草单位将研究并说明采纳情况。</div>
            <div className="fz-pp-sent">
              您提交的意见：<span className="fz-pp-sent-text">{sent}</span>
            </div>
            <Button size="small" style={{ marginTop: 8 }} onClick={() => setSent(null)}>
              继续提意见
            </Button>
          </>
        }
      />
    );

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={send}
      className="fz-pp-form"
      aria-label={`对${subject}提出意见`}
      requiredMark="optional"
    >
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form.Item
        label={`对${subject}的意见`}
        name="body"
        extra={`请写明您的意见和理由（${COMMENT_MIN_LENGTH}至${maxLength}字）`}
        rules={[
          { required: true, whitespace: true, message: '请填写意见内容' },
          { min: COMMENT_MIN_LENGTH, message: `意见内容至少${COMMENT_MIN_LENGTH}个字` },
          { max: maxLength, message: `意见内容不能超过${maxLength}个字符` },
        ]}
      >
        <Input.TextArea rows={4} showCount maxLength={maxLength} aria-label="意见内容" />
      </Form.Item>
      <div className="fz-pp-form-row">
        <Form.Item
          label="姓名或单位名称"
          name="name"
          rules={[{ max: CONTACT_MAX_LENGTH, message: `不能超过${CONTACT_MAX_LENGTH}个字符` }]}
        >
          <Input maxLength={CONTACT_MAX_LENGTH} autoComplete="name" aria-label="姓名或单位名称" />
        </Form.Item>
        <Form.Item
          label="联系方式"
          name="contact"
          extra="仅供起草单位联系您，不公开"
          rules={[{ max: CONTACT_MAX_LENGTH, message: `不能超过${CONTACT_MAX_LENGTH}个字符` }]}
        >
          <Input maxLength={CONTACT_MAX_LENGTH} autoComplete="tel" aria-label="联系方式" />
        </Form.Item>
      </div>
      <div className="fz-pp-actions">
        <Button type="primary" htmlType="submit" loading={busy}>
          提交意见
        </Button>
        <Button onClick={onClose}>取消</Button>
      </div>
    </Form>
  );
}
