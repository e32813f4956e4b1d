// Chinese full-text search in the console list (GET /api/normative-documents?q=…): jieba words found inside an
// article, 文号 search with the brackets people type, the filters, the scope (another unit's documents stay hidden
// from a legal officer), the index kept current by revising and publishing, and the backfill of unindexed rows.
// Search by everyday names and typed 文号 (issue 10 §5): the region's synonym list expands a query (电动车 finds
// 电动自行车) in the console list and on the portal, the region's system administrator edits the list (audited,
// refused to others, bad input named by field), and a 文号 typed as 示政规2026年3号 finds 示政规〔2026〕3号. The
// synonym tests come last: they replace the region's list the tests before them search with.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { call, createTestEnv, orgId, type Session, type TestEnv, sessionOf } from '../../../../test/helpers';
import { buildDocument, sys } from '../test/factory';
import { reviseDraft } from '../drafting/commands/revise-draft';
import { backfillSearchVectors } from './search-index';
import { setIssuerPrefix } from '../registration/commands/set-issuer-prefix';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let parking: string;
let parkingNumber: string;
let dogs: string;
let finance: string;
let parkingLot: string;
let sysadmin: Session;
let bikes: string;
let bikesNumber: string;

interface Page {
  total: number;
  items: { id: string; title: string; docNumber: string | null; kind: string }[];
}
const list = async (s: Session, query: string) => {
  const res = await call(env.app, s, 'GET', `/api/normative-documents?${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Page;
};
const ids = (p: Page) => p.items.map((i) => i.id);
const found = async (s: Session | null, path: string, q: string) => {
  const res = await call(env.app, s, 'GET', `${path}?pageSize=50&q=${encodeURIComponent(q)}`);
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { items: { id: string }[] }).items.map((i) => i.id).includes(bikes);
};
const everywhere = async (q: string) => ({
  console: await found(legal, '/api/normative-documents', q),
  portal: await found(null, '/api/public/normative-documents', q),
});

const docNumberOf = async (id: string) =>
  (
    await env.services.db
      .selectFrom('normative_documents')
      .select('doc_number')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).doc_number ?? '';

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
  parking = await buildDocument(env, {
    state: 'published',
    title: '示范区机动车停放服务收费管理办法',
    articles: ['为了规范机动车停放服务收费行为，制定本办法。', '经营性停车场应当在显著位置公示收费标准。'],
  });
  dogs = await buildDocument(env, {
    state: 'drafting',
    title: '示范区养犬管理规定（试行）',
    kind: 'trial',
    articles: ['携犬出户应当束犬链。', '禁止在公共场所遛烈性犬。'],
  });
  await setIssuerPrefix(env.services, sys, { orgId: await orgId(env, '示范区财政局'), numberPrefix: '示财规' });
  finance = await buildDocument(env, {
    state: 'published',
    draftingOrg: '示范区财政局',
    issuerOrg: '示范区财政局',
    title: '示范区政府采购意向公开管理办法',
    articles: ['经营性停车场项目的采购意向应当公开。'],
  });
  parkingLot = await buildDocument(env, {
    state: 'drafting',
    title: '示范区经营性停车场管理规定',
    articles: ['本规定自发布之日起施行。'],
  });
  parkingNumber = await docNumberOf(parking);
  sysadmin = await sessionOf(env, 'demo.sysadmin');
  bikes = await buildDocument(env, {
    state: 'published',
    title: '示范区电动自行车停放充电安全管理规定',
    articles: ['电动自行车应当在指定区域停放、充电。'],
  });
  bikesNumber = await docNumberOf(bikes);
});
after(() => env.close());

describe('规范性文件全文检索 (console list)', () => {
  test('finds a document by a word that appears only inside an article', async () => {
    const page = await list(legal, `q=${encodeURIComponent('停车场')}`);
    assert.ok(ids(page).includes(parking));
    assert.ok(!ids(page).includes(dogs));
  });

  test('finds a document by several words, all required, in any order', async () => {
    assert.ok(ids(await list(legal, `q=${encodeURIComponent('收费标准 公示')}`)).includes(parking));
    assert.ok(!ids(await list(legal, `q=${encodeURIComponent('收费标准 烈性犬')}`)).includes(parking));
  });

  test('finds a document by its 文号, also typed with square brackets or in part', async () => {
    assert.match(parkingNumber, /〔\d{4}〕\d+号$/);
    assert.equal(ids(await list(legal, `q=${encodeURIComponent(parkingNumber)}`))[0], parking);
    const square = parkingNumber.replace('〔', '[').replace('〕', ']');
    assert.ok(ids(await list(legal, `q=${encodeURIComponent(square)}`)).includes(parking));
    const part = parkingNumber.slice(parkingNumber.indexOf('〔') + 1, -1); // "2026〕3"
    assert.ok(ids(await list(legal, `q=${encodeURIComponent(part)}`)).includes(parking));
  });

  test('ranks a title match above a match in the text only', async () => {
    const found = ids(await list(reviewer, `q=${encodeURIComponent('停车场')}&pageSize=200`));
    assert.ok(found.includes(parking) && found.includes(finance));
    assert.ok(found.indexOf(parkingLot) < found.indexOf(parking), 'the title match comes first');
    assert.ok(found.indexOf(parkingLot) < found.indexOf(finance), 'the title match comes first');
  });

  test('filters by status, kind, year, issuer, drafting unit, filing status and region', async () => {
    const amr = await orgId(env, '示范区市场监督管理局');
    const year = Number(env.services.clock.today().slice(0, 4));
    assert.ok(ids(await list(legal, 'status=drafting&kind=trial')).includes(dogs));
    assert.ok(!ids(await list(legal, 'status=published&kind=trial')).includes(dogs));
    const published = await list(legal, `q=${encodeURIComponent('停车场')}&issuerOrgId=${amr}&draftingOrgId=${amr}`);
    assert.ok(ids(published).includes(parking) && !ids(published).includes(finance));
    const byYear = await list(legal, `q=${encodeURIComponent('停车场')}&year=${year}&filingStatus=not_submitted`);
    const byDate = await env.services.db
      .selectFrom('normative_documents')
      .select('published_on')
      .where('id', '=', parking)
      .executeTakeFirstOrThrow();
    assert.equal(ids(byYear).includes(parking), byDate.published_on?.startsWith(String(year)));
    assert.deepEqual(ids(await list(legal, `q=${encodeURIComponent('停车场')}&regionCode=159902`)), []);
  });

  test("does not show a legal officer another unit's documents, even when the words match", async () => {
    assert.ok(!ids(await list(legal, `q=${encodeURIComponent('采购意向')}`)).includes(finance));
    assert.ok(ids(await list(reviewer, `q=${encodeURIComponent('采购意向')}`)).includes(finance));
  });

  test('keeps the index current when the draft is revised', async () => {
    assert.ok(!ids(await list(legal, `q=${encodeURIComponent('犬只免疫')}`)).includes(dogs));
    await reviseDraft(env.services, sys, dogs, { articles: [{ body: '犬只应当按规定接种狂犬病疫苗（犬只免疫）。' }] });
    assert.ok(ids(await list(legal, `q=${encodeURIComponent('犬只免疫')}`)).includes(dogs));
    assert.ok(!ids(await list(legal, `q=${encodeURIComponent('烈性犬')}`)).includes(dogs));
  });

  test('indexes the demo documents and backfills rows without a search vector', async () => {
    const missing = await env.services.db
      .selectFrom('normative_documents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(sql<boolean>`search_vector IS NULL`)
      .executeTakeFirstOrThrow();
    assert.equal(Number(missing.n), 0);
    await sql`UPDATE normative_documents SET search_vector = NULL WHERE id = ${parking}`.execute(env.services.db);
    assert.ok(!ids(await list(legal, `q=${encodeURIComponent('停车场')}`)).includes(parking));
    assert.equal(await backfillSearchVectors(env.services.db), 1);
    assert.equal(await backfillSearchVectors(env.services.db), 0);
    assert.ok(ids(await list(legal, `q=${encodeURIComponent('停车场')}`)).includes(parking));
  });

  test('refuses a bad year or an overlong query with a Chinese message naming the field', async () => {
    for (const q of ['year=abc', 'year=1800', `q=${'停'.repeat(101)}`, 'kind=other', 'issuerOrgId=x']) {
      const res = await call(env.app, legal, 'GET', `/api/normative-documents?${q}`);
      assert.equal(res.statusCode, 400, q);
      assert.match(res.json().message, /[\u4e00-\u9fff]/);
    }
  });
});

describe('检索同义词与文号规范化', () => {
  test('finds 电动自行车 when 电动车 is typed, with the shipped list', async () => {
    assert.deepEqual(await everywhere('电动车'), { console: true, portal: true });
    assert.deepEqual(await everywhere('电动车 充电'), { console: true, portal: true });
    assert.deepEqual(await everywhere('电动车 烈性犬'), { console: false, portal: false });
  });

  test('finds a 文号 typed with 年, other brackets or 第', async () => {
    const m = /^(.+)〔(\d{4})〕(\d+)号$/.exec(bikesNumber);
    assert.ok(m, bikesNumber);
    const [, prefix, year, seq] = m;
    for (const typed of [
      `${prefix}${year}年${seq}号`,
      `${prefix}（${year}）${seq}号`,
      `${prefix}〔${year}〕第${seq}号`,
    ])
      assert.deepEqual(await everywhere(typed), { console: true, portal: true }, typed);
  });

  test('the region system administrator edits the list; it takes effect and is audited', async () => {
    const before = await call(env.app, sysadmin, 'GET', '/api/normative-search-synonyms');
    assert.equal(before.statusCode, 200, before.body);
    assert.equal(before.json().regionCode, '159901');
    assert.equal(before.json().isDefault, true);
    assert.ok(before.json().groups.some((g: string[]) => g.includes('电动车')));

    const put = await call(env.app, sysadmin, 'PUT', '/api/normative-search-synonyms', {
      regionCode: '159901',
      groups: [['电驴', '电动自行车', '电驴']],
    });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json().groups, [['电驴', '电动自行车']]);
    assert.deepEqual(await everywhere('电驴'), { console: true, portal: true });
    assert.deepEqual(
      await everywhere('电动车'),
      { console: false, portal: false },
      'the region list replaces the shipped one',
    );
    const audit = await env.services.db
      .selectFrom('audit_events')
      .select(['summary'])
      .where('action', '=', 'normative_search.synonyms_set')
      .execute();
    assert.equal(audit.length, 1);
    assert.match(audit[0]?.summary ?? '', /检索同义词（1组）/);
    const after = await call(env.app, sysadmin, 'GET', '/api/normative-search-synonyms');
    assert.equal(after.json().isDefault, false);
  });

  test('refuses others and names the field of bad input', async () => {
    const refused = await call(env.app, legal, 'PUT', '/api/normative-search-synonyms', {
      regionCode: '159901',
      groups: [['电驴', '电动自行车']],
    });
    assert.equal(refused.statusCode, 403);
    const bad = await call(env.app, sysadmin, 'PUT', '/api/normative-search-synonyms', {
      regionCode: '159901',
      groups: [['电驴', '电动 自行车']],
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(
      bad.json().fields.some((f: { path: string }) => f.path.startsWith('groups')),
      bad.body,
    );
    assert.match(bad.body, /同义词只能由汉字、字母和数字组成/);
  });
});
