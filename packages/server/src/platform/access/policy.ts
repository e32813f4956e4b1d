// Declarative allow rules: one small named predicate per action of a resource. Commands call `authorizeAs` (or
// `authorize`) instead of throwing their own 403, and presenters attach abilities() so that the console shows
// buttons from the server's answer. A label may name the record (为某区设定地方节假日): it is the 403's message.
import type { Grants, ScopeTarget } from '@fazhi/core/access';
import { forbidden } from '../errors';
import type { Actor } from './actor';
import { can, holdsAnywhere } from './scope';

export interface PolicyContext {
  actor: Actor | null;
  /** The actor holds `action` over `target` through one of its role assignments. */
  can(action: string, target: ScopeTarget): boolean;
  /** The actor holds `action` through some assignment, wherever (acts not located at one record). */
  holds(action: string): boolean;
  /** The actor holds `action` through a platform-wide assignment (acts that bind every region). */
  holdsPlatformWide(action: string): boolean;
}

export type Rule<R> = (p: PolicyContext, record: R) => boolean;

export type Label<R> = string | ((record: R) => string);

export interface Policy<R, A extends string> {
  resource: string;
  rules: Record<A, Rule<R>>;
  labels: Record<A, Label<R>>;
}

export function definePolicy<R, A extends string>(
  resource: string,
  rules: Record<A, Rule<R>>,
  labels: Record<A, Label<R>>,
) {
  return { resource, rules, labels } satisfies Policy<R, A>;
}

export function policyContext(grants: Grants, actor: Actor | null): PolicyContext {
  return {
    actor,
    can: (action, target) => can(grants, actor, action, target),
    holds: (action) => holdsAnywhere(grants, actor, action),
    holdsPlatformWide: (action) =>
      actor?.assignments.some((a) => a.scope === 'platform' && (grants.get(a.role)?.has(action) ?? false)) ?? false,
  };
}

export function authorize<R, A extends string>(p: PolicyContext, policy: Policy<R, A>, action: A, record: R): void {
  if (policy.rules[action](p, record)) return;
  const label = policy.labels[action];
  throw forbidden(typeof label === 'function' ? label(record) : label);
}

/** `authorize` for a command: the system itself (a null actor — the CLI, the demo seed) acts without a check;
 * every HTTP route passes a signed-in actor. */
export function authorizeAs<R, A extends string>(
  grants: Grants,
  actor: Actor | null,
  policy: Policy<R, A>,
  action: A,
  record: R,
): void {
  if (actor) authorize(policyContext(grants, actor), policy, action, record);
}

export function abilities<R, A extends string>(p: PolicyContext, policy: Policy<R, A>, record: R): Record<A, boolean> {
  const out = {} as Record<A, boolean>;
  for (const action of Object.keys(policy.rules) as A[]) out[action] = policy.rules[action](p, record);
  return out;
}
