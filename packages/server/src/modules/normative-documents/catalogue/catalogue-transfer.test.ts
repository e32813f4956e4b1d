// Catalogue transfer: the Excel export equals the list with the same filters and scope; the import of 存量文件 is
// validated row by row and written all or nothing, as published records with their history and audit trail.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { call, createTestEnv, type Session, type TestEnv, sessionOf } from '../../../../test/helpers';
import { IMPORT_COLUMNS } from './documents/import-template';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { clockFromEnv } from '../../../platform/clock';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
const t = clockFromEnv().today();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
});
after(() => env.close());

async function readSheet(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

type Row = Partial<Record<(typeof IMPORT_COLUMNS)[number], string | Date>>;
async function workbook(rows: Row[], columns: readonly string[] = IMPORT_COLUMNS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('规范性文件');
  ws.addRow([...columns]);
  for (const r of rows) ws.addRow(columns.map((c) => r[c as keyof Row] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (s: Session | null, body: Buffer | string, type = XLSX) =>
  env.app.inject({
    method: 'POST',
    url: '/api/normative-documents/import',
    headers: { ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}), 'content-type': type },
    payload: body,
  });

// 文号 of 2019: the demo seed's dates follow today and reach back about two years, so no seeded number can collide.
const good = (n: number, extra: Row = {}): Row => ({
  标题: `示范区市场监督管理局存量管理办法第${n}号`,
  文号: `示市监存〔2019〕${n}号`,
  发文机关: '示范区市场监督管理局',
  类型: '一般',
  发布日期: daysFrom(t, -200),
  施行日期: daysFrom(t, -170),
  制定依据: '《中华人民共和国行政许可法》；《优化营商环境条例》',
  正文: '第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本区。\n本办法由区市场监督管理局负责解释。',
  ...extra,
});

const countDocs = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM normative_documents`.execute(env.services.db)).rows[0]?.n);

describe('catalogue export', () => {
  test('the workbook lists the same documents, in the same order, as the list with the same filters', async () => {
    for (const [s, query] of [
      [reviewer, ''],
      [reviewer, 'status=published'],
      [legal, ''],
    ] as const) {
      const list = (await call(env.app, s, 'GET', `/api/normative-documents?pageSize=200&${query}`)).json();
      const res = await call(env.app, s, 'GET', `/api/normative-documents/export.xlsx?${query}`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], XLSX);
      assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''%E8%A7%84%E8%8C%83/);
      const ws = (await readSheet(res.rawPayload)).getWorksheet('规范性文件目录');
      assert.ok(ws);
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      assert.deepEqual(header.slice(0, 11), [
        '序号',
        '文号',
        '标题',
        '制定机关',
        '起草单位',
        '类型',
        '状态',
        '发布日期',
        '施行日期',
        '有效期至',
        '备案情况',
      ]);
      assert.equal(ws.rowCount - 1, list.total);
      list.items.forEach((d: Record<string, string | null>, i: number) => {
        const r = ws.getRow(i + 2);
        assert.equal(r.getCell(1).value, i + 1);
        assert.equal(r.getCell(2).value ?? null, d.docNumber || null);
        assert.equal(r.getCell(3).value, d.title);
        assert.equal(r.getCell(4).value, d.issuerName);
        assert.equal(r.getCell(5).value, d.draftingOrgName);
        assert.equal(r.getCell(6).value, d.kindLabel);
        assert.equal(r.getCell(7).value, d.statusLabel);
        const pub = r.getCell(8).value;
        assert.equal(pub instanceof Date ? pub.toISOString().slice(0, 10) : null, d.publishedOn);
        assert.equal(r.getCell(11).value ?? null, d.filingStatusLabel || null);
      });
    }
  });

  test('someone who reads no normative document gets an empty catalogue, not another unit’s', async () => {
    const officer = await sessionOf(env, 'demo.officer');
    const res = await call(env.app, officer, 'GET', '/api/normative-documents/export.xlsx');
    assert.equal(res.statusCode, 200);
    assert.equal((await readSheet(res.rawPayload)).getWorksheet('规范性文件目录')?.rowCount, 1);
  });

  test('a bad filter is refused with the field named', async () => {
    const res = await call(env.app, legal, 'GET', '/api/normative-documents/export.xlsx?status=nonsense');
    assert.equal(res.statusCode, 400);
    assert.match(res.json().message, /「状态」/);
  });
});

describe('import of 存量文件', () => {
  test('the template has the columns and an instructions sheet', async () => {
    const res = await call(env.app, legal, 'GET', '/api/normative-documents/import-template.xlsx');
    assert.equal(res.statusCode, 200);
    const wb = await readSheet(res.rawPayload);
    assert.deepEqual((wb.getWorksheet('规范性文件')?.getRow(1).values as unknown[]).slice(1), [...IMPORT_COLUMNS]);
    assert.ok((wb.getWorksheet('填写说明')?.rowCount ?? 0) > 5);
    // the template's own example row imports nothing: uploading it untouched is "no data rows"
    const back = await upload(legal, res.rawPayload);
    assert.equal(back.statusCode, 422);
    assert.equal(back.json().errors[0].message, '工作簿中没有可导入的数据行');
  });

  test('imports valid rows as published records with history, registration and audit, listed and searchable', async () => {
    const body = await workbook([
      good(1),
      good(2, {
        类型: '暂行',
        标题: '示范区市场监督管理局存量暂行办法',
        发布日期: new Date(`${daysFrom(t, -30)}T00:00:00Z`) as unknown as string,
        施行日期: `${daysFrom(t, -30)
          .replace(/-0?/g, (m, i) => (i === 4 ? '年' : '月'))
          .replace(/-/, '')}日`,
      }),
    ]);
    const res = await upload(legal, body);
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().imported, 2);
    assert.deepEqual(res.json().errors, []);
    const list = (
      await call(env.app, legal, 'GET', '/api/normative-documents?q=%E5%AD%98%E9%87%8F&pageSize=200')
    ).json();
    const first = list.items.find((d: { docNumber: string }) => d.docNumber === '示市监存〔2019〕1号');
    assert.ok(first, 'listed and found by the search box');
    assert.equal(first.status, 'published');
    assert.equal(first.isDemo, false);
    const doc = (await call(env.app, legal, 'GET', `/api/normative-documents/${first.id}`)).json();
    assert.equal(doc.articles.length, 2);
    assert.equal(doc.articles[1].body, '本办法适用于本区。\n本办法由区市场监督管理局负责解释。');
    assert.deepEqual(
      doc.legalBases.map((b: { title: string }) => b.title),
      ['《中华人民共和国行政许可法》', '《优化营商环境条例》'],
    );
    assert.equal(doc.statusHistory.length, 1);
    assert.equal(doc.statusHistory[0].actLabel, '导入存量文件');
    assert.equal(doc.statusHistory[0].toStatus, 'published');
    assert.equal(
      doc.expiresOn,
      daysFrom(
        daysFrom(t, -170).replace(/^\d{4}/, (y) => String(Number(y) + 5)),
        -1,
      ),
    );
    assert.equal(doc.registrations.length, 1);
    const interim = list.items.find((d: { docNumber: string }) => d.docNumber === '示市监存〔2019〕2号');
    assert.equal(interim.kind, 'interim');
    assert.equal(interim.publishedOn, daysFrom(t, -30), 'an Excel date cell is read as the date');
    const audit = await env.services.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('subject_id', '=', first.id)
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['normative_document.imported'],
    );
    // the issuer's numbering continues after the imported number
    const seq = await env.services.db
      .selectFrom('normative_number_sequences')
      .select('last_seq')
      .where('year', '=', 2019)
      .where('issuer_org_id', '=', doc.issuerOrgId)
      .executeTakeFirstOrThrow();
    assert.ok(seq.last_seq >= 2);
    // an imported document produces its filing package (no invented procedure)
    const pkg = await call(env.app, legal, 'GET', `/api/normative-documents/${first.id}/filing-package.docx`);
    assert.equal(pkg.statusCode, 200);
  });

  test('reports every problem by row and column and writes nothing', async () => {
    const before = await countDocs();
    const rows: Row[] = [
      good(11, { 标题: '' }),
      good(12, { 文号: '示市监存[2019]12号' }),
      good(13, { 文号: '示市监存〔2019〕1号' }), // already imported above
      good(14, { 发文机关: '对照区不存在的局' }),
      good(15, { 类型: '临时' }),
      good(16, { 发布日期: '2025-02-30' }),
      good(17, { 施行日期: daysFrom(t, -300) }), // before publication
      good(18, { 有效期至: daysFrom(t, 3000) }), // beyond 5 years
      good(19, { 发布日期: daysFrom(t, 5), 施行日期: daysFrom(t, 6) }),
      good(20, { 发布日期: '2015-01-01', 施行日期: '2015-01-01', 文号: '示市监存〔2015〕20号' }), // lapsed
      good(21, { 发文机关: '示范区财政局' }), // a unit demo.legal does not act for
      good(22, { 正文: '' }),
      good(23, { 文号: '示市监存〔2019〕23号' }),
      good(24, { 文号: '示市监存〔2019〕23号' }), // duplicate within the file
    ];
    const res = await upload(legal, await workbook(rows));
    assert.equal(res.statusCode, 422);
    const body = res.json();
    assert.equal(body.code, 'IMPORT_REJECTED');
    assert.equal(body.imported, 0);
    const got = body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`);
    for (const expected of [
      '2:标题',
      '3:文号',
      '4:文号',
      '5:发文机关',
      '6:类型',
      '7:发布日期',
      '8:施行日期',
      '9:有效期至',
      '10:发布日期',
      '11:施行日期',
      '12:发文机关',
      '13:正文',
      '15:文号',
    ])
      assert.ok(got.includes(expected), `${expected} in ${got.join(', ')}`);
    assert.ok(!got.includes('14:文号'), 'the first of two duplicate rows is not itself an error');
    for (const e of body.errors) assert.match(e.message, /[\u4e00-\u9fff]/);
    assert.equal(await countDocs(), before);
  });

  test('invisible characters in any column are refused with the column named (the platform text validator)', async () => {
    const before = await countDocs();
    const res = await upload(
      legal,
      await workbook([
        good(61, { 正文: '第一条 为了规范管理，\u202e制定本办法。' }),
        good(62, { 制定依据: '《中华人民共和国行政许可法》\u200b' }),
        good(63, { 标题: '示范区存量\u2066管理办法' }),
      ]),
    );
    assert.equal(res.statusCode, 422);
    const errors = res.json().errors as { row: number; field: string; message: string }[];
    assert.deepEqual(
      errors.map((e) => `${e.row}:${e.field}`),
      ['2:正文', '3:制定依据', '4:标题'],
    );
    assert.match(errors[0]?.message ?? '', /^正文包含不可见的文字方向控制字符（U\+202E/);
    assert.match(errors[1]?.message ?? '', /^制定依据包含不可见的零宽字符/);
    assert.equal(await countDocs(), before);
  });

  test('one bad row among good ones imports nothing (all or nothing)', async () => {
    const before = await countDocs();
    const res = await upload(legal, await workbook([good(31), good(32), good(33, { 类型: '' })]));
    assert.equal(res.statusCode, 422);
    assert.deepEqual(res.json().errors, [{ row: 4, field: '类型', message: '请填写类型' }]);
    assert.equal(await countDocs(), before);
  });

  test('a workbook without the required columns names them', async () => {
    const res = await upload(legal, await workbook([good(41)], ['标题', '文号']));
    assert.equal(res.statusCode, 422);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes('发文机关') && fields.includes('正文'));
  });

  test('malformed uploads are refused with 4xx, never 500', async () => {
    const notXlsx = await upload(legal, Buffer.from('这不是Excel文件'.repeat(10)));
    assert.equal(notXlsx.statusCode, 422);
    assert.equal(notXlsx.json().code, 'IMPORT_UNREADABLE');
    const zipNotXlsx = await upload(legal, Buffer.from('504b0304140000000000', 'hex'));
    assert.ok(zipNotXlsx.statusCode === 422, zipNotXlsx.body);
    const empty = await upload(legal, Buffer.alloc(0));
    assert.equal(empty.statusCode, 400);
    const json = await upload(legal, JSON.stringify({ rows: [] }), 'application/json');
    assert.equal(json.statusCode, 400);
    assert.match(json.json().message, /Excel/);
    const big = await upload(legal, Buffer.alloc(10 * 1024 * 1024 + 1, 1));
    assert.equal(big.statusCode, 413);
    const text = await upload(legal, 'a,b,c', 'text/csv');
    assert.equal(text.statusCode, 415);
    const many = await upload(legal, await workbook(Array.from({ length: 2001 }, (_, i) => good(1000 + i))));
    assert.equal(many.statusCode, 422);
    assert.equal(many.json().code, 'IMPORT_TOO_MANY_ROWS');
  });

  test('who may import: the unit that publishes and the justice bureau, not a reader; the public not at all', async () => {
    const leader = await sessionOf(env, 'demo.leader');
    const body = await workbook([good(51)]);
    assert.equal((await upload(leader, body)).statusCode, 403);
    assert.equal((await call(env.app, leader, 'GET', '/api/normative-documents/import-template.xlsx')).statusCode, 403);
    assert.equal((await upload(null, body)).statusCode, 401);
    const res = await upload(
      reviewer,
      await workbook([good(52, { 发文机关: '示范区财政局', 文号: '示财存〔2019〕52号' })]),
    );
    assert.equal(res.statusCode, 201, res.body);
  });
});
