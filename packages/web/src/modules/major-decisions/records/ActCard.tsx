// One act on a decision as a form in a card: 提交 posts the values to the act's endpoint, the decision as it now
// stands replaces the page's; a refusal is placed next to its fields, the rest (a missing step named with its
// article) shown under the form.
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import type { DecisionRecord } from '@fazhi/core/contracts';
import { api } from '../../../api/client';
import { applyFieldErrors } from '../../../shell/errors';

export type Props = { d: DecisionRecord; onDone: (d: DecisionRecord) => void };
export const area = (rows: number, max: number) => <Input.TextArea rows={rows} maxLength={max} />;
export const need = (message: string) => [{ required: true, message }];

export default function ActCard<V extends object>({
  decision,
  title,
  path,
  fields,
  initialValues,
  submitText,
  done,
  transform,
  onDone,
  children,
}: {
  decision: DecisionRecord;
  title: string;
  /** the act's endpoint under the decision: 'draft', 'legality-review/result' */
  path: string;
  fields: readonly string[];
  initialValues?: Partial<V>;
  submitText: string;
  /** the message once done */
  done: string;
  transform?: (v: V) => unknown;
  onDone: (d: DecisionRecord) => void;
  children: ReactNode;
}) {
  const { message } = App.useApp();
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
            onDone(await api.post<DecisionRecord>(`/decisions/${decision.id}/${path}`, transform ? transform(v) : v));
            message.success(done);
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
          {submitText}
        </Button>
      </Form>
    </Card>
  );
}
