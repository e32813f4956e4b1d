// What every module's statistics read does first (normative documents, major decisions, commitments, discretion): the period asked for
// (default: this year to date on the platform clock), checked by core's one rule, and the region asked for (default:
// the region of the unit the user acts for), reachable through the scope chokepoint for the module's read action —
// a region out of scope answers 404, like every record out of scope.
import { checkPeriod, yearToDate, type Period } from '@fazhi/core/statistics';
import { sql, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Actor } from './access/actor';
import { regionScopeFilter, scopeFilter } from './access/scope';
import { badRequest, notFound } from './errors';
import type { Services } from './services';
import { z } from 'zod';
import { isoDate } from './http/iso-date';
import type { Database } from './db/schema';
import { pageOf, pageSlice, type PageRequest } from './db/paginate';
import { inReportingTransaction } from './db/reporting';
import { keysetBatches } from './http/xlsx-export';

export function statisticsPeriod(
  services: Services,
  q: { from?: string | undefined; to?: string | undefined },
): Period {
  const period = {
    ...yearToDate(services.clock.today()),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
  };
  const problems = checkPeriod(period);
  if (problems.length)
    throw badRequest(
      problems.map((p) => p.message).join('；'),
      problems.map((p) => ({ path: p.field, message: p.message })),
    );
  return period;
}

export async function statisticsRegion(
  services: Services,
  actor: Actor,
  readAction: string,
  regionCode: string | undefined,
): Promise<{ code: string; name: string }> {
  // default: the region of the unit the user is acting for (a person with posts in two regions switches unit)
  const active = actor.activeOrgId
    ? await services.db.selectFrom('orgs').select('region_code').where('id', '=', actor.activeOrgId).executeTakeFirst()
    : undefined;
  const code = regionCode ?? active?.region_code ?? actor.homeRegionCode ?? '';
  const region = await services.db
    .selectFrom('regions as r')
    .select(['r.code', 'r.name'])
    .where('r.code', '=', code)
    .where(regionScopeFilter(services.registry.grants, actor, readAction, 'r.code'))
    .executeTakeFirst();
  if (!region) throw notFound('统计地区');
  return region;
}

/** What a module's figure sources read with: the region, the period, and the scope chokepoint (and the body asked
 * for) on the column holding a record's body. */
export interface StatisticSourceContext {
  regionCode: string;
  period: Period;
  units: (bodyColumn: string) => RawBuilder<SqlBool>;
}

/** The columns every figure source of a statistics over bodies' records yields (a module may add its own). */
export interface BodySourceRow {
  record_id: string;
  title: string;
  body_name: string;
  counted_on: string;
  in_numerator: boolean;
  note: string;
}

/** A record behind a figure as the answer carries it, with the console page that opens it. */
export const bodySourceRecord = (r: BodySourceRow, link: string) => ({
  recordId: r.record_id,
  title: r.title,
  bodyName: r.body_name,
  countedOn: r.counted_on,
  note: r.note,
  link,
});

/**
 * The period, the region and, where asked, one body (an organisation of the region reachable for the read action,
 * else 404 naming it as the module calls it) of a statistics read whose records belong to bodies (commitments,
 * discretion benchmarks): the scope the answers show and the context the figure sources read with.
 */
export async function statisticsBodyScope(
  services: Services,
  actor: Actor,
  readAction: string,
  q: { from?: string | undefined; to?: string | undefined; regionCode?: string | undefined },
  body: { id: string | undefined; label: string },
) {
  const grants = services.registry.grants;
  const period = statisticsPeriod(services, q);
  const region = await statisticsRegion(services, actor, readAction, q.regionCode);
  const org = body.id
    ? await services.db
        .selectFrom('orgs as o')
        .select(['o.id', 'o.name'])
        .where('o.id', '=', body.id)
        .where('o.region_code', '=', region.code)
        .where(scopeFilter(grants, actor, readAction, 'o.id'))
        .executeTakeFirst()
    : null;
  if (body.id && !org) throw notFound(body.label);
  const scope = {
    regionCode: region.code,
    regionName: region.name,
    bodyOrgId: org?.id ?? null,
    bodyName: org?.name ?? null,
  };
  const units = (bodyColumn: string) =>
    sql<SqlBool>`${scopeFilter(grants, actor, readAction, bodyColumn)}
      ${org ? sql`AND ${sql.ref(bodyColumn)} = ${org.id}::uuid` : sql``}`;
  const ctx: StatisticSourceContext = { regionCode: region.code, period, units };
  return { period, scope, ctx };
}

interface FigureDefinition<G extends string> {
  label: string;
  group: G;
  unit: '件' | '%';
  definition: string;
  basis: string;
  countedDate: string;
  numerator?: string;
  denominator?: string;
  required?: number;
}

/** A figure's definition as the answers carry it (the numerator's and denominator's names for a rate). */
export function describeFigure<K extends string, G extends string>(key: K, d: FigureDefinition<G>) {
  return {
    key,
    label: d.label,
    group: d.group,
    unit: d.unit,
    definition: d.definition,
    basis: d.basis,
    countedDate: d.countedDate,
    ...(d.numerator ? { numeratorLabel: d.numerator, denominatorLabel: d.denominator } : {}),
    ...(d.required !== undefined ? { required: d.required } : {}),
  };
}

/** The query of a statistics page: a period (ISO dates; default this year to date) and a region. */
export const statisticsQueryFields = {
  from: isoDate('开始日期').optional(),
  to: isoDate('结束日期').optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, '地区代码应为6位或9位数字')
    .optional(),
};

/**
 * A figure's SQL source counted — a module's source yields one row per record with `in_numerator` (a rate's
 * numerator) —: its records (a count, or a rate's denominator) and those in the numerator.
 */
export async function countSource(tx: Transaction<Database>, source: RawBuilder<unknown>) {
  const { rows } = await sql<{ n: string; k: string }>`
    SELECT count(*) AS n, count(*) FILTER (WHERE x.in_numerator) AS k FROM (${source}) x`.execute(tx);
  return { total: Number(rows[0]?.n ?? 0), counted: Number(rows[0]?.k ?? 0) };
}

/** One page of the records behind a figure, in the order of the date that counted, each as `toRecord` makes it. */
export async function sourcePage<Row, Out>(
  services: Services,
  source: RawBuilder<unknown>,
  page: PageRequest,
  toRecord: (row: Row) => Out,
) {
  const { limit, offset } = pageSlice(page);
  const { total, rows } = await inReportingTransaction(services.db, async (tx) => ({
    total: (await countSource(tx, source)).total,
    rows: (
      await sql<Row>`SELECT * FROM (${source}) x
        ORDER BY x.counted_on, x.title, x.record_id LIMIT ${limit} OFFSET ${offset}`.execute(tx)
    ).rows,
  }));
  return pageOf(page, total, rows.map(toRecord));
}

/**
 * Every record of a figure's source for an export, in the order of the date that counted, read in keyset batches
 * (each its own reporting transaction) so that a figure of many records costs the memory of one batch.
 */
export function sourceRows<Row extends { counted_on: string; record_id: string }>(
  services: Services,
  source: RawBuilder<unknown>,
  batch = 500,
): AsyncGenerator<Row> {
  return keysetBatches<Row>(
    (after) =>
      inReportingTransaction(
        services.db,
        async (tx) =>
          (
            await sql<Row>`SELECT * FROM (${source}) x
              ${after ? sql`WHERE (x.counted_on, x.record_id) > (${after.counted_on}, ${after.record_id})` : sql``}
              ORDER BY x.counted_on, x.record_id LIMIT ${batch}`.execute(tx)
          ).rows,
      ),
    batch,
  );
}

/** The columns of a statistics export's figures: group, figure, value, a rate's numerator and denominator, what it
 * counts and its basis (the records behind the figures follow in the same sheet, each module's own columns). */
export const figureExportColumns = [
  { header: '类别', width: 16 },
  { header: '统计项目', width: 28 },
  { header: '数值', width: 12 },
  { header: '分子', width: 8 },
  { header: '分母', width: 8 },
  { header: '统计口径', width: 60 },
  { header: '依据', width: 60 },
] as const;

/** One figure as a row under `figureExportColumns`; a rate under what the law requires says so. */
export function figureExportRow(
  groupLabel: string,
  f: {
    label: string;
    display: string;
    belowRequired: boolean;
    required?: number | undefined;
    numerator?: number | undefined;
    denominator?: number | undefined;
    definition: string;
    basis: string;
  },
) {
  return [
    groupLabel,
    f.label,
    f.belowRequired ? `${f.display}（应为${f.required}%）` : f.display,
    f.numerator ?? null,
    f.denominator ?? null,
    f.definition,
    f.basis,
  ];
}
