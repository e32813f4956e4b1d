// The pieces every response contract is made of: the one error body, ISO dates and instants, the list envelope.
// The server declares these as route responses (serialized and shown at /api/docs); the web imports their z.infer
// types, so a presenter and the page that reads it cannot drift apart unnoticed.
import { z } from 'zod';

/** A field a validation error names: its path and the Chinese sentence naming it. */
export const fieldError = z.object({ path: z.string(), message: z.string() });

/** The one error contract (server platform/http/errors.ts): a stable code, a Chinese message, the fields at fault.
 * Loose: an error may add what its client needs to show (the catalogue import's rejected rows). */
export const errorBody = z.looseObject({
  code: z.string(),
  message: z.string(),
  fields: z.array(fieldError).optional(),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** A calendar day, YYYY-MM-DD (北京时间). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An instant, ISO 8601 with its offset. */
export const isoInstant = z.string();

/** The list envelope of every paged endpoint (server platform/db/paginate.ts). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(item) });
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** An act that answers only that it was done. */
export const okBody = z.object({ ok: z.literal(true) });

/** The value and Chinese label of a filter's choice. */
export const choice = z.object({ value: z.string(), label: z.string() });

/** An enumeration whose values are the keys of core's label table (the labels are the one list). */
export const keysOf = <K extends string>(labels: Readonly<Record<K, string>>) =>
  z.enum(Object.keys(labels) as [K, ...K[]]);

/** A record's `abilities`: one flag per act of the policy's list (core's list, the one the server's policy uses). */
export const abilitiesOf = <A extends string>(actions: readonly A[]) =>
  z.object(Object.fromEntries(actions.map((a) => [a, z.boolean()])) as Record<A, z.ZodBoolean>);

/** What a statistic figure is, as every module's statistics answer it (the figure's key and group from its tables). */
export const statisticFigureDefinitionOf = <K extends string, G extends string>(
  keys: readonly K[],
  groups: Readonly<Record<G, string>>,
) =>
  z.object({
    key: z.enum(keys as [K, ...K[]]),
    label: z.string(),
    group: keysOf(groups),
    unit: z.enum(['件', '%']),
    definition: z.string(),
    basis: z.string(),
    countedDate: z.string(),
    numeratorLabel: z.string().optional(),
    denominatorLabel: z.string().optional(),
    /** the value the law requires of a rate (合法性审查率: 100) */
    required: z.number().optional(),
  });

/** A figure as a statistics answer carries it: its definition, and the count, or the rate in percent (one decimal;
 * null for a rate of nothing) with its numerator and denominator, and whether a rate is below what the law requires
 * (shown red). */
export const statisticFigureOf = <K extends string, G extends string>(
  keys: readonly K[],
  groups: Readonly<Record<G, string>>,
) =>
  statisticFigureDefinitionOf(keys, groups).extend({
    value: z.number().nullable(),
    display: z.string(),
    numerator: z.number().optional(),
    denominator: z.number().optional(),
    belowRequired: z.boolean(),
  });

/**
 * The answers of a statistics over records that belong to bodies (commitments, discretion benchmarks): the figures
 * of a period and scope — the region, or one body of it, with the bodies to choose from — and the records behind
 * one figure, each with its body, the day that counted, a note and the console page that opens it.
 */
export const bodyStatisticsContractsOf = <K extends string, G extends string>(
  keys: readonly K[],
  groups: Readonly<Record<G, string>>,
) => {
  const figure = statisticFigureDefinitionOf(keys, groups);
  const period = z.object({ from: isoDate, to: isoDate });
  const scope = z.object({
    regionCode: z.string(),
    regionName: z.string(),
    bodyOrgId: z.string().nullable(),
    bodyName: z.string().nullable(),
  });
  const record = z.object({
    recordId: z.string(),
    title: z.string(),
    bodyName: z.string(),
    countedOn: isoDate,
    note: z.string(),
    link: z.string(),
  });
  return {
    figures: z.object({
      period,
      scope: scope.extend({ bodies: z.array(z.object({ id: z.string(), name: z.string() })) }),
      figures: z.array(figure.extend({ value: z.number(), display: z.string(), belowRequired: z.boolean() })),
    }),
    record,
    records: pageOf(record).extend({ period, scope, figure }),
  };
};
