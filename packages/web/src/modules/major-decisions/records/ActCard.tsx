// One act on a decision (components/FormCard.tsx): the values posted to the act's endpoint, the answer (the decision
// as it now stands, or its record after publication for those acts) replacing the page's.
import type { ReactNode } from 'react';
import { App, Input } from 'antd';
import type { DecisionRecord } from '@fazhi/core/contracts';
import { api } from '../../../api/client';
import FormCard from '../../../components/FormCard';

export type Props = { d: DecisionRecord; onDone: (d: DecisionRecord) => void };
export const area = (rows: number, max: number) => <Input.TextArea rows={rows} maxLength={max} />;
export const need = (message: string) => [{ required: true, message }];

export default function ActCard<V extends object, R = DecisionRecord>({
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
  decision: { id: string };
  title: string;
  /** the act's endpoint under the decision: 'draft', 'legality-review/result' */
  path: string;
  fields: readonly string[];
  initialValues?: Partial<V>;
  submitText: string;
  /** the message once done */
  done: string;
  transform?: (v: V) => unknown;
  onDone: (d: R) => void;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  return (
    <FormCard<V>
      title={title}
      fields={fields}
      initialValues={initialValues}
      submitLabel={submitText}
      onSubmit={async (v) => {
        onDone(await api.post<R>(`/decisions/${decision.id}/${path}`, transform ? transform(v) : v));
        message.success(done);
      }}
    >
      {children}
    </FormCard>
  );
}
