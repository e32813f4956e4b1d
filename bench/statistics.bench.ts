// 规范性文件统计 at 100,000 documents with their whole procedure (issue 12, item 3): the statistics endpoint's query
// function one request at a time — region-wide (the justice bureau's reviewer) and for one unit (its legal officer),
// over 2020 to this year and over one year — printed as p50/p95 beside one document read by primary key in the same
// run, then EXPLAIN (ANALYZE, BUFFERS) of the statement summing the figures. Target: p95 under 200 ms.
// The database is the load bench's (bench/load.bench.ts builds it once into BENCH_DATA_DIR and keeps it).
// Run: npm run bench -- statistics   (BENCH_RUNS per measurement, default 20; BENCH_REFOLD=1 folds every document)
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type RawBuilder } from 'kysely';
import { statisticDefinitions } from '@fazhi/core/normative-documents';
import { loadConfig } from '../packages/server/src/platform/config';
import { openPlatform } from '../packages/server/src/platform/bootstrap';
import { modules } from '../packages/server/src/modules';
import { hasDemoRegion, seedDemo } from '../packages/server/src/modules/organisations/seed-demo';
import { loadActor } from '../packages/server/src/platform/access/actor';
import { inReportingTransaction } from '../packages/server/src/platform/db/reporting';
import { sumStatisticsSql } from '../packages/server/src/platform/db/statistic-counts';
import {
  normativeStatistics,
  resolve,
  sumQuery,
} from '../packages/server/src/modules/normative-documents/statistics/queries/statistics';
import { figureSource } from '../packages/server/src/modules/normative-documents/statistics/queries/statistics-sources';
import { foldNormativeStatistics } from '../packages/server/src/modules/normative-documents/statistics/queries/statistic-facts';
import { percentile } from './load-client';
import { BENCH_REGION, loadNormativeCorpus } from './normative-corpus-load';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TARGET_P95_MS = 200;
const dataDir = process.env.BENCH_DATA_DIR ?? join(tmpdir(), 'fazhi-load-bench');
const platform = await openPlatform(
  { ...loadConfig({ FAZHI_DATA_DIR: dataDir }), demoPassword: 'Bench#Pass2026', adminPassword: 'Bench#Pass2026' },
  modules,
);
const services = platform.services;
const db = services.db;

async function time(runs: number, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

try {
  if (!(await hasDemoRegion(services))) await seedDemo(services);
  const { n } = await db
    .selectFrom('normative_documents')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(n) < DOCUMENTS) {
    console.log(`building the ${DOCUMENTS}-document database in ${dataDir} (kept for the next run)`);
    await loadNormativeCorpus(services, { documents: DOCUMENTS, history: true, log: (l) => console.log(l) });
  }
  const actorOf = async (username: string) => {
    const u = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const a = await loadActor(db, u.id, null, null);
    if (!a) throw new Error(`no actor ${username}`);
    return a;
  };
  // the documents the migration or the load marked are folded into the counts once, by the first read
  // (BENCH_REFOLD=1 marks them all again, to measure that fold)
  if (process.env.BENCH_REFOLD === '1')
    await sql`INSERT INTO statistic_dirty (region_code, subject_type, subject_id)
      SELECT region_code, 'normative_document', id::text FROM normative_documents
      ON CONFLICT DO NOTHING`.execute(db);
  const tf = performance.now();
  const folded = await foldNormativeStatistics(db, BENCH_REGION);
  if (folded)
    console.log(`folded ${folded} documents into the counts in ${((performance.now() - tf) / 1000).toFixed(1)} s`);
  const reviewer = await actorOf('demo.reviewer');
  const legal = await actorOf('demo.legal');
  const year = services.clock.today().slice(0, 4);
  const one = await db.selectFrom('normative_documents').select(['region_code', 'id']).executeTakeFirstOrThrow();
  const baseline = await time(RUNS * 5, () =>
    db
      .selectFrom('normative_documents')
      .selectAll()
      .where('region_code', '=', one.region_code)
      .where('id', '=', one.id)
      .executeTakeFirst(),
  );
  const cases = [
    {
      label: `region-wide reviewer, 2020-01-01–${year}-12-31`,
      actor: reviewer,
      from: '2020-01-01',
      to: `${year}-12-31`,
    },
    {
      label: `region-wide reviewer, ${+year - 1} (one year)`,
      actor: reviewer,
      from: `${+year - 1}-01-01`,
      to: `${+year - 1}-12-31`,
    },
    {
      label: `a unit's legal officer, 2020-01-01–${year}-12-31`,
      actor: legal,
      from: '2020-01-01',
      to: `${year}-12-31`,
    },
  ];
  const rows = [['measurement', 'p50 ms', 'p95 ms', 'p95 / baseline p50']];
  rows.push(['one document by primary key (baseline)', baseline.p50.toFixed(2), baseline.p95.toFixed(2), '1×']);
  let worst = 0;
  for (const c of cases) {
    const t = await time(RUNS, () => normativeStatistics(services, c.actor, { from: c.from, to: c.to }));
    worst = Math.max(worst, t.p95);
    rows.push([`statistics, ${c.label}`, t.p50.toFixed(1), t.p95.toFixed(1), `${(t.p95 / baseline.p50).toFixed(0)}×`]);
  }
  console.log(rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
  console.log(
    `target p95 < ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? 'met' : 'NOT met'} (worst ${worst.toFixed(0)} ms)`,
  );

  // the statements of the region-wide request with their plans' execution times and buffers: the sum of the
  // pre-aggregated counts (the figures); with BENCH_EXPLAIN=records also each figure's records source (its
  // records page counts it), which reads the records themselves
  const explain = async (label: string, statement: RawBuilder<unknown>) => {
    const plan = await inReportingTransaction(db, (tx) =>
      sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS) ${statement}`.execute(tx),
    );
    const lines = plan.rows.map((r) => r['QUERY PLAN']);
    const exec = lines.find((l) => l.startsWith('Execution Time')) ?? '';
    const buffers = lines.find((l) => l.includes('Buffers:')) ?? '';
    console.log(`  ${label}: ${exec}; ${buffers.trim()}`);
    if (process.env.BENCH_EXPLAIN_FULL === '1') console.log(lines.map((l) => `    ${l}`).join('\n'));
  };
  const resolved = await resolve(services, reviewer, { from: '2020-01-01', to: `${year}-12-31` });
  const days = await sql<{
    n: string;
  }>`SELECT count(*) AS n FROM statistic_days WHERE region_code = ${BENCH_REGION}`.execute(db);
  console.log(`pre-aggregated counts of the region: ${days.rows[0]?.n} rows`);
  await explain('sum of the counts, every figure', sumStatisticsSql(sumQuery(resolved)));
  if (process.env.BENCH_EXPLAIN === 'records')
    for (const d of statisticDefinitions)
      await explain(
        `records of ${d.key}`,
        sql`SELECT count(*), count(*) FILTER (WHERE x.in_numerator) FROM (${figureSource(d.key, resolved.ctx)}) x`,
      );
} finally {
  await platform.close();
}
