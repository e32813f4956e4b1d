// Free text with invisible characters — bidirectional controls that reorder what a reader sees, zero-width
// characters that make equal-looking names differ — is refused by every module with 400 INVISIBLE_CHARACTERS and a
// Chinese message naming the field, and nothing is stored. The same request with clean text goes through.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { call, createTestEnv, orgId, signIn, type TestEnv } from '../../../test/helpers';
import { buildDocument } from '../../modules/normative-documents/test/factory';

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});
after(() => env.close());

const RLO = '\u202e';
const ZWSP = '\u200b';
const LRI = '\u2066';
const count = async (table: string) =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(env.services.db)).rows[0]?.n);

function assertRefused(res: { statusCode: number; json(): unknown }, field: string, label: string) {
  assert.equal(res.statusCode, 400);
  const body = res.json() as { code: string; message: string; fields: { path: string; message: string }[] };
  assert.equal(body.code, 'INVISIBLE_CHARACTERS');
  assert.match(body.message, new RegExp(`^${label}包含不可见的`));
  assert.equal(body.fields[0]?.path, field);
}

describe('invisible characters in free text', () => {
  test('a draft whose title hides a right-to-left override is refused and not stored', async () => {
    const legal = await signIn(env.app, 'demo.legal');
    const draft = (title: string, body = '为了规范管理，制定本办法。') => ({
      draftingOrgId: '',
      title,
      kind: 'ordinary',
      legalBases: [{ title: '《中华人民共和国产品质量法》' }],
      affectsRights: true,
      affectsMarket: false,
      draftingExplanation: '起草说明',
      articles: [{ body }],
    });
    const amr = await orgId(env, '示范区市场监督管理局');
    const before = await count('normative_documents');
    const bad = await call(env.app, legal, 'POST', '/api/normative-documents', {
      ...draft(`示范区集贸市场管理办法${RLO}法办`),
      draftingOrgId: amr,
    });
    assertRefused(bad, 'title', '文件标题');
    assert.match(bad.json().message, /文字方向控制字符（U\+202E/);
    const inArticle = await call(env.app, legal, 'POST', '/api/normative-documents', {
      ...draft('示范区集贸市场管理办法', `第一条${ZWSP}为了规范管理。`),
      draftingOrgId: amr,
    });
    assertRefused(inArticle, 'articles.0.body', '条文内容');
    assert.equal(await count('normative_documents'), before);
    const ok = await call(env.app, legal, 'POST', '/api/normative-documents', {
      ...draft('示范区集贸市场管理办法'),
      draftingOrgId: amr,
    });
    assert.equal(ok.statusCode, 201, ok.body);
  });

  test('a public comment with a zero-width space or an isolate is refused', async () => {
    const id = await buildDocument(env, { state: 'consultation', startDaysAgo: 2 });
    const before = await count('consultation_comments');
    for (const body of [`建议明确${ZWSP}办理时限。`, `建议明确办理时限${LRI}。`]) {
      const res = await call(env.app, null, 'POST', `/api/public/normative-consultations/${id}/comments`, { body });
      assertRefused(res, 'body', '意见内容');
    }
    const name = await call(env.app, null, 'POST', `/api/public/normative-consultations/${id}/comments`, {
      body: '建议明确办理时限。',
      name: `张${RLO}三`,
    });
    assertRefused(name, 'name', '姓名或单位名称');
    assert.equal(await count('consultation_comments'), before);
  });

  test('a unit name is refused the same way', async () => {
    const admin = await signIn(env.app, 'demo.sysadmin');
    const region = await env.services.db
      .selectFrom('orgs')
      .select('region_code')
      .where('name', '=', '示范区市场监督管理局')
      .executeTakeFirstOrThrow();
    const org = await call(env.app, admin, 'POST', '/api/orgs', {
      regionCode: region.region_code,
      name: `示范区${ZWSP}市场监督管理局`,
      kind: 'department',
    });
    assertRefused(org, 'name', '单位名称');
  });
});
