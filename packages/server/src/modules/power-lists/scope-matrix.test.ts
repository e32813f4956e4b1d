// The route-by-route scope matrix of the lists. A list is the region's; its items belong to their implementing
// bodies: each place's record is an item of the place's unit in the place's region's powers list, added by the
// system. Readers see the items of the units they reach (others unlisted, one item outside reach 404); a
// department's legal officer adjusts its own unit's items, the justice bureau the region's (403 otherwise); only
// the justice bureau imports a whole list. The portal's list is public.
import ExcelJS from 'exceljs';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import {
  scopeMatrix,
  type Answers,
  type Place,
  type ScopeWorld,
  everyone,
  listItems,
  statisticsReaders,
} from '../../../test/scope-matrix';
import { adjustList } from './commands/adjust-list';
import { importColumns } from './import-columns';

/** Reads: the record readers (not the enforcement officer, nor the separated security and audit duties). */
const readers = (ok: number | 'listed', mine: Answers): Answers => ({
  ...everyone(ok),
  officer: 403,
  secadmin: 403,
  auditor: 403,
  ...mine,
});

/** An item's visibility by where it sits: a unit's staff their unit, region-wide readers their region. */
const reach = (ok: 200 | 'listed', no: 404 | 'unlisted'): Answers =>
  readers(ok, {
    legal: [ok, no, no, no],
    head: [ok, no, no, no],
    reviewer: [ok, ok, ok, no],
    leader: [ok, ok, ok, no],
    supervisor: [ok, ok, ok, no],
    sysadmin: [ok, ok, ok, no],
    otherAdmin: [no, no, no, ok],
    platformAdmin: ok,
  });

const today = (w: ScopeWorld) => w.env.services.clock.today();
const yesterday = (w: ScopeWorld) => formatIsoDate(parseIsoDate(today(w)) - 1);

const itemOf = (w: ScopeWorld, p: Place, code: string) => ({
  itemCode: code,
  name: `矩阵测试事项${code}`,
  itemKind: 'penalty' as const,
  subItems: [],
  bases: [{ law: '《中华人民共和国行政处罚法》', article: '第九条' }],
  implementingOrgId: p.orgId,
  responsibilities: ['立案责任'],
  accountability: [],
  extra: {},
});

const adjustment = (w: ScopeWorld, p: Place, over: Record<string, unknown>) => ({
  kind: 'add' as const,
  reason: '矩阵测试调整',
  approvedBy: '矩阵测试批准文件',
  approvedOn: today(w),
  effectiveOn: today(w),
  items: [],
  itemCodes: [],
  toOrgId: null,
  regionCode: p.regionCode,
  ...over,
});

/** An item of the place's unit added to its region's powers list (a new version, in force today). */
async function placeItem(w: ScopeWorld, p: Place) {
  const code = `M-${p.target}-${w.unique()}`;
  const { versionNo } = await adjustList(
    w.env.services,
    w.system,
    'powers',
    adjustment(w, p, { items: [itemOf(w, p, code)] }),
  );
  return { code, versionNo };
}

async function workbook(p: Place, code: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单事项');
  const columns = importColumns('filing');
  ws.addRow(columns);
  const row: Record<string, string> = {
    事项编码: code,
    事项名称: '矩阵测试备案事项',
    设定和实施依据: '《中华人民共和国行政许可法》第十二条',
    实施主体: p.orgName,
    备案主体: '企业',
  };
  ws.addRow(columns.map((c) => row[c] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The item each place's statistics request added (records are found by it). */
const codeOf = new Map<string, string>();

const reviewerWrites = (ok: number): Answers => ({ ...everyone(403), reviewer: [ok, ok, ok, 403] });

scopeMatrix({
  title: 'power lists',
  modules: ['power-lists'],
  rows: [
    {
      route: 'GET /api/power-lists',
      request: (_w, p) => ({ url: `/api/power-lists?regionCode=${p.regionCode}` }),
      anonymous: 401,
      expect: readers(200, {}),
    },
    {
      route: 'GET /api/power-lists/:listKind/versions',
      request: (_w, p) => ({ url: `/api/power-lists/powers/versions?regionCode=${p.regionCode}` }),
      anonymous: 401,
      expect: readers(200, {}),
    },
    {
      route: 'GET /api/power-lists/:listKind/items',
      request: async (w, p) => {
        const { code } = await placeItem(w, p);
        return { url: `/api/power-lists/powers/items?regionCode=${p.regionCode}&q=${code}` };
      },
      lists: (body) => listItems(body).length === 1,
      anonymous: 401,
      expect: reach('listed', 'unlisted'),
    },
    {
      route: 'GET /api/power-lists/:listKind/items/:itemCode',
      request: async (w, p) => ({
        url: `/api/power-lists/powers/items/${(await placeItem(w, p)).code}?regionCode=${p.regionCode}`,
      }),
      anonymous: 401,
      expect: reach(200, 404),
    },
    {
      route: 'GET /api/power-lists/:listKind/compare',
      request: async (w, p) => {
        const { versionNo } = await placeItem(w, p);
        return {
          url: `/api/power-lists/powers/compare?regionCode=${p.regionCode}&fromVersion=${versionNo - 1}&toVersion=${versionNo}`,
        };
      },
      lists: (body) => (body as { addedCount: number }).addedCount === 1,
      anonymous: 401,
      expect: reach('listed', 'unlisted'),
    },
    {
      route: 'POST /api/power-lists/:listKind/adjustments',
      request: async (w, p) => ({
        url: '/api/power-lists/powers/adjustments',
        payload: adjustment(w, p, { kind: 'remove', itemCodes: [(await placeItem(w, p)).code] }),
      }),
      anonymous: 401,
      expect: { ...reviewerWrites(201), legal: [201, 403, 403, 403] },
    },
    {
      route: 'GET /api/power-lists/:listKind/import-template.xlsx',
      request: () => ({ url: '/api/power-lists/business_licensing/import-template.xlsx' }),
      anonymous: 401,
      expect: readers(200, {}),
    },
    {
      route: 'POST /api/power-lists/:listKind/import',
      request: async (w, p) => {
        const q = new URLSearchParams({
          regionCode: p.regionCode,
          reason: '矩阵测试导入',
          approvedBy: '矩阵测试批准文件',
          approvedOn: today(w),
          effectiveOn: today(w),
        });
        return {
          url: `/api/power-lists/filing/import?${q}`,
          payload: await workbook(p, `M-IMPORT-${w.unique()}`),
          headers: { 'content-type': 'application/octet-stream' },
        };
      },
      anonymous: 401,
      expect: reviewerWrites(201),
    },
    {
      route: 'GET /api/power-list-statistics',
      request: async (w, p) => {
        await placeItem(w, p);
        return { url: `/api/power-list-statistics?regionCode=${p.regionCode}` };
      },
      lists: (body, p) => (body as { byBody: { orgId: string }[] }).byBody.some((b) => b.orgId === p.orgId),
      anonymous: 401,
      expect: statisticsReaders('listed', 'unlisted'),
    },
    {
      route: 'GET /api/power-list-statistics/records',
      request: async (w, p) => {
        const { code } = await placeItem(w, p);
        codeOf.set(p.target, code);
        return {
          url: `/api/power-list-statistics/records?regionCode=${p.regionCode}&figure=added&pageSize=200&from=${yesterday(w)}`,
        };
      },
      lists: (body, p) => listItems(body).some((r) => r.code === codeOf.get(p.target)),
      anonymous: 401,
      expect: statisticsReaders('listed', 'unlisted'),
    },
    {
      route: 'GET /api/power-list-statistics/export.xlsx',
      request: (_w, p) => ({ url: `/api/power-list-statistics/export.xlsx?regionCode=${p.regionCode}` }),
      anonymous: 401,
      expect: {
        ...readers(200, {}),
        ...Object.fromEntries(
          ['legal', 'head', 'reviewer', 'leader', 'supervisor', 'sysadmin'].map((a) => [a, [200, 200, 200, 404]]),
        ),
        otherAdmin: [404, 404, 404, 200],
      },
    },
    {
      route: 'GET /api/public/power-lists/:listKind',
      request: () => ({ url: '/api/public/power-lists/powers?pageSize=5' }),
      anonymous: 200,
      expect: everyone(200),
    },
  ],
});
