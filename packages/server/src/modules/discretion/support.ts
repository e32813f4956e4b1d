// The module-wide pieces: a benchmark version loaded in the actor's scope (404 outside it) as the record its policy
// decides on, its versions, and its content as core reads it.
import { benchmarkProblems, versionInForce, type BenchmarkContent } from '@fazhi/core/discretion';
import type { Actor } from '../../platform/access/actor';
import { authorizeAs } from '../../platform/access/policy';
import { orgTarget, scopeFilter } from '../../platform/access/scope';
import type { Tx } from '../../platform/audit/write';
import type { Db } from '../../platform/db/connection';
import { invalid, notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import { benchmarkPolicy, type BenchmarkRecord } from './policy';
import type { DiscretionBenchmarkTable } from './tables';
import type { Selectable } from 'kysely';
import './tables';

export type BenchmarkRow = Selectable<DiscretionBenchmarkTable> & { body_name: string };

/** A benchmark version with its body's name, in the actor's reach for discretion.read (the system reaches all). */
export async function loadBenchmark(
  services: Services,
  db: Db | Tx,
  actor: Actor | null,
  id: string,
  forUpdate = false,
) {
  let q = db
    .selectFrom('discretion_benchmarks as b')
    .innerJoin('orgs as o', 'o.id', 'b.implementing_org_id')
    .selectAll('b')
    .select('o.name as body_name')
    .where('b.id', '=', id);
  if (actor) q = q.where(scopeFilter(services.registry.grants, actor, 'discretion.read', 'b.implementing_org_id'));
  const row: BenchmarkRow | undefined = await (forUpdate ? q.forUpdate('b') : q).executeTakeFirst();
  if (!row) throw notFound('行政裁量权基准');
  const target = await orgTarget(db, row.implementing_org_id);
  if (!target) throw notFound('实施机关');
  const record: BenchmarkRecord = { ...target, bodyName: row.body_name, itemName: row.item_name };
  return { row, record };
}

/** Every version of a body's benchmark for one item, oldest first. */
export function versionsOf(db: Db | Tx, orgId: string, itemCode: string) {
  return db
    .selectFrom('discretion_benchmarks')
    .select(['id', 'version_no', 'status', 'effective_on', 'reason'])
    .where('implementing_org_id', '=', orgId)
    .where('item_code', '=', itemCode)
    .orderBy('version_no')
    .execute();
}

export const asVersion = (v: { id: string; version_no: number; effective_on: string | null }) => ({
  id: v.id,
  versionNo: v.version_no,
  effectiveFrom: v.effective_on,
});

/** The version in force of a body's item on a day, among its versions. */
export async function inForceOf(db: Db | Tx, orgId: string, itemCode: string, day: string) {
  return versionInForce((await versionsOf(db, orgId, itemCode)).map(asVersion), day);
}

export const contentOf = (
  row: Pick<BenchmarkRow, 'item_code' | 'item_name' | 'legal_basis' | 'circumstances'>,
): BenchmarkContent => ({
  itemCode: row.item_code,
  itemName: row.item_name,
  legalBasis: row.legal_basis,
  circumstances: row.circumstances,
});

/** 422 naming each field of the benchmark that makes it unfit. */
export function refuseUnfit(content: BenchmarkContent) {
  const problems = benchmarkProblems(content);
  if (problems.length > 0)
    throw invalid('BENCHMARK_INVALID', `裁量基准不符合要求：${problems.map((p) => p.message).join('；')}`, problems);
}

/** Loads a version for an act and authorizes it; drafts only for the acts that change one. */
export async function benchmarkForAct(
  services: Services,
  tx: Tx,
  actor: Actor | null,
  id: string,
  action: 'edit' | 'publish',
) {
  const loaded = await loadBenchmark(services, tx, actor, id, true);
  authorizeAs(services.registry.grants, actor, benchmarkPolicy, action, loaded.record);
  return loaded;
}

/** A LIKE pattern matching text that contains `q` as typed (its % _ and \ taken literally). */
export const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type Versioned = Pick<BenchmarkRow, 'id' | 'implementing_org_id' | 'item_code' | 'version_no' | 'effective_on'>;

/** Rows of many items, grouped by body and item: each item's versions. */
export function byItem<R extends Versioned>(rows: readonly R[]): R[][] {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const key = `${r.implementing_org_id}|${r.item_code}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

/** Of one item's versions, the one in force on the day (null if none is yet). */
export function rowInForce<R extends Versioned>(versions: readonly R[], day: string): R | null {
  const inForce = versionInForce(versions.map(asVersion), day);
  return versions.find((v) => v.id === inForce?.id) ?? null;
}
