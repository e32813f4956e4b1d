// The route-by-route scope matrix of 告知承诺制: every route has a row, and each row states what every kind of person
// gets for a matter at their own unit, a sibling unit, the parent unit and another region. A body's items and
// matters are read by the readers of its records and recorded by its legal staff and head; 404 = out of scope,
// 403 = in scope without the action. Statistics read like the other modules' (statisticsReaders).
import {
  scopeMatrix,
  listItems,
  statisticsReaders,
  unitRecordReaders,
  unitRecordWriters,
  type Place,
  type ScopeWorld,
} from '../../../test/scope-matrix';
import { itemCodesUnchecked } from '../power-lists/test/item-codes';
import { addCommitmentItem } from './commands/add-item';
import { recordMatter } from './commands/record-matter';

/** an item of the place's body (shared by the rows that only read it or record under it) */
const anItemIn = (w: ScopeWorld, p: Place) =>
  w.fixture('commitment item', p, async () => {
    await itemCodesUnchecked(w.env.services.db);
    return addCommitmentItem(w.env.services, w.system, {
      handlingBodyId: p.orgId,
      list: 'certificate',
      itemCode: `MX-ZM-${w.unique()}`,
      itemName: '矩阵测试证明事项',
      legalBasis: '矩阵测试依据',
      commitmentContent: '矩阵测试承诺',
      allowedFrom: '2020-01-01',
    });
  });

const aMatterIn = async (w: ScopeWorld, p: Place) =>
  recordMatter(w.env.services, w.system, {
    commitmentItemId: (await anItemIn(w, p)).id,
    applicantKind: 'organisation',
    applicantName: `矩阵测试申请人${w.unique()}`,
    uscc: '91350100M000100Y43',
    commitment: '矩阵测试承诺',
  });
const aSharedMatterIn = (w: ScopeWorld, p: Place) => w.fixture('commitment matter', p, () => aMatterIn(w, p));

const statistics = (path: string) => async (w: ScopeWorld, p: Place) => {
  await aSharedMatterIn(w, p);
  const today = w.env.services.clock.today();
  return {
    url: `${path}${path.includes('?') ? '&' : '?'}from=${today}&to=${today}&regionCode=${p.regionCode}&handlingBodyId=${p.orgId}`,
  };
};

scopeMatrix({
  title: 'commitments',
  modules: ['commitments'],
  rows: [
    {
      route: 'GET /api/commitment-items',
      request: async (w, p) => {
        await anItemIn(w, p);
        return { url: '/api/commitment-items' };
      },
      lists: (body, p) => listItems(body).some((i) => i.bodyOrgId === p.orgId),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted'),
    },
    {
      route: 'POST /api/commitment-items',
      // the matrix's codes are made up: its regions are ones without lists (power-lists test/item-codes.ts)
      request: async (w, p) => {
        await itemCodesUnchecked(w.env.services.db);
        return {
          method: 'POST',
          url: '/api/commitment-items',
          payload: {
            handlingBodyId: p.orgId,
            list: 'business_permit',
            itemCode: `MX-XK-${w.unique()}`,
            itemName: '矩阵测试许可事项',
            legalBasis: '矩阵测试依据',
            commitmentContent: '矩阵测试承诺',
            allowedFrom: '2020-01-01',
          },
        };
      },
      anonymous: 401,
      expect: unitRecordWriters(201),
    },
    {
      route: 'GET /api/commitment-matters',
      request: async (w, p) => {
        await aSharedMatterIn(w, p);
        return { url: '/api/commitment-matters?pageSize=200' };
      },
      lists: (body, p) => listItems(body).some((m) => m.bodyName === p.orgName),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted'),
    },
    {
      route: 'POST /api/commitment-matters',
      request: async (w, p) => ({
        method: 'POST',
        url: '/api/commitment-matters',
        payload: {
          commitmentItemId: (await anItemIn(w, p)).id,
          applicantKind: 'organisation',
          applicantName: '矩阵测试申请人',
          uscc: '91350100M000100Y43',
          commitment: '矩阵测试承诺',
        },
      }),
      anonymous: 401,
      expect: unitRecordWriters(201),
    },
    {
      route: 'GET /api/commitment-matters/:id',
      request: async (w, p) => ({ url: `/api/commitment-matters/${(await aSharedMatterIn(w, p)).id}` }),
      anonymous: 401,
      expect: unitRecordReaders(200, 404),
    },
    {
      route: 'POST /api/commitment-matters/:id/check',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/commitment-matters/${(await aMatterIn(w, p)).id}/check`,
        payload: { checkResult: 'kept', checkNote: '矩阵测试核查' },
      }),
      anonymous: 401,
      expect: unitRecordWriters(200),
    },
    {
      route: 'GET /api/commitment-statistics',
      request: statistics('/api/commitment-statistics'),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
    {
      route: 'GET /api/commitment-statistics/records',
      request: statistics('/api/commitment-statistics/records?figure=handled'),
      lists: (body) => listItems(body).length > 0,
      anonymous: 401,
      expect: statisticsReaders('listed', 404),
    },
    {
      route: 'GET /api/commitment-statistics/export.xlsx',
      request: statistics('/api/commitment-statistics/export.xlsx'),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
  ],
});
