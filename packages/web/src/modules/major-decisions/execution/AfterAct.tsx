// One act after a decision's publication: the decision's act card (records/ActCard.tsx) answered with the decision's
// record after publication, which replaces the panel's.
import type { ComponentProps } from 'react';
import type { DecisionAfter } from '@fazhi/core/contracts';
import ActCard from '../records/ActCard';

export type AfterProps = { a: DecisionAfter; onDone: (a: DecisionAfter) => void };

export default function AfterAct<V extends object>({
  a,
  ...rest
}: Omit<ComponentProps<typeof ActCard<V, DecisionAfter>>, 'decision'> & { a: DecisionAfter }) {
  return <ActCard<V, DecisionAfter> decision={a} {...rest} />;
}
