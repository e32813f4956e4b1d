// One act as a form in a card, for any module's record page: 提交 runs `onSubmit` with the values; while it runs
// the button is busy; a refusal is placed next to the fields it names and the rest (a missing step named with its
// article) shown under the form. Only lazily loaded pages import it.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Form } from 'antd';
import { applyFieldErrors } from '../shell/errors';

export default function FormCard<V extends object>({
  title,
  fields,
  initialValues,
  submitLabel,
  onSubmit,
  children,
}: {
  title: string;
  /** the form's field names, where the server's field errors are placed */
  fields: readonly string[];
  initialValues?: Partial<V>;
  submitLabel: string;
  onSubmit: (v: V) => Promise<void>;
  children: ReactNode;
}) {
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title={title} style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            await onSubmit(v);
          } catch (e) {
            setError(applyFieldErrors(form, e, fields));
          } finally {
            setBusy(false);
          }
        }}
      >
        {children}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Form>
    </Card>
  );
}
