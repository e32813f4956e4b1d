// 裁量基准统计 through the platform's statistics routes: each figure against versions written as rows by the
// module's factory at a body with no other benchmarks — in force and circumstances as of the period's last day,
// published and revised by their day of publication, drafts as they stand —, the per-body row, the records behind a
// figure and the export; bad input refused naming the field.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DiscretionStatisticRecords, DiscretionStatistics } from '@fazhi/core/contracts';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from '../../../../test/helpers';
import { sheetRows } from '../../../../test/sheet-rows';
import { sql } from 'kysely';
import { itemsInForceSql } from '../../power-lists/queries/item-by-code';
import { writeBenchmarkRows } from '../test/factory';

let env: TestEnv;
let reviewer: Session;
let body: string;
let ids: string[];
/** the demo powers list's penalty items of the body in force on 2026-08-14: none has a benchmark yet */
let penaltyCodes: string[];
const path = '/api/discretion-statistics';

before(async () => {
  env = await createTestEnv();
  reviewer = await sessionOf(env, 'demo.reviewer');
  body = await orgId(env, '示范区教育局');
  // item A revised in 2026, item B new in 2026, item C published but not yet in force on 2026-08-14, item D a draft
  ids = await writeBenchmarkRows(env.services, body, [
    { itemCode: 'TJ-A', publishedOn: '2025-03-01', effectiveOn: '2025-04-01' },
    { itemCode: 'TJ-A', versionNo: 2, publishedOn: '2026-02-01', effectiveOn: '2026-03-01' },
    { itemCode: 'TJ-B', publishedOn: '2026-05-10', effectiveOn: '2026-06-01' },
    { itemCode: 'TJ-C', publishedOn: '2026-07-01', effectiveOn: '2026-09-01' },
    { itemCode: 'TJ-D' },
  ]);
  const items = itemsInForceSql({ regionCode: '159901', listKind: 'powers', on: '2026-08-14', itemKind: 'penalty' });
  penaltyCodes = (
    await sql<{ code: string }>`SELECT code FROM (${items}) i WHERE i.body_org_id = ${body} ORDER BY code`.execute(
      env.services.db,
    )
  ).rows.map((r) => r.code);
});
after(async () => env?.close());

async function figures(from: string, to: string) {
  const res = await call(env.app, reviewer, 'GET', `${path}?from=${from}&to=${to}&implementingOrgId=${body}`);
  assert.equal(res.statusCode, 200, res.body);
  const stats = res.json() as DiscretionStatistics;
  return { stats, values: Object.fromEntries(stats.figures.map((f) => [f.key, f.value])) };
}

test('each figure counts its rows: in force on the last day, published and revised in the period, drafts', async () => {
  const { stats, values } = await figures('2026-01-01', '2026-08-14');
  assert.deepEqual(values, {
    in_force: 2,
    published: 3,
    revised: 1,
    circumstances_no_penalty: 2,
    circumstances_reduced: 0,
    circumstances_lighter: 0,
    circumstances_general: 2,
    circumstances_heavier: 2,
    drafts: 1,
    uncovered: penaltyCodes.length,
  });
  assert.equal(stats.scope.bodyName, '示范区教育局');
  assert.deepEqual(stats.rows, [{ implementingOrgId: body, bodyName: '示范区教育局', figures: values }]);
  const inForce = stats.figures.find((f) => f.key === 'in_force')!;
  assert.match(inForce.basis, /第三十四条/);
  // a year earlier: the first version was in force, nothing revised
  const before2026 = (await figures('2025-01-01', '2025-12-31')).values;
  assert.equal(before2026.in_force, 1);
  assert.equal(before2026.published, 1);
  assert.equal(before2026.revised, 0);
});

test('the records behind a figure, in the order of the day that counted, each opening its benchmark', async () => {
  const q = `from=2026-01-01&to=2026-08-14&implementingOrgId=${body}`;
  const res = await call(env.app, reviewer, 'GET', `${path}/records?${q}&figure=in_force`);
  assert.equal(res.statusCode, 200, res.body);
  const page = res.json() as DiscretionStatisticRecords;
  assert.deepEqual(
    page.items.map((r) => [r.recordId, r.countedOn]),
    [
      [ids[1], '2026-03-01'],
      [ids[2], '2026-06-01'],
    ],
  );
  assert.ok(page.items[0]!.link.endsWith(`/${ids[1]}`));
  const revised = (await call(env.app, reviewer, 'GET', `${path}/records?${q}&figure=revised`)).json();
  assert.match(revised.items[0].note, /修订理由/);
  const general = (await call(env.app, reviewer, 'GET', `${path}/records?${q}&figure=circumstances_general`)).json();
  assert.deepEqual(
    general.items.map((r: { recordId: string }) => r.recordId),
    [`${ids[1]}#02`, `${ids[2]}#02`],
  );
});

test('the export holds every figure, the body’s row and the records behind each', async () => {
  const q = `from=2026-01-01&to=2026-08-14&implementingOrgId=${body}`;
  const res = await call(env.app, reviewer, 'GET', `${path}/export.xlsx?${q}`);
  assert.equal(res.statusCode, 200, res.body);
  const { name, rows } = await sheetRows(res.rawPayload);
  assert.equal(name, '裁量基准统计');
  assert.deepEqual(rows[1]?.slice(0, 2), ['现行有效的裁量基准', '2件']);
  assert.ok(rows.some((r) => r[0] === '示范区教育局' && r[1] === '修订公布的裁量基准' && r[2] === '1件'));
  // 2 + 3 + 1 + 2 + 2 + 2 + 1 records behind the figures
  assert.equal(rows.filter((r) => r[2] === '示范区教育局' && r[1]?.includes('（TJ-')).length, 13);
});

test('bad input is refused naming the field; a body outside the region is not found', async () => {
  const upside = await call(env.app, reviewer, 'GET', `${path}?from=2026-08-14&to=2026-01-01`);
  assert.equal(upside.statusCode, 400);
  const figure = await call(env.app, reviewer, 'GET', `${path}/records?figure=nothing`);
  assert.equal(figure.statusCode, 400);
  assert.match(figure.json().message, /统计项目/);
  const notUuid = await call(env.app, reviewer, 'GET', `${path}?implementingOrgId=x`);
  assert.equal(notUuid.statusCode, 400);
  assert.match(notUuid.json().message, /实施主体/);
  const absent = await call(env.app, reviewer, 'GET', `${path}?implementingOrgId=00000000-0000-4000-8000-000000000000`);
  assert.equal(absent.statusCode, 404);
});

test('a penalty item of the powers list counts as without a benchmark until its body has one in force', async () => {
  assert.ok(penaltyCodes.length > 0, 'the demo powers list gives the body penalty items');
  const records = await call(
    env.app,
    reviewer,
    'GET',
    `${path}/records?figure=uncovered&from=2026-01-01&to=2026-08-14&implementingOrgId=${body}&pageSize=100`,
  );
  assert.equal(records.statusCode, 200, records.body);
  const page = records.json() as DiscretionStatisticRecords;
  assert.equal(page.total, penaltyCodes.length);
  // the record opens the form that drafts the missing benchmark
  assert.ok(page.items.every((r) => r.link.endsWith('/discretion-benchmarks/new')));
  await writeBenchmarkRows(env.services, body, [
    { itemCode: penaltyCodes[0]!, publishedOn: '2026-01-05', effectiveOn: '2026-01-10' },
  ]);
  const { values } = await figures('2026-01-01', '2026-08-14');
  assert.equal(values.uncovered, penaltyCodes.length - 1);
  // a benchmark of the same code at another body does not cover this body's item
  assert.equal((await figures('2026-01-01', '2026-01-09')).values.uncovered, penaltyCodes.length);
});
