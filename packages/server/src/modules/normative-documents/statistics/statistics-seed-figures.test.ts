// The figures of the seed report (seed 001, 篇一 (四)): "报备规范性文件309件，经审查，合法予以备案的288件；…通知其
// 自行纠正的10件；不属规范性文件，不予审查的11件" must come out of the statistics query as stated. 309 documents are
// written directly in one transaction (the factory would take minutes), as the commands would have left them; the
// figures themselves come from the real query through the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestEnv, orgId, type TestEnv, sessionOf } from '../../../../test/helpers';
import { emptyNormativeRegister, records, statistics } from '../test/statistics-fixtures';

let env: TestEnv;
const year = { from: '2024-01-01', to: '2024-12-31' };

before(async () => {
  env = await createTestEnv();
  await emptyNormativeRegister(env);
  const unit = await orgId(env, '示范区市场监督管理局');
  const bureau = await orgId(env, '示范区司法局');
  await env.services.db.transaction().execute(async (tx) => {
    // n = 1…288 予以备案, 289…298 通知自行纠正, 299…309 不予审查; filed in March, reviewed in April 2024
    const outcome = sql`CASE WHEN n <= 288 THEN 'accepted' WHEN n <= 298 THEN 'correction_ordered'
      ELSE 'not_reviewable' END`;
    await sql`
      INSERT INTO normative_documents (region_code, id, drafting_org_id, issuer_org_id, title, kind, affects_rights,
        affects_market, status, doc_number, published_on, effective_on, expires_on, filing_status)
      SELECT '159901', md5('seed-doc-' || n)::uuid, ${unit}::uuid, ${unit}::uuid, '示范区统计测试办法（第' || n || '件）',
        'ordinary', false, false, 'published', '示市监规〔2024〕' || n || '号', '2024-03-01', '2024-03-01',
        '2029-02-28', ${outcome}
      FROM generate_series(1, 309) n`.execute(tx);
    await sql`
      INSERT INTO normative_registrations (region_code, id, document_id, issuer_org_id, year, seq, doc_number, reason,
        published_on, effective_on, expires_on)
      SELECT '159901', md5('seed-reg-' || n)::uuid, md5('seed-doc-' || n)::uuid, ${unit}::uuid, 2024, n,
        '示市监规〔2024〕' || n || '号', 'initial', '2024-03-01', '2024-03-01', '2029-02-28'
      FROM generate_series(1, 309) n`.execute(tx);
    await sql`
      INSERT INTO normative_filings (region_code, id, document_id, registration_id, submitted_on, filed_with_org_id,
        outcome, opinion, reviewed_on)
      SELECT '159901', md5('seed-filing-' || n)::uuid, md5('seed-doc-' || n)::uuid, md5('seed-reg-' || n)::uuid,
        '2024-03-05', ${bureau}::uuid, ${outcome}, '审查意见', '2024-04-01'
      FROM generate_series(1, 309) n`.execute(tx);
    await sql`
      INSERT INTO normative_status_history (region_code, document_id, from_status, to_status, act, acted_on)
      SELECT '159901', md5('seed-doc-' || n)::uuid, 'approved', 'published', 'publish', '2024-03-01'
      FROM generate_series(1, 309) n`.execute(tx);
  });
});
after(() => env.close());

test('the seed report figures come out as stated: 报备309件, 予以备案288件, 纠正10件, 不予审查11件', async () => {
  const reviewer = await sessionOf(env, 'demo.reviewer');
  const { figure } = await statistics(env, reviewer, year);
  assert.equal(figure('filed').value, 309);
  assert.equal(figure('filing_accepted').value, 288);
  assert.equal(figure('filing_correction_ordered').value, 10);
  assert.equal(figure('filing_not_reviewable').value, 11);
  assert.equal(figure('filed').label, '报备件数');
  assert.equal(figure('filed').display, '309件');
  // the records behind 予以备案 are exactly the 288 accepted filings, over two pages
  const accepted = await records(env, reviewer, 'filing_accepted', year);
  assert.equal(accepted.length, 288);
  assert.equal(new Set(accepted.map((r) => r.recordId)).size, 288);
  assert.ok(accepted.every((r) => r.countedOn === '2024-04-01'));
});

test('the same figures seen by the unit itself, and none of them in the following year', async () => {
  const legal = await sessionOf(env, 'demo.legal');
  assert.equal((await statistics(env, legal, year)).figure('filed').value, 309);
  const next = await statistics(env, legal, { from: '2025-01-01', to: '2025-12-31' });
  assert.equal(next.figure('filed').value, 0);
  assert.equal(next.figure('filing_accepted').value, 0);
  // still in force at the end of 2025: the state at the period end, not an event in it
  assert.equal(next.figure('valid').value, 309);
  assert.equal(next.figure('published').value, 0);
});
