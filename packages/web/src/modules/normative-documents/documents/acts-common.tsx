// One recorded act on a document: a button shown only when the server's `abilities` allow it, and a modal form that
// posts to /normative-documents/:id/<path>. The server's answer replaces the document on screen; a refusal (a
// missing step, a date out of range) is shown in the server's Chinese words, next to the field when it names one.
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { api } from '../../../api/client';
import { applyFieldErrors, errorText } from '../../../shell/errors';
import type { ActResult, DocumentAbility, NormativeDocument } from '@fazhi/core/contracts';
import DatePickerField from '../../../components/DateField';

export interface ActProps {
  doc: NormativeDocument;
  onDone: (doc: NormativeDocument) => void;
}

/** Drops empty strings so that optional fields are left out of the body rather than sent blank. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out as Partial<T>;
}

export function ActButton<V extends object>({
  doc,
  onDone,
  ability,
  label,
  path,
  children,
  toBody = (v) => compact(v as Record<string, unknown>),
  initialValues,
  danger,
  primary,
  intro,
  width,
}: ActProps & {
  ability: DocumentAbility;
  label: string;
  /** under /normative-documents/:id/ */
  path: string;
  children: ReactNode;
  toBody?: (values: V) => unknown;
  initialValues?: Partial<V>;
  danger?: boolean;
  primary?: boolean;
  intro?: ReactNode;
  width?: number;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<V>();
  if (!doc.abilities[ability]) return null;

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<ActResult>(`/normative-documents/${doc.id}/${path}`, toBody(values));
      setOpen(false);
      message.success(`已${label}`);
      onDone(r.document);
    } catch (e) {
      // the field gets its short note, and the act's full reason (the rule, the earliest date) stays on top
      setError(applyFieldErrors(form, e, Object.keys(values)) ?? errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        type={primary ? 'primary' : 'default'}
        danger={danger}
        onClick={() => {
          // the modal's form is destroyed on close (preserve={false}), so it opens fresh with initialValues
          setError(null);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <Modal
        open={open}
        title={`${label} —《${doc.title}》`}
        okText="确认"
        cancelText="取消"
        // disabled at once against a second submission; the spinner only after 300 ms, because antd's loading icon,
        // switched on and off within a few milliseconds by a fast answer, can stay in the button (ant-design#27457)
        okButtonProps={{ disabled: busy, loading: busy && { delay: 300 } }}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={width ?? 600}
      >
        {intro && <div style={{ marginBottom: 12, color: '#595959' }}>{intro}</div>}
        <Form form={form} layout="vertical" initialValues={initialValues} preserve={false}>
          {children}
        </Form>
        {/* below the form, next to the buttons, so a refusal is seen where the user just clicked */}
        {error && <Alert type="error" showIcon message={error} data-testid="act-error" />}
      </Modal>
    </>
  );
}

/** A date field (YYYY-MM-DD, the server's format); optional dates default to today on the server. */
export function DateField({
  name,
  label,
  required,
  extra,
}: {
  name: string | (string | number)[];
  label: string;
  required?: boolean;
  extra?: string;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra ?? (required ? undefined : '不填则为今天')}
      rules={required ? [{ required: true, message: `请填写${label}` }] : []}
    >
      <DatePickerField style={{ width: 200 }} />
    </Form.Item>
  );
}

export function TextField({
  name,
  label,
  required,
  rows = 4,
  extra,
}: {
  name: string;
  label: string;
  required?: boolean;
  rows?: number;
  extra?: string;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}
    >
      <Input.TextArea rows={rows} />
    </Form.Item>
  );
}
