// Declarative allow rules: one small named predicate per action of a resource. Routes call authorize() before a
// command runs, and presenters attach abilities() so that the console shows buttons from the server's answer.
import type { Grants, ScopeTarget } from '@fazhi/core/access';
import { forbidden } from '../errors';
import type { Actor } from './actor';
import { can } from './scope';

export interface PolicyContext {
  actor: Actor | null;
  /** The actor holds `action` over `target` through one of its role assignments. */
  can(action: string, target: ScopeTarget): boolean;
}

export type Rule<R> = (p: PolicyContext, record: R) => boolean;

export interface Policy<R, A extends string> {
  resource: string;
  rules: Record<A, Rule<R>>;
  labels: Record<A, string>;
}

export function definePolicy<R, A extends string>(
  resource: string,
  rules: Record<A, Rule<R>>,
  labels: Record<A, string>,
) {
  return { resource, rules, labels } satisfies Policy<R, A>;
}

export function policyContext(grants: Grants, actor: Actor | null): PolicyContext {
  return { actor, can: (action, target) => can(grants, actor, action, target) };
}

export function authorize<R, A extends string>(p: PolicyContext, policy: Policy<R, A>, action: A, record: R): void {
  if (!policy.rules[action](p, record)) throw forbidden(policy.labels[action]);
}

export function abilities<R, A extends string>(p: PolicyContext, policy: Policy<R, A>, record: R): Record<A, boolean> {
  const out = {} as Record<A, boolean>;
  for (const action of Object.keys(policy.rules) as A[]) out[action] = policy.rules[action](p, record);
  return out;
}
