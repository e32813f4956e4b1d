// The other modules' entries name list items by code (事项编码), checked against the lists in force through this
// module's lookup (queries/item-by-code.ts, core `itemLinkProblem`): a 告知承诺 item, a 事前公示 list's rows (typed or
// imported, named by row and column, all or nothing) and a discretion benchmark are refused when the code names no
// item of the right list and kind at the body; a region without its lists turns the check off; and the pages flag
// an entry whose item has since left the list. The demo's entries name items of the demo lists.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommitmentItems, EnforcementListDetail, EnforcementListVersions } from '@fazhi/core/contracts';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from '../../../test/helpers';
import { loadExcel } from '../../platform/http/xlsx-export';
import { benchmarkContent } from '../discretion/test/factory';
import { itemCodesUnchecked } from './test/item-codes';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let market: string;

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
  market = await orgId(env, '示范区市场监督管理局');
});
after(async () => env?.close());

type Refusal = { code: string; message: string; fields: { path: string; message: string }[] };
const refused = (res: { statusCode: number; body: string; json(): unknown }) => {
  assert.equal(res.statusCode, 422, res.body);
  const body = res.json() as Refusal;
  assert.equal(body.code, 'ITEM_NOT_IN_LIST');
  return body;
};

const commitmentItem = (list: string, itemCode: string) => ({
  handlingBodyId: market,
  list,
  itemCode,
  itemName: '核对测试事项',
  legalBasis: '核对测试依据',
  commitmentContent: '核对测试承诺',
  allowedFrom: '2026-01-01',
});

describe('the demo', () => {
  test('names items of the demo lists; the one the powers list has since delegated is flagged', async () => {
    const items = (await call(env.app, reviewer, 'GET', '/api/commitment-items')).json() as CommitmentItems;
    assert.ok(items.items.length >= 5);
    assert.deepEqual(
      items.items.filter((i) => i.itemWarning).map((i) => i.itemCode),
      [],
    );
    const benchmarks = (await call(env.app, reviewer, 'GET', '/api/discretion-benchmarks')).json() as {
      items: { itemCode: string; itemWarning?: string | null }[];
    };
    assert.ok(benchmarks.items.length >= 4);
    assert.deepEqual(
      benchmarks.items.filter((b) => b.itemWarning).map((b) => b.itemCode),
      [],
    );
    const versions = (await call(env.app, reviewer, 'GET', '/api/enforcement-lists')).json() as EnforcementListVersions;
    const flagged: string[] = [];
    for (const v of versions.items.filter((l) => l.isDemo && l.standing !== 'superseded')) {
      const detail = (
        await call(env.app, reviewer, 'GET', `/api/enforcement-lists/${v.id}`)
      ).json() as EnforcementListDetail;
      for (const r of detail.rows) if (r.itemWarning) flagged.push(`${v.bodyName}|${r.itemCode}|${r.itemWarning}`);
    }
    assert.equal(flagged.length, 1, flagged.join('\n'));
    assert.match(
      flagged[0]!,
      /^示范区城市管理综合执法局\|159901-06-CF-0009\|.*实施主体是示范区.+，不是示范区城市管理综合执法局$/,
    );
  });
});

describe('an entry names an item of the list in force at its body', () => {
  test('a 告知承诺 item: not in the list, another body’s item; an item of the body is taken', async () => {
    const none = refused(
      await call(env.app, legal, 'POST', '/api/commitment-items', commitmentItem('certificate', 'NO-SUCH-1')),
    );
    assert.deepEqual(none.fields, [{ path: 'itemCode', message: '事项编码NO-SUCH-1不在本地区现行证明事项清单中' }]);
    const other = refused(
      await call(env.app, legal, 'POST', '/api/commitment-items', commitmentItem('certificate', '159901-11-ZM-0001')),
    );
    assert.match(other.message, /实施主体是示范区教育局，不是示范区市场监督管理局/);
    const ok = await call(
      env.app,
      legal,
      'POST',
      '/api/commitment-items',
      commitmentItem('business_permit', '159901-01-SQ-0002'),
    );
    assert.equal(ok.statusCode, 201, ok.body);
  });

  test('a 随机抽查 list names 行政检查 items, by row; the import names row and column and publishes nothing', async () => {
    const rows = [
      { itemCode: '159901-01-JC-0001', itemName: '对价格活动的监督检查', legalBasis: '价格法', method: '双随机' },
      { itemCode: '159901-01-CF-0001', itemName: '一项处罚', legalBasis: '价格法', method: '双随机' },
    ];
    const payload = {
      enforcementBodyId: market,
      kind: 'random_inspection',
      effectiveFrom: env.services.clock.today(),
      adjustmentReason: '核对测试',
      rows,
    };
    const typed = refused(await call(env.app, legal, 'POST', '/api/enforcement-lists', payload));
    assert.deepEqual(typed.fields, [
      { path: 'rows.1.itemCode', message: '事项编码159901-01-CF-0001在现行权责清单中是行政处罚事项，应为行政检查事项' },
    ]);
    const Excel = await loadExcel();
    const wb = new Excel.Workbook();
    const ws = wb.addWorksheet('清单事项');
    ws.addRow(['事项编码', '事项名称', '法律依据', '事项内容', '抽查方式']);
    ws.addRow(['159901-01-JC-0001', '对价格活动的监督检查', '价格法', '明码标价', '双随机']);
    ws.addRow(['NO-SUCH-2', '不存在的事项', '依据', '', '双随机']);
    ws.addRow(['159901-06-JC-0001', '城管局的检查事项', '依据', '', '双随机']);
    const count = async () =>
      (await env.services.db.selectFrom('enforcement_lists').select('id').where('body_org_id', '=', market).execute())
        .length;
    const before = await count();
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/enforcement-lists/import?enforcementBodyId=${market}&kind=random_inspection&effectiveFrom=${env.services.clock.today()}&adjustmentReason=${encodeURIComponent('核对测试')}`,
      headers: {
        cookie: legal.cookie,
        'x-csrf-token': legal.csrf,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    const imported = refused(res);
    assert.deepEqual(
      imported.fields.map((f) => f.path),
      ['3.事项编码', '4.事项编码'],
    );
    assert.match(imported.message, /^有2个事项编码不是本单位现行清单中的事项/);
    assert.equal(await count(), before);
  });

  test('a benchmark is set for a 行政处罚 item of the body', async () => {
    const draft = (itemCode: string) =>
      call(env.app, legal, 'POST', '/api/discretion-benchmarks', {
        implementingOrgId: market,
        itemCode,
        ...benchmarkContent('核对测试处罚事项'),
      });
    const inspection = refused(await draft('159901-01-JC-0003'));
    assert.deepEqual(
      inspection.fields.map((f) => f.path),
      ['itemCode'],
    );
    assert.match(inspection.message, /是行政检查事项，应为行政处罚事项/);
    const ok = await draft('159901-01-CF-0002');
    assert.equal(ok.statusCode, 201, ok.body);
  });

  test('a region that has not loaded its lists turns the check off', async () => {
    await itemCodesUnchecked(env.services.db, '159901');
    const res = await call(env.app, legal, 'POST', '/api/commitment-items', commitmentItem('certificate', 'NO-SUCH-3'));
    assert.equal(res.statusCode, 201, res.body);
    const items = (await call(env.app, legal, 'GET', '/api/commitment-items')).json() as CommitmentItems;
    // nor are entries flagged where nothing is checked
    assert.equal(items.items.find((i) => i.itemCode === 'NO-SUCH-3')?.itemWarning, null);
  });
});
