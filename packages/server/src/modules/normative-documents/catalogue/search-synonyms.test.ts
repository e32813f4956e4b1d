// Search by everyday names and typed 文号 (issue 10 §5): the region's synonym list expands a query (电动车 finds
// 电动自行车) in the console list and on the portal, the region's system administrator edits the list (audited,
// refused to others, bad input named by field), and a 文号 typed as 示政规2026年3号 finds 示政规〔2026〕3号.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, signIn, type Session, type TestEnv } from '../../../../test/helpers';
import { buildDocument } from '../test/factory';

let env: TestEnv;
let legal: Session;
let sysadmin: Session;
let bikes: string;
let bikesNumber: string;

const found = async (s: Session | null, path: string, q: string) => {
  const res = await call(env.app, s, 'GET', `${path}?pageSize=50&q=${encodeURIComponent(q)}`);
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { items: { id: string }[] }).items.map((i) => i.id).includes(bikes);
};
const everywhere = async (q: string) => ({
  console: await found(legal, '/api/normative-documents', q),
  portal: await found(null, '/api/public/normative-documents', q),
});

before(async () => {
  env = await createTestEnv();
  legal = await signIn(env.app, 'demo.legal');
  sysadmin = await signIn(env.app, 'demo.sysadmin');
  bikes = await buildDocument(env, {
    state: 'published',
    title: '示范区电动自行车停放充电安全管理规定',
    articles: ['电动自行车应当在指定区域停放、充电。'],
  });
  const row = await env.services.db
    .selectFrom('normative_documents')
    .select('doc_number')
    .where('id', '=', bikes)
    .executeTakeFirstOrThrow();
  bikesNumber = row.doc_number ?? '';
});
after(() => env.close());

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
