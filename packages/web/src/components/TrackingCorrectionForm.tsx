// The applicant's 补正 sent on the portal by the tracking number, for every kind of filing with one (a reconsideration
// application, a disclosure request): one text posted as `correctionText` to the filing's correction route, the
// server's refusal placed on the field, and the tracking view the server answers handed back. Only lazy pages import it.
import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { api } from '../api/client';
import { applyFieldErrors } from '../shell/errors';

export default function TrackingCorrectionForm<T>({
  url,
  label,
  requiredMessage,
  submitLabel,
  onDone,
}: {
  /** the correction route, e.g. /public/disclosure-requests/GK…/correction */
  url: string;
  label: string;
  requiredMessage: string;
  submitLabel: string;
  onDone: (tracked: T) => void;
}) {
  const [form] = Form.useForm<{ correctionText: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={async (v) => {
        setBusy(true);
        setError(null);
        try {
          onDone(await api.post<T>(url, v));
        } catch (e) {
          setError(applyFieldErrors(form, e, ['correctionText']));
        } finally {
          setBusy(false);
        }
      }}
    >
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form.Item
        label={label}
        name="correctionText"
        rules={[{ required: true, whitespace: true, message: requiredMessage }]}
      >
        <Input.TextArea rows={5} maxLength={10000} showCount aria-label={label} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}
