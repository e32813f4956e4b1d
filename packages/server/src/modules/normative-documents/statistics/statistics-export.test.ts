// 规范性文件统计 exported to Excel (issue 10 §5): every figure of the page with its numbers and basis, and one row
// per drafting unit whose counts add up to the region's; the scope and bad input as on the page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { call, createTestEnv, type Session, type TestEnv, sessionOf } from '../../../../test/helpers';
import { emptyNormativeRegister } from '../test/statistics-fixtures';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { clockFromEnv } from '../../../platform/clock';
import { buildDocument } from '../test/factory';

let env: TestEnv;
let reviewer: Session;
let legal: Session;
const period = () => {
  const today = clockFromEnv().today();
  return `from=${daysFrom(today, -150)}&to=${today}`;
};

async function workbook(s: Session, query: string) {
  const res = await call(env.app, s, 'GET', `/api/normative-statistics/export.xlsx?${query}`);
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows = (name: string) => {
    const ws = wb.getWorksheet(name);
    assert.ok(ws, name);
    const out: unknown[][] = [];
    ws.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
    return out;
  };
  return { figures: rows('统计数字'), units: rows('分单位统计') };
}

before(async () => {
  env = await createTestEnv();
  await emptyNormativeRegister(env);
  reviewer = await sessionOf(env, 'demo.reviewer');
  legal = await sessionOf(env, 'demo.legal');
  await buildDocument(env, { state: 'published', title: '导出测试一号办法' });
  await buildDocument(env, { state: 'drafting', title: '导出测试二号办法' });
  await buildDocument(env, {
    state: 'drafting',
    title: '导出测试三号办法',
    draftingOrg: '示范区财政局',
    issuerOrg: '示范区财政局',
  });
});
after(() => env.close());

describe('规范性文件统计导出', () => {
  test('holds every figure of the page and a row per drafting unit', async () => {
    const page = await call(env.app, reviewer, 'GET', `/api/normative-statistics?${period()}`);
    assert.equal(page.statusCode, 200, page.body);
    const figures = page.json().figures as { label: string; display: string; key: string; value: number }[];
    const { figures: rows, units } = await workbook(reviewer, period());
    for (const f of figures) {
      const row = rows.find((r) => r[1] === f.label);
      assert.ok(row, `figure ${f.label} in the workbook`);
      assert.equal(row[2], f.display, f.label);
    }
    const header = units[1] as string[];
    const drafted = header.indexOf('起草件数（件）');
    assert.ok(drafted > 0, header.join(','));
    const byUnit = new Map(units.slice(2).map((r) => [r[0], r[drafted]]));
    assert.ok((byUnit.get('示范区市场监督管理局') as number) >= 2 || byUnit.size >= 2, [...byUnit].join(';'));
    assert.equal(byUnit.get('示范区财政局'), 1);
    const sum = [...byUnit.values()].reduce((a: number, b) => a + Number(b), 0);
    assert.equal(sum, figures.find((f) => f.key === 'drafted')?.value, 'the units add up to the region');
  });

  test('a unit exports only its own unit; bad input is named', async () => {
    const { units } = await workbook(legal, period());
    assert.deepEqual(
      units.slice(2).map((r) => r[0]),
      [units[2]?.[0]],
    );
    assert.notEqual(units[2]?.[0], '示范区财政局');
    const bad = await call(env.app, reviewer, 'GET', '/api/normative-statistics/export.xlsx?from=2026-13-01');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /开始日期/);
  });
});
