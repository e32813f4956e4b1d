// The route-by-route scope matrix of 行政应诉: every route has a row, and each row states what every kind of person
// gets for a suit or a recommendation of an agency at their own unit, a sibling unit, the parent unit and another
// region. An agency's suits are read by the readers of its records (the justice bureau across the region) and recorded
// by its legal staff and head; 404 = out of scope, 403 = in scope without the act. Statistics and the monthly notice
// read like the other modules' (statisticsReaders).
import {
  scopeMatrix,
  listItems,
  statisticsReaders,
  unitRecordReaders,
  unitRecordWriters,
  type Place,
  type ScopeWorld,
} from '../../../test/scope-matrix';
import { receiveRecommendation } from './commands/receive-recommendation';
import { daysFrom, suitAt, type SuitStage } from './test/factory';

const suit = (stage: SuitStage) => (w: ScopeWorld, p: Place) => suitAt(w.env.services, w.system, p.orgId, stage);
const sharedSuit = (w: ScopeWorld, p: Place) => w.fixture('litigation suit', p, () => suit('heard')(w, p));

const aRecommendation = (w: ScopeWorld, p: Place) =>
  receiveRecommendation(w.env.services, w.system, {
    defendingBodyId: p.orgId,
    recommendationSource: 'procuratorate',
    recommendationIssuer: '矩阵测试检察院',
    recommendationNumber: `矩检建〔2026〕${w.unique()}号`,
    recommendationContent: '矩阵测试建议',
  });

const act = (path: string, stage: SuitStage, payload: (w: ScopeWorld, hearingId: string | null) => unknown) => ({
  route: `POST /api/litigation-suits/:id/${path}`,
  request: async (w: ScopeWorld, p: Place) => {
    const { id, hearingId } = await suit(stage)(w, p);
    return { method: 'POST' as const, url: `/api/litigation-suits/${id}/${path}`, payload: payload(w, hearingId) };
  },
  anonymous: 401 as const,
  expect: unitRecordWriters(200),
});

const statistics = (path: string) => async (w: ScopeWorld, p: Place) => {
  await sharedSuit(w, p);
  const today = w.env.services.clock.today();
  const sep = path.includes('?') ? '&' : '?';
  return {
    url: `${path}${sep}from=${daysFrom(today, -90)}&to=${today}&regionCode=${p.regionCode}&defendingBodyId=${p.orgId}`,
  };
};

scopeMatrix({
  title: 'litigation',
  modules: ['litigation'],
  rows: [
    {
      route: 'GET /api/litigation-suits',
      request: async (w, p) => {
        await sharedSuit(w, p);
        return { url: '/api/litigation-suits?pageSize=200' };
      },
      lists: (body, p) => listItems(body).some((s) => s.bodyOrgId === p.orgId),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted'),
    },
    {
      route: 'POST /api/litigation-suits',
      request: (w, p) => {
        const today = w.env.services.clock.today();
        return {
          method: 'POST',
          url: '/api/litigation-suits',
          payload: {
            defendingBodyId: p.orgId,
            handlerName: '矩阵承办人',
            courtName: '矩阵法院',
            suitNumber: `（${today.slice(0, 4)}）内0105行初${8000 + Number(w.unique())}号`,
            instance: 'first',
            suitCause: '矩阵案由',
            suedAct: '矩阵被诉行为',
            suitFiledOn: today,
            plaintiffs: [{ kind: 'organisation', name: '矩阵原告公司' }],
          },
        };
      },
      anonymous: 401,
      expect: unitRecordWriters(201),
    },
    {
      route: 'GET /api/litigation-suits/:id',
      request: async (w, p) => ({ url: `/api/litigation-suits/${(await sharedSuit(w, p)).id}` }),
      anonymous: 401,
      expect: unitRecordReaders(200, 404),
    },
    act('service', 'registered', () => ({})),
    act('defence', 'answering', () => ({ evidenceNote: '矩阵证据' })),
    act('hearings', 'answered', (w) => ({
      courtHearingOn: daysFrom(w.env.services.clock.today(), 7),
      courtRoom: '矩阵法庭',
    })),
    act('appearance', 'answered', (_w, hearingId) => ({
      courtHearingId: hearingId,
      courtAppearance: 'stand_in',
      headAbsenceReason: 'accident',
      headAbsenceProof: '矩阵证明',
      standInName: '矩阵工作人员',
      standInPost: '科员',
    })),
    act('outcome', 'heard', (w) => ({ suitOutcome: 'claim_rejected', judgedOn: w.env.services.clock.today() })),
    act('conclusion', 'decided', () => ({ appealFiled: true, appealedBy: '原告' })),
    act('performance', 'effective', () => ({ performanceNote: '矩阵履行' })),
    {
      route: 'GET /api/litigation-recommendations',
      request: async (w, p) => {
        await w.fixture('litigation recommendation', p, () => aRecommendation(w, p));
        return { url: '/api/litigation-recommendations?pageSize=200' };
      },
      lists: (body, p) => listItems(body).some((r) => r.bodyOrgId === p.orgId),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted'),
    },
    {
      route: 'POST /api/litigation-recommendations',
      request: (w, p) => ({
        method: 'POST',
        url: '/api/litigation-recommendations',
        payload: {
          defendingBodyId: p.orgId,
          recommendationSource: 'court',
          recommendationIssuer: '矩阵法院',
          recommendationNumber: `矩司建${w.unique()}号`,
          recommendationContent: '矩阵建议',
        },
      }),
      anonymous: 401,
      expect: unitRecordWriters(201),
    },
    {
      route: 'POST /api/litigation-recommendations/:id/reply',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/litigation-recommendations/${(await aRecommendation(w, p)).id}/reply`,
        payload: { recommendationReply: '矩阵回复' },
      }),
      anonymous: 401,
      expect: unitRecordWriters(200),
    },
    {
      route: 'GET /api/litigation-statistics',
      request: statistics('/api/litigation-statistics'),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
    {
      route: 'GET /api/litigation-statistics/records',
      request: statistics('/api/litigation-statistics/records?figure=filed'),
      lists: (body) => listItems(body).length > 0,
      anonymous: 401,
      expect: statisticsReaders('listed', 404),
    },
    {
      route: 'GET /api/litigation-statistics/export.xlsx',
      request: statistics('/api/litigation-statistics/export.xlsx'),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
    {
      route: 'GET /api/litigation-notices/monthly',
      request: async (w, p) => {
        await sharedSuit(w, p);
        const month = w.env.services.clock.today().slice(0, 7);
        return { url: `/api/litigation-notices/monthly?noticeMonth=${month}&regionCode=${p.regionCode}` };
      },
      anonymous: 401,
      // the notice is the region's: an agency's staff read it for their whole region, each seeing its own suits in it;
      // the other region has no justice bureau to issue it (422 NO_JUSTICE_BUREAU)
      expect: {
        ...statisticsReaders(200, 404),
        legal: [200, 200, 200, 404],
        head: [200, 200, 200, 404],
        otherAdmin: [404, 404, 404, 422],
        platformAdmin: [200, 200, 200, 422],
      },
    },
  ],
});
