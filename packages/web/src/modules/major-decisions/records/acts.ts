// A decision's acts, each declared once: its title, its endpoint under the decision, its fields, when the record
// offers it (from the record's abilities) and the form; one component (ActForms.tsx) shows the offered ones as cards
// and posts them — the acts before the decision (records/, steps/) on the decision's record, those after its
// publication (execution/, archive/) on its record after publication.
import type { ReactNode } from 'react';

export interface ActDeclaration<R, V> {
  /** the card's title; from the record where it depends on it (拟订 or 修改 a draft) */
  title: string | ((r: R) => string);
  /** the act's endpoint under the decision: 'draft', 'legality-review/result' */
  path: string;
  /** whether the record offers the act now: its ability, and whatever else the act waits for */
  offered: (r: R) => boolean;
  /** the request's field names, where the server's field errors are placed */
  fields: readonly string[];
  /** the form's starting values; `today` is the server's (the session's), never the browser's */
  initialValues?: (r: R, today: string) => Partial<V>;
  submitText: string;
  /** the message once done */
  done: string;
  /** the body posted, from the form's values (default: the values as they are) */
  body?: (v: V, r: R) => unknown;
  form: (r: R) => ReactNode;
}

/** An act whose values' type is its own; the list of a record's acts holds them side by side. */
export type Act<R> = ActDeclaration<R, object>;

/** Declares an act with its values' type checked against its initial values and body. */
export const act = <R, V extends object>(a: ActDeclaration<R, V>): Act<R> => a as unknown as Act<R>;

/** The acts the record offers now, in their declared order. */
export const offeredActs = <R>(acts: readonly Act<R>[], r: R): Act<R>[] => acts.filter((a) => a.offered(r));

export const titleOf = <R>(a: Act<R>, r: R): string => (typeof a.title === 'string' ? a.title : a.title(r));

/** What submitting the act posts: to its endpoint under the decision, the body made from the values. */
export function actRequest<R extends { id: string }>(a: Act<R>, r: R, values: object) {
  return { url: `/decisions/${r.id}/${a.path}`, body: a.body ? a.body(values, r) : values };
}

/** A text area's lines, each trimmed, the empty ones dropped (participants, risk points, options). */
export const lines = (v: string | undefined): string[] =>
  (v ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** An optional text: left out when only blanks were typed. */
export const optional = (v: string | undefined): string | undefined => v?.trim() || undefined;
