// One act after a decision's publication (components/FormCard.tsx): the values posted to the act's endpoint, the
// decision's execution record as it now stands replacing the panel's.
import type { ReactNode } from 'react';
import { App } from 'antd';
import type { DecisionAfter } from '@fazhi/core/contracts';
import { api } from '../../../api/client';
import FormCard from '../../../components/FormCard';

export type AfterProps = { a: DecisionAfter; onDone: (a: DecisionAfter) => void };

export default function AfterAct<V extends object>(p: {
  a: DecisionAfter;
  title: string;
  path: string;
  fields: readonly string[];
  initialValues?: Partial<V>;
  submitText: string;
  done: string;
  transform?: (v: V) => unknown;
  onDone: (a: DecisionAfter) => void;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  return (
    <FormCard<V>
      title={p.title}
      fields={p.fields}
      initialValues={p.initialValues}
      submitLabel={p.submitText}
      onSubmit={async (v) => {
        p.onDone(await api.post<DecisionAfter>(`/decisions/${p.a.id}/${p.path}`, p.transform ? p.transform(v) : v));
        message.success(p.done);
      }}
    >
      {p.children}
    </FormCard>
  );
}
