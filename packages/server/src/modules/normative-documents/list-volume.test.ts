// Lists and exports at a region's volume (issue 12): a list without words counts up to COUNT_CAP and says there
// are more (超过 N 件) instead of counting the whole catalogue on every page; the console list and the public
// catalogue keep their order across pages; the catalogue export holds every document the list shows — past the
// 20,000 rows where it used to stop without saying so — streamed, in the list's order.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { call, createTestEnv, type Session, type TestEnv, sessionOf } from '../../../test/helpers';
import { COUNT_CAP } from '../../platform/db/paginate';
import { searchVectorOf, searchVectorTexts } from './catalogue/search-index';
import { sheetRows } from '../../../test/sheet-rows';

let env: TestEnv;
let reviewer: Session;
let legal: Session;
const LOADED = 20_050;
// of them, the ones whose title holds a word of their own (养蜂): more than the first five hundred a search used to
// stop at, and few enough that the search's export is not a second export of the whole region
const WITH_WORD = 600;

interface ListPage {
  total: number;
  totalCapped: boolean;
  items: { id: string; title: string }[];
}

const list = async (s: Session | null, url: string) => {
  const res = await call(env.app, s, 'GET', url);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as ListPage;
};

before(async () => {
  env = await createTestEnv();
  reviewer = await sessionOf(env, 'demo.reviewer');
  legal = await sessionOf(env, 'demo.legal');
  // a region's worth of published documents of the legal officer's unit, loaded as a catalogue import would
  const unit = await env.services.db
    .selectFrom('users')
    .select(['home_org_id'])
    .where('username', '=', 'demo.legal')
    .executeTakeFirstOrThrow();
  const words = searchVectorTexts({ title: '批量文件1号管理办法', docNumber: null, bodies: [] });
  const withWord = searchVectorTexts({ title: '批量文件1号养蜂管理办法', docNumber: null, bodies: [] });
  await sql`INSERT INTO normative_documents (region_code, id, drafting_org_id, issuer_org_id, title, kind, legal_bases,
      affects_rights, affects_market, status, published_on, effective_on, expires_on, filing_status, updated_at,
      search_vector)
    SELECT o.region_code, gen_random_uuid(), o.id, o.id,
      '批量文件' || n || CASE WHEN n <= ${WITH_WORD} THEN '号养蜂管理办法' ELSE '号管理办法' END,
      'ordinary', '[]', true, false,
      'published', DATE '2020-01-01' + (n % 2000), DATE '2020-01-01' + (n % 2000), DATE '2031-01-01', 'accepted',
      TIMESTAMPTZ '2021-01-01 00:00:00+08' + n * interval '1 second',
      CASE WHEN n <= ${WITH_WORD} THEN ${searchVectorOf(withWord.title, '', '')}
        ELSE ${searchVectorOf(words.title, '', '')} END
    FROM orgs o, generate_series(1, ${LOADED}) AS n WHERE o.id = ${unit.home_org_id}::uuid`.execute(env.services.db);
  await sql`ANALYZE normative_documents`.execute(env.services.db);
});
after(() => env.close());

describe('lists at volume', () => {
  test('a list without words stops counting at COUNT_CAP and says there are more', async () => {
    const page = await list(reviewer, '/api/normative-documents?pageSize=20');
    assert.equal(page.total, COUNT_CAP);
    assert.equal(page.totalCapped, true);
    assert.equal(page.items.length, 20);
    // a narrow filter is counted exactly
    const year = await list(reviewer, '/api/normative-documents?pageSize=20&kind=interim');
    assert.equal(year.totalCapped, false);
    const interim = await env.services.db
      .selectFrom('normative_documents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('kind', '=', 'interim')
      .executeTakeFirstOrThrow();
    assert.equal(year.total, Number(interim.n));
  });

  test('pages follow each other without a repeat (newest change first)', async () => {
    const one = await list(legal, '/api/normative-documents?pageSize=50&page=1');
    const two = await list(legal, '/api/normative-documents?pageSize=50&page=2');
    const ids = new Set([...one.items, ...two.items].map((d) => d.id));
    assert.equal(ids.size, 100);
  });

  test('the public catalogue without words counts up to COUNT_CAP the same way', async () => {
    const page = await list(null, '/api/public/normative-documents?pageSize=20');
    assert.equal(page.total, COUNT_CAP);
    assert.equal(page.totalCapped, true);
    const two = await list(null, '/api/public/normative-documents?pageSize=20&page=2');
    assert.equal(new Set([...page.items, ...two.items].map((d) => d.id)).size, 40);
  });
});

describe('the catalogue export streams every row', () => {
  test('past 20,000 rows: every document the reviewer may read, in the list order, none twice', async () => {
    const res = await call(env.app, reviewer, 'GET', '/api/normative-documents/export.xlsx');
    assert.equal(res.statusCode, 200, res.body.slice(0, 200));
    assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''/);
    // read as the cells' text (test/sheet-rows.ts): exceljs's model of 20,000 rows cost more than the export
    const sheet = await sheetRows(res.rawPayload);
    assert.equal(sheet.name, '规范性文件目录');
    const titles = sheet.rows.slice(1).map((r) => String(r[2]));
    const expected = await env.services.db
      .selectFrom('normative_documents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('region_code', '=', '159901')
      .executeTakeFirstOrThrow();
    assert.ok(titles.length > 20_000);
    assert.equal(titles.length, Number(expected.n));
    assert.equal(new Set(titles.filter((t) => t.startsWith('批量文件'))).size, LOADED);
    // the first rows are the list's first page
    const first = await list(reviewer, '/api/normative-documents?pageSize=20');
    assert.deepEqual(
      titles.slice(0, 20),
      first.items.map((d) => d.title),
    );
  });

  test('with words: every match, not the first five hundred', async () => {
    const res = await call(
      env.app,
      legal,
      'GET',
      `/api/normative-documents/export.xlsx?q=${encodeURIComponent('养蜂')}`,
    );
    assert.equal(res.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('规范性文件目录');
    assert.ok(ws);
    assert.ok(WITH_WORD > 500);
    assert.equal(ws.rowCount - 1, WITH_WORD, `${ws.rowCount - 1} rows`);
    // the dates are dates in Excel, shown the Chinese way (the same columns as the whole region's export)
    assert.equal(ws.getRow(2).getCell(8).numFmt, 'yyyy"年"m"月"d"日"');
  });
});
