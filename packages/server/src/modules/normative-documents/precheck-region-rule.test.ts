// The validity finding of the pre-check cites the region's own rule when the region set its validity limit with the
// rule it comes from (region_settings.source), and the national sources with the region's limits otherwise.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, signIn, type Session, type TestEnv } from '../../../test/helpers';
import { buildDocument } from './test-factory';

let env: TestEnv;
let reviewer: Session;

before(async () => {
  env = await createTestEnv();
  reviewer = await signIn(env.app, 'demo.reviewer');
});
after(() => env.close());

async function validityBasis(id: string): Promise<string> {
  const res = await call(env.app, reviewer, 'GET', `/api/normative-documents/${id}/precheck`);
  assert.equal(res.statusCode, 200, res.body);
  const finding = (res.json().findings as { category: string; basis: string }[]).find((f) => f.category === 'validity');
  assert.ok(finding, 'a draft without 有效期 gets a validity finding');
  return finding.basis;
}

test("the validity finding cites the region's configured rule, or the national sources without one", async () => {
  // the factory's draft states no 有效期, so the pre-check reports it
  const id = await buildDocument(env, { state: 'legality_review' });
  const { region_code: region } = await env.services.db
    .selectFrom('normative_documents')
    .select('region_code')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const national = await validityBasis(id);
  assert.match(national, /^国办发〔2018〕37号/);
  assert.match(national, /本地区设定：有效期一般不超过5年/);

  const setLimit = (value: number, source: string | null) =>
    env.services.db
      .insertInto('region_settings')
      .values({ region_code: region, key: 'normative.validity.max-years', value: JSON.stringify(value), source })
      .onConflict((oc) => oc.columns(['region_code', 'key']).doUpdateSet({ value: JSON.stringify(value), source }))
      .execute();
  try {
    await setLimit(3, '《示范区行政规范性文件管理办法》第二十条');
    const regional = await validityBasis(id);
    assert.match(
      regional,
      /^《示范区行政规范性文件管理办法》第二十条：行政规范性文件应当载明有效期，有效期一般不超过3年/,
    );
    // a limit set without naming its rule keeps the national sources, with the region's number
    await setLimit(3, null);
    const unnamed = await validityBasis(id);
    assert.match(unnamed, /^国办发〔2018〕37号/);
    assert.match(unnamed, /本地区设定：有效期一般不超过3年/);
  } finally {
    await env.services.db
      .deleteFrom('region_settings')
      .where('region_code', '=', region)
      .where('key', '=', 'normative.validity.max-years')
      .execute();
  }
});
