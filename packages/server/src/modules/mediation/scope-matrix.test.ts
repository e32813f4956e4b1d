// The route-by-route scope matrix of 矛盾纠纷调解: every route has a row, and each row states what every kind of person
// gets for a record at their own unit, a sibling unit, the parent unit and another region. A unit's committees and
// disputes are read by the readers of its records and recorded by its legal staff and head — and by the justice
// bureau's reviewers across the region (人民调解法 第五条); 404 = out of scope, 403 = in scope without the action.
import {
  scopeMatrix,
  listItems,
  statisticsReaders,
  unitRecordReaders,
  unitRecordWriters,
  type Answers,
  type Place,
  type ScopeWorld,
} from '../../../test/scope-matrix';
import { addMediator, registerCommittee } from './commands/committees';
import { registerDispute } from './commands/register-dispute';
import { concludeDispute } from './commands/conclude-dispute';

/** the unit's writers, and the justice bureau's reviewers in their region */
const writers = (ok: 200 | 201): Answers => ({ ...unitRecordWriters(ok), reviewer: [ok, ok, ok, 404] });

const aCommitteeIn = (w: ScopeWorld, p: Place) =>
  w.fixture('mediation committee', p, async () => {
    const c = await registerCommittee(w.env.services, w.system, {
      committeeUnitId: p.orgId,
      committeeName: `矩阵测试人民调解委员会${w.unique()}`,
      committeeKind: 'village',
    });
    await addMediator(w.env.services, w.system, c.id, {
      mediatorName: '矩阵测试调解员',
      mediatorGender: 'female',
      mediatorPost: 'director',
    });
    return c;
  });

const disputeBody = (p: Place) => ({
  mediationKind: 'administrative' as const,
  mediatingUnitId: p.orgId,
  disputeType: '邻里纠纷',
  disputeSource: 'application' as const,
  disputeSummary: '矩阵测试纠纷',
  majorDispute: false,
  assignedMediators: '矩阵测试调解员',
  disputeParties: [
    { role: 'applicant' as const, kind: 'person' as const, name: '矩阵测试申请人' },
    { role: 'respondent' as const, kind: 'person' as const, name: '矩阵测试被申请人' },
  ],
});

const aDisputeIn = (w: ScopeWorld, p: Place) => registerDispute(w.env.services, w.system, disputeBody(p));
const aSharedDisputeIn = (w: ScopeWorld, p: Place) => w.fixture('mediation dispute', p, () => aDisputeIn(w, p));
const anAgreementIn = async (w: ScopeWorld, p: Place) => {
  const d = await aDisputeIn(w, p);
  await concludeDispute(w.env.services, w.system, d.id, {
    mediationOutcome: 'agreed',
    agreementForm: 'oral',
    agreementContent: '矩阵测试协议',
    agreementAmountYuan: null,
  });
  return d;
};

const statistics = (path: string) => async (w: ScopeWorld, p: Place) => {
  await aSharedDisputeIn(w, p);
  const today = w.env.services.clock.today();
  return {
    url: `${path}${path.includes('?') ? '&' : '?'}from=${today}&to=${today}&regionCode=${p.regionCode}&mediatingUnitId=${p.orgId}`,
  };
};

scopeMatrix({
  title: 'mediation',
  modules: ['mediation'],
  rows: [
    {
      route: 'GET /api/mediation-committees',
      request: async (w, p) => {
        await aCommitteeIn(w, p);
        return { url: '/api/mediation-committees' };
      },
      lists: (body, p) => (body as { items: { orgId: string }[] }).items.some((c) => c.orgId === p.orgId),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted'),
    },
    {
      route: 'POST /api/mediation-committees',
      request: (w, p) => ({
        method: 'POST',
        url: '/api/mediation-committees',
        payload: { committeeUnitId: p.orgId, committeeName: `矩阵测试委员会${w.unique()}`, committeeKind: 'community' },
      }),
      anonymous: 401,
      expect: writers(201),
    },
    {
      route: 'POST /api/mediation-committees/:id/mediators',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/mediation-committees/${(await aCommitteeIn(w, p)).id}/mediators`,
        payload: { mediatorName: '矩阵测试委员', mediatorGender: 'male', mediatorPost: 'member' },
      }),
      anonymous: 401,
      expect: writers(201),
    },
    {
      route: 'GET /api/mediation-disputes',
      request: async (w, p) => {
        await aSharedDisputeIn(w, p);
        return { url: '/api/mediation-disputes?pageSize=200' };
      },
      lists: (body, p) => listItems(body).some((d) => d.orgName === p.orgName),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted'),
    },
    {
      route: 'POST /api/mediation-disputes',
      request: (_w, p) => ({ method: 'POST', url: '/api/mediation-disputes', payload: disputeBody(p) }),
      anonymous: 401,
      expect: writers(201),
    },
    {
      route: 'GET /api/mediation-disputes/:id',
      request: async (w, p) => ({ url: `/api/mediation-disputes/${(await aSharedDisputeIn(w, p)).id}` }),
      anonymous: 401,
      expect: unitRecordReaders(200, 404),
    },
    {
      route: 'POST /api/mediation-disputes/:id/sessions',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/mediation-disputes/${(await aSharedDisputeIn(w, p)).id}/sessions`,
        payload: { sessionPlace: '矩阵测试调解室', assignedMediators: '矩阵测试调解员', sessionRecord: '矩阵测试记录' },
      }),
      anonymous: 401,
      expect: writers(200),
    },
    {
      route: 'POST /api/mediation-disputes/:id/outcome',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/mediation-disputes/${(await aDisputeIn(w, p)).id}/outcome`,
        payload: { mediationOutcome: 'refused', endReason: '矩阵测试拒绝调解' },
      }),
      anonymous: 401,
      expect: writers(200),
    },
    {
      route: 'POST /api/mediation-disputes/:id/performance',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/mediation-disputes/${(await anAgreementIn(w, p)).id}/performance`,
        payload: { performance: 'performed', agreementPerformanceNote: '矩阵测试履行' },
      }),
      anonymous: 401,
      expect: writers(200),
    },
    {
      route: 'POST /api/mediation-disputes/:id/confirmation',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/mediation-disputes/${(await anAgreementIn(w, p)).id}/confirmation`,
        payload: { confirmationAppliedOn: w.env.services.clock.today(), confirmationCourt: '矩阵测试法院' },
      }),
      anonymous: 401,
      expect: writers(200),
    },
    {
      route: 'GET /api/mediation-statistics',
      request: statistics('/api/mediation-statistics'),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
    {
      route: 'GET /api/mediation-statistics/records',
      request: statistics('/api/mediation-statistics/records?figure=registered'),
      lists: (body) => listItems(body).length > 0,
      anonymous: 401,
      expect: statisticsReaders('listed', 404),
    },
    {
      route: 'GET /api/mediation-statistics/export.xlsx',
      request: statistics('/api/mediation-statistics/export.xlsx'),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
  ],
});
