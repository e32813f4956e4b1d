// The forms of the acts a decision's record offers now (records/acts.ts), each a card (components/FormCard.tsx):
// the values posted to the act's endpoint, the answer (the decision as it now stands, or its record after
// publication for those acts) replacing the page's. And the fields the acts' forms are made of.
import type { ReactNode } from 'react';
import { App, Form, Input, Radio } from 'antd';
import DateField from '../../../components/DateField';
import FormCard from '../../../components/FormCard';
import { api } from '../../../api/client';
import { useToday } from '../../../shell/session';
import { actRequest, offeredActs, titleOf, type Act } from './acts';

export const area = (rows: number, max: number) => <Input.TextArea rows={rows} maxLength={max} />;
export const need = (message: string) => [{ required: true, message }];
export const choice = (options: Choice[]) => <Radio.Group options={options} />;
type Choice = { value: string | boolean; label: string };
const rules = (required: string | undefined) => (required ? need(required) : undefined);

/** A text field, one line or a text area of `rows`; `required` is the message when it is left empty. */
export function textItem(
  name: string,
  label: string,
  o: { max: number; rows?: number; required?: string; extra?: ReactNode },
) {
  return (
    <Form.Item name={name} label={label} extra={o.extra} rules={rules(o.required)}>
      {o.rows ? area(o.rows, o.max) : <Input maxLength={o.max} />}
    </Form.Item>
  );
}

/** One of the options, as radio buttons. */
export function choiceItem(name: string, label: string, options: Choice[], required?: string, extra?: ReactNode) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={rules(required)}>
      {choice(options)}
    </Form.Item>
  );
}

/** A date entered through the one date field; `required` is the message when it is left empty. */
export function dateItem(name: string, label: string, required?: string, extra?: ReactNode) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={rules(required)}>
      <DateField style={{ width: 180 }} />
    </Form.Item>
  );
}

export default function ActForms<R extends { id: string }>({
  record,
  acts,
  onDone,
}: {
  record: R;
  acts: readonly Act<R>[];
  onDone: (r: R) => void;
}) {
  const today = useToday();
  const { message } = App.useApp();
  return (
    <>
      {offeredActs(acts, record).map((a) => (
        <FormCard<object>
          key={a.path}
          title={titleOf(a, record)}
          fields={a.fields}
          initialValues={a.initialValues?.(record, today)}
          submitLabel={a.submitText}
          onSubmit={async (v) => {
            const { url, body } = actRequest(a, record, v);
            onDone(await api.post<R>(url, body));
            message.success(a.done);
          }}
        >
          {a.form(record)}
        </FormCard>
      ))}
    </>
  );
}
