// Full-text search of normative documents at 100,000 documents (seed 002 task 10: 统一公开查询). Loads a generated
// corpus into a throw-away PostgreSQL database (DATABASE_URL: a new database on that server, dropped at the end;
// otherwise the embedded server in a temporary directory), each document's search vector made by the same jieba
// code as the application, then runs 200 varied searches through the API's query functions — the console list as a
// region-wide reviewer and as a unit's legal officer, and the public catalogue — and prints p50/p95 against a
// baseline measured in the same run: fetching one document by its primary key. Target: p95 < 50 ms.
// Run: node --import tsx bench/normative-search.bench.ts   (or: npm run bench -- normative-search)
import { sql } from 'kysely';
import { seedDemo } from '../packages/server/src/modules/organisations/seed-demo';
import { loadActor, type Actor } from '../packages/server/src/platform/access/actor';
import { listDocuments } from '../packages/server/src/modules/normative-documents/queries/list-documents';
import { listPublicDocuments } from '../packages/server/src/modules/normative-documents/catalogue/queries/public-catalogue';
import { loadNormativeCorpus } from './normative-corpus-load';
import { generateQueries, mulberry32 } from './normative-search-corpus';
import { openBenchPlatform } from './bench-platform';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000);
const SEARCHES = 200;
const TARGET_P95_MS = 50;
const REGION = '159901';

const bench = await openBenchPlatform();
const { services } = bench;
const db = services.db;

try {
  await seedDemo(services);
  const corpus = await loadNormativeCorpus(services, {
    documents: DOCUMENTS,
    history: false,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  const { ids, docNumbers, loadSeconds, indexSeconds } = corpus;
  const tokenMs = corpus.tokenSeconds * 1000;
  const counts = await sql<{ docs: string; articles: string; size: string }>`SELECT
      (SELECT count(*) FROM normative_documents)::text AS docs, (SELECT count(*) FROM normative_articles)::text AS articles,
      pg_size_pretty(pg_total_relation_size('normative_documents')) AS size`.execute(db);

  // ── measure ──
  const actorOf = async (username: string): Promise<Actor> => {
    const u = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const a = await loadActor(db, u.id, null, null);
    if (!a) throw new Error(`no actor ${username}`);
    return a;
  };
  const reviewer = await actorOf('demo.reviewer');
  const legal = await actorOf('demo.legal');
  const queries = generateQueries(mulberry32(7), docNumbers, SEARCHES);
  const page = { page: 1, pageSize: 20 };
  const time = async (fn: () => Promise<unknown>) => {
    const s = performance.now();
    await fn();
    return performance.now() - s;
  };
  const pct = (xs: number[], p: number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  };
  const idRandom = mulberry32(99);
  const byId = () =>
    db
      .selectFrom('normative_documents')
      .select(['id', 'title', 'doc_number'])
      .where('region_code', '=', REGION)
      .where('id', '=', ids[Math.floor(idRandom() * ids.length)] as string)
      .executeTakeFirst();
  for (let i = 0; i < 20; i++) {
    await byId();
    await listDocuments(services, reviewer, { ...page, q: queries[i] });
    await listPublicDocuments(services, { ...page, q: queries[i] });
  }
  const series: Record<string, number[]> = {
    baseline: [],
    reviewer: [],
    legal: [],
    public: [],
  };
  const totals: number[] = [];
  for (const q of queries) {
    series.baseline?.push(await time(byId));
    series.reviewer?.push(
      await time(async () => totals.push((await listDocuments(services, reviewer, { ...page, q })).total)),
    );
    series.legal?.push(await time(() => listDocuments(services, legal, { ...page, q })));
    series.public?.push(await time(() => listPublicDocuments(services, { ...page, q })));
  }
  const base = pct(series.baseline ?? [], 50);
  console.log(
    `corpus: ${counts.rows[0]?.docs} documents, ${counts.rows[0]?.articles} articles, table+indexes ${counts.rows[0]?.size}; ` +
      `load ${loadSeconds.toFixed(0)} s (jieba ${(tokenMs / 1000).toFixed(0)} s, indexes ${indexSeconds.toFixed(0)} s); ` +
      `${SEARCHES} searches, ` +
      `hits per search (reviewer) median ${pct(totals, 50)}, max ${Math.max(...totals)}`,
  );
  const rows = [
    ['measurement', 'p50 ms', 'p95 ms', 'max ms', 'p50 / baseline', 'p95 / baseline', `p95 < ${TARGET_P95_MS} ms`],
  ];
  const labels: Record<string, string> = {
    baseline: 'one document by primary key (baseline)',
    reviewer: 'console list, region-wide reviewer',
    legal: "console list, unit's legal officer",
    public: 'public catalogue (currently valid)',
  };
  let failed = false;
  for (const [key, xs] of Object.entries(series)) {
    const p50 = pct(xs, 50);
    const p95 = pct(xs, 95);
    const ok = p95 < TARGET_P95_MS;
    if (key !== 'baseline' && !ok) failed = true;
    rows.push([
      labels[key] ?? key,
      p50.toFixed(2),
      p95.toFixed(2),
      Math.max(...xs).toFixed(2),
      `${(p50 / base).toFixed(1)}×`,
      `${(p95 / base).toFixed(1)}×`,
      ok ? 'yes' : 'NO',
    ]);
  }
  console.log(rows.map((r) => r.join(' | ')).join('\n'));
  // p95 by kind of query (generateQueries cycles through the kinds), to see which one is slow
  const kinds = ['topic', 'topic+word', 'word', '文号', '文号 part', 'phrase', 'common word', 'no match'];
  for (const key of ['reviewer', 'legal', 'public']) {
    const xs = series[key] ?? [];
    const byKind = kinds.map(
      (k, j) =>
        `${k} ${pct(
          xs.filter((_, i) => i % kinds.length === j),
          95,
        ).toFixed(0)}`,
    );
    console.log(`  p95 ms by query kind, ${key}: ${byKind.join(', ')}`);
  }
  console.log(failed ? `p95 target (${TARGET_P95_MS} ms) NOT met` : `p95 target (${TARGET_P95_MS} ms) met`);
} finally {
  await bench.close();
}
