// The enforcement lists through the API: a body publishes a version (the audio-video list refused without
// 查封扣押 and 强制拆除, 118号 §(八)), adjusts it with a reason, imports one from Excel all or nothing with the row
// errors, the portal shows the versions in force with search, and a case's question is answered with its basis.
// Every act has its audit event. The demo region's lists are the data where a row only reads.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { EnforcementRequirement, PublicEnforcementLists } from '@fazhi/core/contracts';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from '../../../test/helpers';
import { itemCodesUnchecked } from '../power-lists/test/item-codes';
import { loadExcel } from '../../platform/http/xlsx-export';

let env: TestEnv;
let legal: Session;
let market: string;
const base = '/api/enforcement-lists';

before(async () => {
  env = await createTestEnv();
  // the procedure's own test items carry made-up codes; the item-code check is power-lists' item-links.test.ts
  await itemCodesUnchecked(env.services.db);
  legal = await sessionOf(env, 'demo.legal');
  market = await orgId(env, '示范区市场监督管理局');
});
after(async () => env?.close());

const today = () => env.services.clock.today();
const auditOf = async (id: string) =>
  (await env.services.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute()).map(
    (r) => r.action,
  );
const row = (itemCode: string, extra: Record<string, unknown> = {}) => ({
  itemCode,
  itemName: `测试事项${itemCode}`,
  legalBasis: '《中华人民共和国行政处罚法》第三十九条',
  ...extra,
});
const allSteps = [
  'seizure',
  'forced_demolition',
  'on_site',
  'evidence',
  'hearing',
  'lodged_service',
  'public_notice_service',
];

describe('a body publishes and adjusts its lists', () => {
  test('the audio-video list is refused without the always-recorded steps, naming them and the article', async () => {
    const res = await call(env.app, legal, 'POST', base, {
      enforcementBodyId: market,
      kind: 'audio_video',
      effectiveFrom: today(),
      adjustmentReason: '测试',
      rows: [row('*', { step: 'on_site' })],
    });
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().code, 'LIST_ROWS_INVALID');
    assert.match(res.json().message, /查封扣押财产.*强制拆除.*118号/);
  });

  test('a new version needs its reason and a day not before today; published, it is audited', async () => {
    const rows = allSteps.map((step) => row('*', { step }));
    const noReason = await call(env.app, legal, 'POST', base, {
      enforcementBodyId: market,
      kind: 'audio_video',
      effectiveFrom: today(),
      rows,
    });
    assert.equal(noReason.statusCode, 422);
    assert.equal(noReason.json().code, 'ADJUSTMENT_REASON_REQUIRED');
    const yesterday = formatIsoDate(parseIsoDate(today()) - 1);
    const past = await call(env.app, legal, 'POST', base, {
      enforcementBodyId: market,
      kind: 'audio_video',
      effectiveFrom: yesterday,
      adjustmentReason: '测试',
      rows,
    });
    assert.equal(past.statusCode, 422);
    assert.equal(past.json().code, 'EFFECTIVE_IN_PAST');
    assert.match(past.json().message, /生效日期/);
    const ok = await call(env.app, legal, 'POST', base, {
      enforcementBodyId: market,
      kind: 'audio_video',
      effectiveFrom: today(),
      adjustmentReason: '增加执法办案场所',
      rows: [...rows, row('*', { step: 'case_premises' })],
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const { id, versionNo } = ok.json() as { id: string; versionNo: number };
    assert.equal(versionNo, 2);
    assert.deepEqual(await auditOf(id), ['enforcement_list.published']);
    const detail = await call(env.app, legal, 'GET', `${base}/${id}`);
    assert.equal(detail.json().standing, 'in_force');
    assert.equal(detail.json().rows.length, 8);
  });

  test('an Excel import is all or nothing, its problems named by row and column', async () => {
    const Excel = await loadExcel();
    const book = async (rows: string[][]) => {
      const wb = new Excel.Workbook();
      const ws = wb.addWorksheet('清单事项');
      ws.addRow(['事项编码', '事项名称', '法律依据', '事项内容', '抽查方式']);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const upload = (file: Buffer) =>
      env.app.inject({
        method: 'POST',
        url: `${base}/import?enforcementBodyId=${market}&kind=random_inspection&effectiveFrom=${today()}&adjustmentReason=${encodeURIComponent('导入测试')}`,
        headers: {
          cookie: legal.cookie,
          'x-csrf-token': legal.csrf,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        payload: file,
      });
    const before = await env.services.db
      .selectFrom('enforcement_lists')
      .select('id')
      .where('body_org_id', '=', market)
      .execute();
    const bad = await upload(
      await book([
        ['CZ-JC-001', '财政票据使用情况检查', '《财政票据管理办法》第三十五条', '票据领用和核销', '双随机抽查'],
        ['坏 编码', '会计信息质量检查', '《中华人民共和国会计法》第三十二条', '', ''],
      ]),
    );
    assert.equal(bad.statusCode, 422, bad.body);
    assert.equal(bad.json().code, 'IMPORT_REJECTED');
    const paths = (bad.json().fields as { path: string }[]).map((f) => f.path);
    assert.ok(paths.includes('3.事项编码'), paths.join());
    const missingMethod = await upload(
      await book([['CZ-JC-002', '会计信息质量检查', '《中华人民共和国会计法》第三十二条', '会计资料', '']]),
    );
    assert.equal(missingMethod.statusCode, 422);
    assert.deepEqual(
      (missingMethod.json().fields as { path: string }[]).map((f) => f.path),
      ['2.抽查方式'],
    );
    const after = await env.services.db
      .selectFrom('enforcement_lists')
      .select('id')
      .where('body_org_id', '=', market)
      .execute();
    assert.equal(after.length, before.length);
    const good = await upload(
      await book([['CZ-JC-002', '会计信息质量检查', '《中华人民共和国会计法》第三十二条', '会计资料', '双随机抽查']]),
    );
    assert.equal(good.statusCode, 201, good.body);
    assert.equal(good.json().imported, 1);
    assert.deepEqual(await auditOf(good.json().id), ['enforcement_list.imported']);
  });
});

describe('what the lists answer', () => {
  test('the portal shows a body’s lists in force, searchable; a version still to come is not shown', async () => {
    const res = await call(env.app, null, 'GET', `/api/public/enforcement-lists?enforcementBodyId=${market}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as PublicEnforcementLists;
    assert.equal(body.body?.name, '示范区市场监督管理局');
    assert.deepEqual(body.lists.map((l) => l.kind).sort(), ['audio_video', 'legal_review', 'random_inspection']);
    const review = body.lists.find((l) => l.kind === 'legal_review')!;
    // the demo's second version takes effect in 30 days: the first is the one in force
    assert.equal(review.versionNo, 1);
    assert.equal(review.rows.find((r) => r.itemCode === '159901-01-CF-0045')?.amountFrom, 100000);
    const found = await call(
      env.app,
      null,
      'GET',
      `/api/public/enforcement-lists?enforcementBodyId=${market}&kind=legal_review&q=${encodeURIComponent('广告')}`,
    );
    const lists = (found.json() as PublicEnforcementLists).lists;
    assert.deepEqual(
      lists[0]!.rows.map((r) => r.itemCode),
      ['159901-01-CF-0103'],
    );
  });

  test('a case asks whether an act needs audio-video recording and legal review, and is told why', async () => {
    const officer = await sessionOf(env, 'demo.officer');
    const ask = async (q: string) => {
      const res = await call(env.app, officer, 'GET', `${base}/requirement?enforcementBodyId=${market}&${q}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as EnforcementRequirement;
    };
    const seizure = await ask('itemCode=159901-01-CF-0045&step=seizure&amount=20000');
    assert.equal(seizure.audioVideo.required, true);
    assert.match(seizure.audioVideo.basis!, /118号/);
    assert.equal(seizure.legalReview.required, false);
    const big = await ask('itemCode=159901-01-CF-0045&amount=150000');
    assert.equal(big.legalReview.required, true);
    assert.equal(big.legalReview.basis, '《中华人民共和国食品安全法》第一百二十四条第二款');
    assert.equal(big.legalReview.listVersionNo, 1);
    const hearing = await ask('itemCode=SJ-CF-009&reviewCategory=after_hearing');
    assert.equal(hearing.legalReview.required, true);
    const before = await ask('itemCode=159901-01-CF-0045&amount=150000&on=2000-01-01');
    assert.equal(before.legalReview.required, false);
    assert.match(before.legalReview.reason, /没有生效/);
  });
});
