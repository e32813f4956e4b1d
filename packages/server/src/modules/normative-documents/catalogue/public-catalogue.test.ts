// 现行有效的行政规范性文件统一公开查询 (public, no sign-in): only currently valid published documents of the
// portal's region are listed; a published document stays readable after it ends, with its public history; drafts
// and other regions' documents are absent; text is returned as text; bad input is refused in Chinese.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, orgId, type TestEnv, sessionOf } from '../../../../test/helpers';
import { addOtherRegion, buildDocument, sys, XSS } from '../test/factory';
import { setIssuerPrefix } from '../registration/commands/set-issuer-prefix';
import { createOrg } from '../../organisations/commands/create-org';
import { expireDocuments } from './jobs/expire-documents';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { clockFromEnv } from '../../../platform/clock';

let env: TestEnv;
let valid: string;
let draft: string;
let replaced: string;
let replacement: string;
let lapsed: string;
let expiredUnswept: string;
let otherRegion: string;

interface Item {
  id: string;
  title: string;
  docNumber: string;
  issuerName: string;
  kindLabel: string;
  snippet: string;
}
const get = (url: string) => call(env.app, null, 'GET', url);
const catalogue = async (query = '') => {
  const res = await get(`/api/public/normative-documents?pageSize=50${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { total: number; page: number; pageSize: number; items: Item[] };
};
const setExpiry = (id: string, on: string) =>
  env.services.db.updateTable('normative_documents').set({ expires_on: on }).where('id', '=', id).execute();

before(async () => {
  env = await createTestEnv();
  valid = await buildDocument(env, {
    state: 'published',
    title: `示范区电动自行车停放充电管理办法${XSS}`,
    articles: ['为了预防电动自行车火灾事故，制定本办法。', '禁止在楼道内为电动自行车充电。'],
  });
  draft = await buildDocument(env, { state: 'drafting', title: '示范区电动自行车充电设施建设规定' });
  replaced = await buildDocument(env, { state: 'published', title: '示范区户外广告设置管理办法' });
  replacement = await buildDocument(env, {
    state: 'published',
    title: '示范区户外广告和招牌设置管理办法',
    replacesId: replaced,
  });
  lapsed = await buildDocument(env, { state: 'published', title: '示范区临时占道经营管理办法' });
  await setExpiry(lapsed, daysFrom(clockFromEnv().today(), -1));
  await expireDocuments(env.services);
  expiredUnswept = await buildDocument(env, { state: 'published', title: '示范区夜间施工管理办法' });
  await setExpiry(expiredUnswept, daysFrom(clockFromEnv().today(), -1));
  await addOtherRegion(env);
  const { id: amr2 } = await createOrg(env.services, sys, {
    regionCode: '159902',
    parentId: await orgId(env, '示范新区人民政府'),
    name: '示范新区市场监督管理局',
    kind: 'department',
  });
  await setIssuerPrefix(env.services, sys, { orgId: amr2, numberPrefix: '示新市监规' });
  otherRegion = await buildDocument(env, {
    state: 'published',
    draftingOrg: '示范新区市场监督管理局',
    issuerOrg: '示范新区市场监督管理局',
    title: '示范新区电动自行车停放管理办法',
  });
});
after(() => env.close());

describe('规范性文件统一公开查询 (public catalogue)', () => {
  test('a document published with a later 施行日期 shows 已公布、尚未施行 until that day, in catalogue and console', async () => {
    const soon = await buildDocument(env, { state: 'published', title: '示范区延后施行管理办法' });
    await env.services.db
      .updateTable('normative_documents')
      .set({ effective_on: daysFrom(env.services.clock.today(), 10) })
      .where('id', '=', soon)
      .execute();
    const listed = (await catalogue()).items.find((i) => i.id === soon) as Item & { statusLabel: string };
    assert.equal(listed.statusLabel, '已公布、尚未施行');
    assert.equal((await catalogue()).items.find((i) => i.id === valid)?.['statusLabel' as keyof Item], '现行有效');
    const notYet = (await catalogue('&validity=not_yet_effective')).items.map((i) => i.id);
    assert.ok(notYet.includes(soon) && !notYet.includes(valid));
    assert.ok(!(await catalogue('&validity=in_force')).items.some((i) => i.id === soon));
    const page = (await get(`/api/public/normative-documents/${soon}`)).json();
    assert.equal(page.statusLabel, '已公布、尚未施行');
    assert.equal(page.isValid, false);
    const legal = await sessionOf(env, 'demo.legal');
    const console = await call(env.app, legal, 'GET', '/api/normative-documents?status=not_yet_effective');
    const listedNotYet = console.json().items as { id: string; statusLabel: string }[];
    assert.ok(listedNotYet.some((d) => d.id === soon));
    assert.ok(listedNotYet.every((d) => d.statusLabel === '已公布、尚未施行'));
    const inForce = await call(env.app, legal, 'GET', '/api/normative-documents?status=published&pageSize=100');
    assert.ok(!inForce.json().items.some((d: { id: string }) => d.id === soon));
    const detail = await call(env.app, legal, 'GET', `/api/normative-documents/${soon}`);
    assert.equal(detail.json().statusLabel, '已公布、尚未施行');
  });

  test('lists only the currently valid published documents of the portal region', async () => {
    const ids = (await catalogue()).items.map((i) => i.id);
    assert.ok(ids.includes(valid));
    assert.ok(ids.includes(replacement));
    for (const [name, id] of Object.entries({ draft, replaced, lapsed, expiredUnswept, otherRegion }))
      assert.ok(!ids.includes(id), `${name} is not listed`);
  });

  test('finds a document by a word inside an article, with a snippet around it', async () => {
    const page = await catalogue(`&q=${encodeURIComponent('楼道')}`);
    assert.deepEqual(
      page.items.map((i) => i.id),
      [valid],
    );
    assert.match(page.items[0]?.snippet ?? '', /楼道/);
  });

  test('finds a document by its 文号', async () => {
    const row = await env.services.db
      .selectFrom('normative_documents')
      .select('doc_number')
      .where('id', '=', valid)
      .executeTakeFirstOrThrow();
    const page = await catalogue(`&q=${encodeURIComponent(row.doc_number ?? '')}`);
    assert.equal(page.items[0]?.id, valid);
    assert.equal(page.items[0]?.docNumber, row.doc_number);
  });

  test('filters by issuer, year and kind, and offers the issuers and years as choices', async () => {
    const amr = await orgId(env, '示范区市场监督管理局');
    const facets = (await get('/api/public/normative-documents/facets')).json() as {
      issuers: { id: string; name: string }[];
      years: number[];
    };
    assert.ok(facets.issuers.some((i) => i.id === amr && i.name === '示范区市场监督管理局'));
    assert.ok(!facets.issuers.some((i) => i.name === '示范新区市场监督管理局'));
    const published = await env.services.db
      .selectFrom('normative_documents')
      .select('published_on')
      .where('id', '=', valid)
      .executeTakeFirstOrThrow();
    const year = Number(published.published_on?.slice(0, 4));
    assert.ok(facets.years.includes(year));
    assert.ok((await catalogue(`&issuerOrgId=${amr}&year=${year}&kind=ordinary`)).items.some((i) => i.id === valid));
    assert.ok(!(await catalogue(`&year=${year - 30}`)).items.some((i) => i.id === valid));
    assert.ok(!(await catalogue('&kind=trial')).items.some((i) => i.id === valid));
    const gov = await orgId(env, '示范区人民政府');
    assert.ok(!(await catalogue(`&issuerOrgId=${gov}`)).items.some((i) => i.id === valid));
  });

  test('pages the list', async () => {
    const all = await catalogue();
    const first = (await get('/api/public/normative-documents?pageSize=1&page=1')).json() as typeof all;
    const second = (await get('/api/public/normative-documents?pageSize=1&page=2')).json() as { items: Item[] };
    assert.equal(first.total, all.total);
    assert.equal(first.items.length, 1);
    assert.notEqual(first.items[0]?.id, second.items[0]?.id);
  });

  test('shows a valid document with its text by article, public history and download links', async () => {
    const res = await get(`/api/public/normative-documents/${valid}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /application\/json/);
    const d = res.json();
    assert.equal(d.title, `示范区电动自行车停放充电管理办法${XSS}`, 'the title is returned as typed, as text');
    assert.equal(d.isValid, true);
    assert.equal(d.statusLabel, '现行有效');
    assert.deepEqual(d.articles[1], { no: '第二条', text: '禁止在楼道内为电动自行车充电。' });
    const labels = d.history.map((h: { label: string }) => h.label);
    assert.ok(labels.includes('统一登记、编号、发布'));
    assert.ok(labels.includes('施行'));
    assert.ok(!labels.some((l: string) => /起草|合法性审核|集体审议|征求意见/.test(l)), 'no internal steps');
    assert.deepEqual(
      d.downloads.map((x: { url: string }) => x.url),
      [`/api/public/normative-documents/${valid}/text.docx`, `/api/public/normative-documents/${valid}/text.pdf`],
    );
  });

  test('still shows a document that has ended, as no longer valid, with why', async () => {
    const old = (await get(`/api/public/normative-documents/${replaced}`)).json();
    assert.equal(old.isValid, false);
    assert.equal(old.statusLabel, '已废止');
    assert.ok(old.history.some((h: { note: string }) => h.note.includes('示范区户外广告和招牌设置管理办法')));
    const ended = (await get(`/api/public/normative-documents/${lapsed}`)).json();
    assert.equal(ended.statusLabel, '已失效');
    assert.ok(ended.history.some((h: { label: string }) => h.label === '有效期届满'));
    const unswept = (await get(`/api/public/normative-documents/${expiredUnswept}`)).json();
    assert.equal(unswept.isValid, false);
    assert.equal(unswept.statusLabel, '已失效（有效期届满）');
  });

  test('answers 404 for a draft, another region and an unknown document', async () => {
    for (const id of [draft, otherRegion, '00000000-0000-4000-8000-000000000000'])
      assert.equal((await get(`/api/public/normative-documents/${id}`)).statusCode, 404, id);
  });

  test('feeds the portal search box with links to the document pages, never drafts', async () => {
    const res = await get(`/api/public/search?q=${encodeURIComponent('电动自行车')}`);
    assert.equal(res.statusCode, 200);
    const hits = res.json().items as { path: string; kind: string }[];
    assert.ok(hits.some((h) => h.path === `/normative-documents/${valid}` && h.kind === '规范性文件'));
    assert.ok(!hits.some((h) => h.path.includes(draft) || h.path.includes(otherRegion)));
    const portal = (await get('/api/public/portal')).json() as { entries: { key: string; path: string }[] };
    assert.ok(portal.entries.some((e) => e.key === 'normative-documents' && e.path === '/normative-documents'));
  });

  test('refuses bad input with a Chinese message naming the field', async () => {
    const cases: [string, RegExp][] = [
      ['pageSize=500', /每页最多 50 条/],
      ['pageSize=0', /每页至少/],
      ['page=0', /页码/],
      ['year=abc', /年份/],
      ['year=20260', /年份/],
      ['kind=decree', /文件类型/],
      ['issuerOrgId=1', /制定机关/],
      [`q=${encodeURIComponent('检'.repeat(51))}`, /检索内容/],
    ];
    for (const [query, message] of cases) {
      const res = await get(`/api/public/normative-documents?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.match(res.json().message, message, query);
    }
    assert.equal((await get('/api/public/normative-documents/not-a-uuid')).statusCode, 400);
  });
});
