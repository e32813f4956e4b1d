// The lists end to end through the API: the demo region's lists and their versions, a department's adjustment
// (its audit event; the portal keeps the version in force until the new one's effective date), the refusals, the
// comparison of two versions, the streamed import (all or nothing, the row report) and the portal's search.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  PowerListComparison,
  PowerListItemPage,
  PowerListOverview,
  PowerListStatisticRecords,
  PowerListStatistics,
  PowerListVersion,
  PublicPowerListPage,
} from '@fazhi/core/contracts';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from '../../../test/helpers';
import statutes from './demo/statute-items.json';
import { listWorkbook } from './test/workbook';
import { itemInForce } from './queries/item-by-code';
import { priceLaw } from './demo/seed-demo';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let market: string;
let finance: string;
let today: string;
const plus = (n: number) => formatIsoDate(parseIsoDate(today) + n);

before(async () => {
  env = await createTestEnv({ demoDay: 'run' });
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
  market = await orgId(env, '示范区市场监督管理局');
  finance = await orgId(env, '示范区财政局');
  today = env.services.clock.today();
});
after(async () => env?.close());

const item = (code: string, over: Record<string, unknown> = {}) => ({
  itemCode: code,
  name: `对测试违法行为${code}的处罚`,
  itemKind: 'penalty',
  bases: [{ law: '《中华人民共和国食品安全法》', article: '第一百二十二条' }],
  implementingOrgId: market,
  responsibilities: ['立案责任'],
  accountability: ['滥用职权的'],
  ...over,
});
const adjustment = (over: Record<string, unknown>) => ({
  kind: 'add',
  reason: '新法施行，新增处罚事项',
  approvedBy: '示范区人民政府 示政函〔2026〕99号',
  approvedOn: today,
  effectiveOn: today,
  ...over,
});

const auditCount = async (action: string) =>
  Number(
    (
      await env.services.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('action', '=', action)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('power lists', () => {
  test('the demo region publishes six lists; its powers list has three versions, the third in force', async () => {
    const res = await call(env.app, reviewer, 'GET', '/api/power-lists');
    assert.equal(res.statusCode, 200, res.body);
    const o = res.json() as PowerListOverview;
    assert.deepEqual(
      o.lists.map((l) => l.label),
      ['权责清单', '行政许可事项清单', '涉企经营许可事项清单', '行政备案事项清单', '证明事项清单', '公共服务事项清单'],
    );
    const powers = o.lists[0]!;
    assert.equal(powers.versionInForce, 3);
    // the list read from the law texts, less the development and reform commission's price items removed in 第2版
    const priceItems = statutes.items.filter((i) => i.code.startsWith('159901-18-') && i.law === priceLaw).length;
    assert.equal(powers.itemsInForce, statutes.items.length - priceItems);
    assert.deepEqual(powers.abilities, { read: true, adjust: true, import: true });
    const cmp = (
      await call(env.app, reviewer, 'GET', '/api/power-lists/powers/compare?fromVersion=1&toVersion=3')
    ).json() as PowerListComparison;
    assert.ok(
      cmp.removedCount > 0 && cmp.changedCount > 0,
      JSON.stringify({ ...cmp, added: [], removed: [], changed: [] }),
    );
    assert.equal(cmp.reduced, cmp.removedCount + cmp.changedCount, 'the delegated items leave the city administration');
    assert.deepEqual(
      cmp.changed[0]!.fields.map((f) => f.label),
      ['实施主体'],
    );
    assert.equal(cmp.changed[0]!.fields[0]!.to, '示范区东河街道办事处');
  });

  test('a department adds an item effective later: a new version, its audit event, the portal keeps the one in force', async () => {
    const before = await auditCount('power_list.adjusted');
    const res = await call(
      env.app,
      legal,
      'POST',
      '/api/power-lists/powers/adjustments',
      adjustment({ items: [item('T-ADD-1')], effectiveOn: plus(10) }),
    );
    assert.equal(res.statusCode, 201, res.body);
    const v = res.json() as PowerListVersion;
    assert.equal(v.versionNo, 4);
    assert.equal(v.standing, 'pending');
    assert.equal(await auditCount('power_list.adjusted'), before + 1);
    const mine = (
      await call(env.app, legal, 'GET', '/api/power-lists/powers/items?q=T-ADD-1')
    ).json() as PowerListItemPage;
    assert.deepEqual(
      mine.items.map((i) => i.code),
      ['T-ADD-1'],
    );
    const portal = (
      await call(env.app, null, 'GET', '/api/public/power-lists/powers?q=T-ADD-1')
    ).json() as PublicPowerListPage;
    assert.equal(portal.versionNo, 3);
    assert.equal(portal.total, 0);
    // the legal officer sees only his own unit's items
    const all = (
      await call(env.app, legal, 'GET', '/api/power-lists/powers/items?pageSize=200')
    ).json() as PowerListItemPage;
    assert.ok(all.items.every((i) => i.bodyOrgId === market));
  });

  test('refusals: another unit’s items, a missing reason, an item the list does not hold, an earlier effective date', async () => {
    const other = await call(
      env.app,
      legal,
      'POST',
      '/api/power-lists/powers/adjustments',
      adjustment({ items: [item('T-FIN-1', { implementingOrgId: finance })] }),
    );
    assert.equal(other.statusCode, 403, other.body);
    const noReason = await call(
      env.app,
      legal,
      'POST',
      '/api/power-lists/powers/adjustments',
      adjustment({ reason: undefined, items: [item('T-X-1')] }),
    );
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /调整理由/);
    const wrongKind = await call(
      env.app,
      legal,
      'POST',
      '/api/power-lists/licensing/adjustments',
      adjustment({ items: [item('T-X-2')] }),
    );
    assert.equal(wrongKind.statusCode, 422, wrongKind.body);
    assert.match(wrongKind.body, /行政许可事项清单只收录行政许可事项/);
    const early = await call(
      env.app,
      legal,
      'POST',
      '/api/power-lists/powers/adjustments',
      adjustment({ items: [item('T-X-3')], effectiveOn: plus(5) }),
    );
    assert.equal(early.statusCode, 422);
    assert.match(early.body, /不能早于上一版本的施行日期/);
  });

  test('two versions compare field by field', async () => {
    const changed = await call(
      env.app,
      legal,
      'POST',
      '/api/power-lists/powers/adjustments',
      adjustment({
        kind: 'change',
        items: [item('T-ADD-1', { name: '对测试违法行为的处罚（修订）' })],
        effectiveOn: plus(10),
      }),
    );
    assert.equal(changed.statusCode, 201, changed.body);
    const cmp = (
      await call(env.app, legal, 'GET', '/api/power-lists/powers/compare?fromVersion=4&toVersion=5')
    ).json() as PowerListComparison;
    assert.deepEqual(
      cmp.changed.map((c) => [c.code, c.fields.map((f) => `${f.label}:${f.from}→${f.to}`)]),
      [['T-ADD-1', ['事项名称:对测试违法行为T-ADD-1的处罚→对测试违法行为的处罚（修订）']]],
    );
    const wrong = await call(env.app, legal, 'GET', '/api/power-lists/powers/compare?fromVersion=5&toVersion=4');
    assert.equal(wrong.statusCode, 422);
  });

  test('an import is all or nothing, with every row’s problems; a good workbook is the next version', async () => {
    const row = (code: string, body = '示范区市场监督管理局') => ({
      事项编码: code,
      事项名称: `${code}无犯罪记录证明`,
      设定和实施依据: '《中华人民共和国治安管理处罚法》第二条',
      实施主体: body,
      责任事项: '受理责任',
      证明材料名称: '无犯罪记录证明',
      开具单位: '公安机关',
    });
    const versions = async () =>
      ((await call(env.app, reviewer, 'GET', '/api/power-lists/certification/versions')).json() as { items: unknown[] })
        .items.length;
    const n = await versions();
    const q = `reason=${encodeURIComponent('证明事项清单重新梳理')}&approvedBy=${encodeURIComponent('示范区人民政府')}&approvedOn=${today}&effectiveOn=${today}`;
    const upload = async (s: Session, file: Buffer) =>
      env.app.inject({
        method: 'POST',
        url: `/api/power-lists/certification/import?${q}`,
        payload: file,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/octet-stream' },
      });
    const bad = await upload(
      reviewer,
      await listWorkbook('certification', [row('ZM-1'), row('ZM-1'), row('ZM-2', '不存在的局')]),
    );
    assert.equal(bad.statusCode, 422, bad.body);
    const report = bad.json() as { errors: { row: number; field: string; message: string }[] };
    assert.deepEqual(
      report.errors.map((e) => [e.row, e.field]),
      [
        [3, '事项编码'],
        [4, '实施主体'],
      ],
    );
    assert.equal(await versions(), n, 'nothing written');
    const denied = await upload(legal, await listWorkbook('certification', [row('ZM-1')]));
    assert.equal(denied.statusCode, 403);
    const good = await upload(reviewer, await listWorkbook('certification', [row('ZM-1'), row('ZM-2')]));
    assert.equal(good.statusCode, 201, good.body);
    assert.deepEqual(good.json(), { imported: 2, versionNo: n + 1, errors: [], errorsTruncated: false });
    const portal = (
      await call(env.app, null, 'GET', '/api/public/power-lists/certification')
    ).json() as PublicPowerListPage;
    assert.deepEqual(
      portal.items.map((i) => i.code),
      ['ZM-1', 'ZM-2'],
    );
    assert.equal(await auditCount('power_list.imported'), 1);
  });

  test('the statistics of a period count the items behind each figure: by kind, by body, the reduction', async () => {
    const period = `from=${plus(-400)}&to=${plus(-1)}`;
    const res = await call(env.app, reviewer, 'GET', `/api/power-list-statistics?${period}`);
    assert.equal(res.statusCode, 200, res.body);
    const s = res.json() as PowerListStatistics;
    assert.deepEqual([s.scope.fromVersion, s.scope.toVersion], [1, 3]);
    const fig = Object.fromEntries(s.figures.map((f) => [f.key, f]));
    const cmp = (
      await call(env.app, reviewer, 'GET', '/api/power-lists/powers/compare?fromVersion=1&toVersion=3')
    ).json() as PowerListComparison;
    assert.equal(fig.reduced!.value, cmp.reduced);
    assert.equal(fig.reduction_rate!.value, cmp.reductionPercent);
    assert.equal(fig.added!.value, 0);
    assert.equal(
      s.byKind.reduce((n, k) => n + k.count, 0),
      fig.in_force!.value,
    );
    assert.equal(
      s.byBody.reduce((n, b) => n + b.count, 0),
      fig.in_force!.value,
    );
    assert.ok(
      s.byBody.some((b) => b.name === '示范区东河街道办事处'),
      'the delegated penalties counted at the township',
    );
    const records = (
      await call(env.app, reviewer, 'GET', `/api/power-list-statistics/records?${period}&figure=reduced&pageSize=200`)
    ).json() as PowerListStatisticRecords;
    assert.equal(records.total, fig.reduced!.value);
    const mine = (
      await call(env.app, legal, 'GET', `/api/power-list-statistics?${period}`)
    ).json() as PowerListStatistics;
    assert.deepEqual(
      mine.byBody.map((b) => b.name),
      ['示范区市场监督管理局'],
      'a legal officer counts his own unit',
    );
    const file = await call(env.app, reviewer, 'GET', `/api/power-list-statistics/export.xlsx?${period}`);
    assert.equal(file.statusCode, 200);
  });

  test('another module finds an item in force by its code, as of a day', async () => {
    const code = '159901-01-CF-0001';
    const now = await itemInForce(env.services.db, { regionCode: '159901', listKind: 'powers', code, on: today });
    assert.equal(now?.bodyName, '示范区市场监督管理局');
    assert.equal(now?.versionNo, 3);
    const before = await itemInForce(env.services.db, {
      regionCode: '159901',
      listKind: 'powers',
      code,
      on: '2000-01-01',
    });
    assert.equal(before, null);
    // the city administration's 市容 penalties delegated in version 3 are the township's now
    const delegated = await itemInForce(env.services.db, {
      regionCode: '159901',
      listKind: 'powers',
      code: '159901-06-CF-0001',
      on: today,
    });
    assert.equal(delegated?.bodyName, '示范区东河街道办事处');
  });

  test('the portal searches the version in force by words and code', async () => {
    // words of items' names that no law's title holds (the search reads the laws' titles too: 明码标价 now finds
    // every item of 《明码标价和禁止价格欺诈规定》)
    const res = await call(env.app, null, 'GET', `/api/public/power-lists/powers?q=${encodeURIComponent('哄抬价格')}`);
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json() as PublicPowerListPage;
    assert.ok(page.total > 0);
    assert.ok(
      page.items.every((i) => i.name.includes('哄抬价格') || i.subItems.some((s) => s.includes('哄抬价格'))),
      JSON.stringify(page.items.map((i) => i.name)),
    );
    const search = await call(env.app, null, 'GET', `/api/public/search?q=${encodeURIComponent('哄抬价格')}`);
    assert.match(search.body, /权责清单/);
  });
});
