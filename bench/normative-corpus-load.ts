// Loads the generated 100,000-document catalogue (bench/normative-search-corpus.ts) into a bench database: the
// documents with their articles and search vectors (made by the application's own jieba code), and optionally the
// procedure each one went through — every document through its real states, as the commands record them (起草,
// 公开征求意见, 公平竞争审查, 合法性审核, 集体审议, 统一登记发布, 报送备案, 备案审查, and for the ended ones 清理 or
// 有效期届满) with its legality review, registration, filing and filing deadline rows — so statistics read a
// realistic status history. Shared by bench/normative-search.bench.ts and bench/load.bench.ts.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Services } from '../packages/server/src/platform/services';
import {
  searchVectorOf,
  searchVectorTexts,
} from '../packages/server/src/modules/normative-documents/catalogue/search-index';
import { generateDocument, mulberry32 } from './normative-search-corpus';

export const BENCH_REGION = '159901';
const BATCH = 1000;

export interface LoadedCorpus {
  ids: string[];
  docNumbers: string[];
  loadSeconds: number;
  tokenSeconds: number;
  indexSeconds: number;
}

export async function loadNormativeCorpus(
  services: Services,
  opts: { documents: number; history: boolean; log?: (line: string) => void },
): Promise<LoadedCorpus> {
  const db = services.db;
  const t0 = performance.now();
  const issuers = await db
    .selectFrom('normative_issuers')
    .select(['org_id', 'number_prefix'])
    .where('region_code', '=', BENCH_REGION)
    .execute();
  if (issuers.length === 0) throw new Error('the demo seed set no issuer prefixes');

  // the search indexes are dropped during the bulk load and rebuilt from the migration afterwards, as one would
  // load a catalogue: building a GIN index once is far cheaper than maintaining it row by row
  const migration = readFileSync(
    new URL(
      '../packages/server/src/modules/normative-documents/migrations/202611230110_normative_search.sql',
      import.meta.url,
    ),
    'utf8',
  );
  const indexes = [...migration.matchAll(/CREATE INDEX (\w+)[^;]*;/g)].map((m) => ({ name: m[1], ddl: m[0] }));
  for (const ix of indexes) await sql`DROP INDEX ${sql.id(ix.name ?? '')}`.execute(db);
  const random = mulberry32(20261123);
  const seq = new Map<string, number>();
  const docNumbers: string[] = [];
  const ids: string[] = [];
  let tokenMs = 0;
  for (let start = 0; start < opts.documents; start += BATCH) {
    const docs: unknown[][] = [[], [], [], [], [], [], [], [], [], [], [], [], [], []];
    const arts: unknown[][] = [[], [], [], [], []];
    for (let n = start; n < Math.min(start + BATCH, opts.documents); n++) {
      const g = generateDocument(random, n);
      const issuer = issuers[n % issuers.length] as (typeof issuers)[number];
      const roll = random();
      const status = roll < 0.75 ? 'published' : roll < 0.83 ? 'repealed' : roll < 0.9 ? 'lapsed' : 'drafting';
      const year = 2019 + Math.floor(random() * 8);
      let docNumber: string | null = null;
      let published: string | null = null;
      let expires: string | null = null;
      if (status !== 'drafting') {
        const key = `${issuer.number_prefix}${year}`;
        const s = (seq.get(key) ?? 100) + 1;
        seq.set(key, s);
        docNumber = `${issuer.number_prefix}〔${year}〕${s}号`;
        docNumbers.push(docNumber);
        const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
        published = `${year}-${month}-15`;
        expires = status === 'published' ? `${Math.max(year + 5, 2028)}-${month}-14` : `${year + 2}-${month}-14`;
      }
      const id = randomUUID();
      ids.push(id);
      const tk = performance.now();
      const texts = searchVectorTexts({ title: g.title, docNumber, bodies: g.articles });
      tokenMs += performance.now() - tk;
      const row = [
        id,
        issuer.org_id,
        g.title,
        g.title.includes('暂行') ? 'interim' : g.title.includes('试行') ? 'trial' : 'ordinary',
        status,
        docNumber,
        published,
        published,
        expires,
        status === 'drafting' ? null : 'accepted',
        texts.title,
        texts.docNumber,
        texts.body,
        new Date(Date.UTC(year, 0, 1) + n * 1000).toISOString(),
      ];
      row.forEach((v, i) => (docs[i] as unknown[]).push(v));
      g.articles.forEach((body, i) => {
        const a = [randomUUID(), id, i + 1, `第${i + 1}条`, body];
        a.forEach((v, j) => (arts[j] as unknown[]).push(v));
      });
    }
    await db.transaction().execute(async (tx) => {
      await sql`INSERT INTO normative_documents (region_code, id, drafting_org_id, issuer_org_id, title, kind,
          legal_bases, affects_rights, affects_market, status, doc_number, published_on, effective_on, expires_on,
          filing_status, is_demo, updated_at, search_vector)
        SELECT ${BENCH_REGION}, t.id, t.org, t.org, t.title, t.kind, '[]', true, false, t.status, t.num, t.pub, t.pub,
          t.exp, t.filing, true, t.updated, ${searchVectorOf(sql.ref('t.vt'), sql.ref('t.vn'), sql.ref('t.vb'))}
        FROM unnest(${docs[0]}::uuid[], ${docs[1]}::uuid[], ${docs[2]}::text[], ${docs[3]}::text[], ${docs[4]}::text[],
          ${docs[5]}::text[], ${docs[6]}::date[], ${docs[7]}::date[], ${docs[8]}::date[], ${docs[9]}::text[],
          ${docs[10]}::text[], ${docs[11]}::text[], ${docs[12]}::text[], ${docs[13]}::timestamptz[])
          AS t(id, org, title, kind, status, num, pub, pub2, exp, filing, vt, vn, vb, updated)`.execute(tx);
      await sql`INSERT INTO normative_articles (region_code, id, document_id, seq, heading, body)
        SELECT ${BENCH_REGION}, a.id, a.doc, a.seq, a.heading, a.body
        FROM unnest(${arts[0]}::uuid[], ${arts[1]}::uuid[], ${arts[2]}::int[], ${arts[3]}::text[], ${arts[4]}::text[])
          AS a(id, doc, seq, heading, body)`.execute(tx);
    });
    if ((start / BATCH) % 10 === 9) opts.log?.(`  loaded ${start + BATCH} documents`);
  }
  const ti = performance.now();
  await db.transaction().execute(async (tx) => {
    await sql`SET LOCAL maintenance_work_mem = '256MB'`.execute(tx);
    for (const ix of indexes) await sql.raw(ix.ddl).execute(tx);
  });
  const indexSeconds = (performance.now() - ti) / 1000;
  if (opts.history) await loadProcedureHistory(services, ids);
  // statistics and visibility maps of every table, as autovacuum keeps them on a running server (the scope filter
  // joins orgs and regions; the status spans are written by a trigger after the history's insert)
  await sql`VACUUM ANALYZE`.execute(db);
  return {
    ids,
    docNumbers,
    loadSeconds: (performance.now() - t0) / 1000,
    tokenSeconds: tokenMs / 1000,
    indexSeconds,
  };
}

/**
 * The procedure of each loaded document, set-based from the documents themselves: a published document was drafted
 * 90 days before its publication, consulted for 30 days, reviewed (fair competition, legality), deliberated, then
 * registered and published, filed within 10 days and its filing reviewed 30 days later; a repealed one was repealed
 * by a cleanup a year after publication, a lapsed one lapsed on its last day of validity; a draft was drafted and
 * consulted. Dates after the corpus's publication dates are kept as generated (the bench's clock is its own).
 */
async function loadProcedureHistory(services: Services, ids: string[]) {
  const db = services.db;
  const bureau = await db
    .selectFrom('orgs')
    .select('id')
    .where('region_code', '=', BENCH_REGION)
    .where('name', 'like', '%司法局%')
    .executeTakeFirstOrThrow();
  const these = sql`d.region_code = ${BENCH_REGION} AND d.id = ANY(${ids}::uuid[])`;
  await db.transaction().execute(async (tx) => {
    // the acts of each document in the order they happened (the history's id order is the order of the acts)
    await sql`INSERT INTO normative_status_history (region_code, document_id, from_status, to_status, act, acted_on, note)
      SELECT d.region_code, d.id, s.from_status, s.to_status, s.act, s.acted_on, s.note
      FROM normative_documents d, LATERAL (VALUES
          (1, NULL, 'drafting', 'draft', coalesce(d.published_on - 90, d.updated_at::date - 60), ''),
          (2, 'drafting', 'consultation', 'open-consultation', coalesce(d.published_on - 80, d.updated_at::date - 50), '征求意见期 30 日'),
          (3, 'consultation', 'drafting', 'close-consultation', coalesce(d.published_on - 50, d.updated_at::date - 20), ''),
          (4, 'drafting', 'drafting', 'record-fair-competition-review', d.published_on - 48, '通过'),
          (5, 'drafting', 'legality_review', 'submit-for-legality-review', d.published_on - 45, '第1次报送司法局'),
          (6, 'legality_review', 'deliberation', 'record-legality-review', d.published_on - 30, '通过'),
          (7, 'deliberation', 'approved', 'record-deliberation', d.published_on - 20, '审议通过'),
          (8, 'approved', 'published', 'publish', d.published_on, d.doc_number),
          (9, 'published', 'published', 'submit-filing', d.published_on + 10, '报司法局备案'),
          (10, 'published', 'published', 'record-filing-review', d.published_on + 40, '予以备案'),
          (11, 'published', 'repealed', 'record-cleanup-result', d.published_on + 365, '清理：废止'),
          (12, 'published', 'lapsed', 'expire', d.expires_on, '有效期届满'))
        AS s(n, from_status, to_status, act, acted_on, note)
      WHERE ${these} AND s.acted_on IS NOT NULL
        AND (d.status <> 'drafting' OR s.n <= 3)
        AND (s.n <> 11 OR d.status = 'repealed') AND (s.n <> 12 OR d.status = 'lapsed')
      ORDER BY d.id, s.n`.execute(tx);
    await sql`INSERT INTO legality_reviews (region_code, id, subject_type, subject_id, org_id, round, submitted_on,
        reviewer_org_id, opinion, result, concluded_on)
      SELECT d.region_code, gen_random_uuid(), 'normative_document', d.id, d.drafting_org_id, 1, d.published_on - 45,
        ${bureau.id}::uuid,
        '经审核，未发现违法情形。', 'passed', d.published_on - 30
      FROM normative_documents d WHERE ${these} AND d.published_on IS NOT NULL`.execute(tx);
    await sql`INSERT INTO normative_registrations (region_code, id, document_id, issuer_org_id, year, seq, doc_number,
        reason, published_on, effective_on, expires_on)
      SELECT d.region_code, gen_random_uuid(), d.id, d.issuer_org_id, extract(year FROM d.published_on)::int,
        substring(d.doc_number FROM '〕([0-9]+)号')::int, d.doc_number, 'initial', d.published_on, d.effective_on,
        d.expires_on
      FROM normative_documents d WHERE ${these} AND d.doc_number IS NOT NULL`.execute(tx);
    await sql`INSERT INTO normative_filings (region_code, id, document_id, registration_id, submitted_on,
        filed_with_org_id, outcome, opinion, reviewed_on)
      SELECT g.region_code, gen_random_uuid(), g.document_id, g.id, g.published_on + 10, ${bureau.id}::uuid,
        'accepted', '予以备案', g.published_on + 40
      FROM normative_registrations g JOIN normative_documents d ON d.region_code = g.region_code AND d.id = g.document_id
      WHERE ${these}`.execute(tx);
    // the filing deadline set at publication (15 days, 国发〔2008〕17号 第（十四）项) and met by the filing
    await sql`INSERT INTO deadlines (region_code, id, subject_type, subject_id, kind, label, subject_title, rule_id,
        basis, start_on, due_on, responsible_org_id, status, closed_on)
      SELECT d.region_code, gen_random_uuid(), 'normative_document', d.id::text, 'filing', '报送备案', d.title,
        'normative.filing', '《国务院关于加强市县政府依法行政的决定》（国发〔2008〕17号）第（十四）项',
        d.published_on::text, (d.published_on + 15)::text,
        d.drafting_org_id, 'met', (d.published_on + 10)::text
      FROM normative_documents d WHERE ${these} AND d.published_on IS NOT NULL`.execute(tx);
  });
}
