// Fixtures of the normative-statistics tests: an empty normative register (the demo documents removed, so that the
// figures are exactly the test's records) and helpers to read figures and their records through the API.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { call, type Session, type TestEnv } from '../../../../test/helpers';

/** Removes every normative record of the demo data (this test database only), keeping issuers and users. */
export async function emptyNormativeRegister(env: TestEnv) {
  await env.services.db.transaction().execute(async (tx) => {
    await sql`DELETE FROM deadlines WHERE subject_type LIKE 'normative_%'`.execute(tx);
    // the documents' consultations and legality reviews on the shared tables (platform/participation)
    await sql`DELETE FROM normative_review_revisions`.execute(tx);
    await sql`DELETE FROM legality_reviews WHERE subject_type = 'normative_document'`.execute(tx);
    await sql`DELETE FROM consultation_comments m USING consultations c
      WHERE c.region_code = m.region_code AND c.id = m.consultation_id AND c.subject_type = 'normative_document'`.execute(
      tx,
    );
    await sql`DELETE FROM consultations WHERE subject_type = 'normative_document'`.execute(tx);
    for (const table of [
      'normative_interpretations',
      'normative_cleanup_items',
      'normative_cleanup_campaigns',
      'normative_corrections',
      'normative_post_evaluations',
      'normative_filings',
      'normative_fair_competition_reviews',
      'normative_deliberations',
      'normative_registrations',
      'normative_articles',
      'normative_status_history',
      'normative_review_requests',
      'normative_number_sequences',
      'normative_documents',
    ])
      await sql`DELETE FROM ${sql.table(table)}`.execute(tx);
  });
}

export interface Figure {
  key: string;
  label: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
  unit: string;
  display: string;
  basis: string;
  definition: string;
}

export interface StatisticsBody {
  period: { from: string; to: string };
  scope: { regionCode: string; regionName: string; orgId: string | null; orgName: string | null };
  figures: Figure[];
}

export interface RecordItem {
  id: string;
  recordId: string;
  title: string;
  docNumber: string | null;
  unitName: string | null;
  countedOn: string;
  inNumerator?: boolean;
  link: string;
}

const qs = (params: Record<string, string | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&');

export async function statistics(env: TestEnv, s: Session, params: Record<string, string | undefined>) {
  const res = await call(env.app, s, 'GET', `/api/normative-statistics?${qs(params)}`);
  assert.equal(res.statusCode, 200, res.body);
  const body = res.json() as StatisticsBody;
  const byKey = Object.fromEntries(body.figures.map((f) => [f.key, f]));
  return { body, figure: (key: string) => byKey[key] as Figure };
}

/** All the records of one figure (every page). */
export async function records(env: TestEnv, s: Session, figure: string, params: Record<string, string | undefined>) {
  const items: RecordItem[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    const res = await call(
      env.app,
      s,
      'GET',
      `/api/normative-statistics/records?${qs({ ...params, figure, page: String(page), pageSize: '200' })}`,
    );
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { total: number; items: RecordItem[] };
    total = body.total;
    items.push(...body.items);
    if (body.items.length < 200) break;
  }
  assert.equal(items.length, total, `${figure}: the pages hold every record`);
  return items;
}

/** Every figure equals the number of its records (a rate: its denominator, with its numerator marked). */
export async function assertTraceable(env: TestEnv, s: Session, params: Record<string, string | undefined>) {
  const { body } = await statistics(env, s, params);
  for (const f of body.figures) {
    const items = await records(env, s, f.key, params);
    if (f.unit === '%') {
      assert.equal(items.length, f.denominator, `${f.key}: records = denominator`);
      assert.equal(items.filter((i) => i.inNumerator).length, f.numerator, `${f.key}: marked = numerator`);
    } else assert.equal(items.length, f.value, `${f.key}: records = figure`);
  }
  return body;
}
