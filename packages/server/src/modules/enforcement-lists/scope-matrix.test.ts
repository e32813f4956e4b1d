// The route-by-route scope matrix of the enforcement lists: every route has a row, and each row states what every
// kind of person gets for a body in their own unit, a sibling unit, the parent unit and another region, and what the
// public gets. A body's lists are read by the readers of its records and its enforcement officers, and published by
// its legal staff and head; 404 = out of scope, 403 = in scope without the action. The portal's lists are public.
import {
  scopeMatrix,
  everyone,
  listItems,
  unitRecordReaders,
  unitRecordWriters,
  type Place,
  type ScopeWorld,
} from '../../../test/scope-matrix';
import { loadExcel } from '../../platform/http/xlsx-export';
import { itemCodesUnchecked } from '../power-lists/test/item-codes';
import { publishList } from './commands/publish-list';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const row = (n: number) => ({
  itemCode: `MX-JC-${n}`,
  itemName: `矩阵测试抽查事项${n}`,
  basis: '《中华人民共和国行政处罚法》第三十九条',
  content: '矩阵测试',
  method: '双随机抽查',
  step: null,
  category: null,
  level: null,
  field: null,
  amountFrom: null,
});

/** the matrix's codes are made up: its regions are ones without lists (power-lists test/item-codes.ts) */
const unchecked = async <T>(w: ScopeWorld, value: T | Promise<T>): Promise<T> => {
  await itemCodesUnchecked(w.env.services.db);
  return value;
};

/** a random-inspection list of the place's body, in force today (shared by the rows that only read it) */
const aListIn = (w: ScopeWorld, p: Place) =>
  w.fixture('enforcement list', p, async () =>
    publishList(w.env.services, w.system, {
      enforcementBodyId: p.orgId,
      kind: 'random_inspection',
      effectiveFrom: w.env.services.clock.today(),
      adjustmentReason: '矩阵测试',
      rows: await unchecked(w, [row(w.unique())]),
    }),
  );

let workbook: Promise<Buffer> | null = null;
const aWorkbook = () =>
  (workbook ??= (async () => {
    const wb = new (await loadExcel()).Workbook();
    const ws = wb.addWorksheet('清单事项');
    ws.addRow(['事项编码', '事项名称', '法律依据', '事项内容', '抽查方式']);
    ws.addRow(['MX-JC-IMPORT', '矩阵测试导入事项', '《中华人民共和国行政处罚法》第三十九条', '矩阵测试', '双随机抽查']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  })());

scopeMatrix({
  title: 'enforcement lists',
  modules: ['enforcement-lists'],
  rows: [
    {
      route: 'GET /api/enforcement-lists',
      request: async (w, p) => {
        await aListIn(w, p);
        return { url: `/api/enforcement-lists?kind=random_inspection` };
      },
      lists: (body, p) => listItems(body).some((l) => l.bodyOrgId === p.orgId),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted', true),
    },
    {
      route: 'GET /api/enforcement-lists/:id',
      request: async (w, p) => ({ url: `/api/enforcement-lists/${(await aListIn(w, p)).id}` }),
      anonymous: 401,
      expect: unitRecordReaders(200, 404, true),
    },
    {
      route: 'GET /api/enforcement-lists/requirement',
      request: async (w, p) => {
        await aListIn(w, p);
        return { url: `/api/enforcement-lists/requirement?enforcementBodyId=${p.orgId}&itemCode=MX-1&step=seizure` };
      },
      anonymous: 401,
      expect: unitRecordReaders(200, 404, true),
    },
    {
      route: 'POST /api/enforcement-lists',
      request: async (w, p) => ({
        method: 'POST',
        url: '/api/enforcement-lists',
        payload: {
          enforcementBodyId: p.orgId,
          kind: 'random_inspection',
          effectiveFrom: w.env.services.clock.today(),
          adjustmentReason: '矩阵测试调整',
          rows: await unchecked(w, [
            {
              itemCode: `MX-JC-${w.unique()}`,
              itemName: '矩阵测试事项',
              legalBasis: '矩阵测试依据',
              method: '双随机抽查',
            },
          ]),
        },
      }),
      anonymous: 401,
      expect: unitRecordWriters(201, true),
    },
    {
      route: 'POST /api/enforcement-lists/import',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/enforcement-lists/import?enforcementBodyId=${p.orgId}&kind=random_inspection&effectiveFrom=${w.env.services.clock.today()}&adjustmentReason=${encodeURIComponent('矩阵测试导入')}`,
        headers: { 'content-type': XLSX },
        payload: await unchecked(w, aWorkbook()),
      }),
      anonymous: 401,
      expect: unitRecordWriters(201, true),
    },
    {
      route: 'GET /api/enforcement-lists/import-template.xlsx',
      request: () => ({ url: '/api/enforcement-lists/import-template.xlsx' }),
      anonymous: 401,
      expect: { ...everyone(403), legal: 200, head: 200 },
    },
    {
      route: 'GET /api/public/enforcement-lists',
      request: async (w, p) => {
        await aListIn(w, p);
        return { url: '/api/public/enforcement-lists' };
      },
      anonymous: 200,
      expect: everyone(200),
    },
  ],
});
