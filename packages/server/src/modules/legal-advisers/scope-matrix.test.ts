// The route-by-route scope matrix of 法律顾问与合法性审查: every route has a row, and each row states what every kind
// of person gets for a record at their own unit, a sibling unit, the parent unit and another region. A unit's advisers
// and matters are read by the readers of its records; its legal staff and head keep its advisers (the justice bureau
// the region's) and send its matters; the justice bureau reviews; the office and the leaders record meetings. 404 = out
// of scope, 403 = in scope without the action.
import {
  scopeMatrix,
  listItems,
  statisticsReaders,
  unitRecordReaders,
  unitRecordWriters,
  type Place,
  type ScopeWorld,
} from '../../../test/scope-matrix';
import { reviewChecklists } from '@fazhi/core/legal-advisers';
import { registerAdviser } from './advisers/commands/register-adviser';
import { matterAsRows } from './test/factory';

/** the parent place is the county government, the others departments */
const levelAt = (p: Place) => (p.target === 'parent' ? 'government' : 'department');

const anAdviserIn = (w: ScopeWorld, p: Place) =>
  w.fixture('legal adviser', p, () =>
    registerAdviser(w.env.services, w.system, {
      adviserUnitId: p.orgId,
      adviserLevel: levelAt(p),
      adviserKind: 'public_lawyer',
      adviserName: `矩阵测试公职律师${w.unique()}`,
      publicLawyerCertificate: `GZ${w.unique()}`,
    }),
  );
const statistics = (path: string) => async (w: ScopeWorld, p: Place) => {
  await anAdviserIn(w, p);
  const day = w.env.services.clock.today();
  return {
    url: `${path}${path.includes('?') ? '&' : '?'}from=${day}&to=${day}&regionCode=${p.regionCode}&statisticsUnitId=${p.orgId}`,
  };
};
const today = (w: ScopeWorld) => w.env.services.clock.today();
const aMatterIn = (w: ScopeWorld, p: Place) =>
  w.fixture('review matter', p, () => matterAsRows(w.env.services.db, p, { review: 'pending', on: today(w) }));

/** the adviser keepers: the unit's legal staff and head, and the justice bureau across its region */
const adviserKeepers = { ...unitRecordWriters(201), reviewer: [201, 201, 201, 404] as const };
/** the reviewing body: the justice bureau of the region; a reader of the matter who does not review it 403 */
const reviewers = { ...unitRecordReaders(403, 404), reviewer: [200, 200, 200, 404] as const };
/** who records a unit's meeting: its legal staff, and the government's leaders across the region */
const meetingKeepers = {
  ...unitRecordReaders(403, 404),
  legal: [201, 404, 404, 404] as const,
  leader: [201, 201, 201, 404] as const,
};

scopeMatrix({
  title: 'legal-advisers',
  modules: ['legal-advisers'],
  rows: [
    {
      route: 'GET /api/legal-advisers',
      request: async (w, p) => {
        await anAdviserIn(w, p);
        return { url: '/api/legal-advisers' };
      },
      lists: (body, p) => listItems(body).some((a) => a.unitId === p.orgId),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted'),
    },
    {
      route: 'POST /api/legal-advisers',
      request: (w, p) => ({
        method: 'POST',
        url: '/api/legal-advisers',
        payload: {
          adviserUnitId: p.orgId,
          adviserLevel: levelAt(p),
          adviserKind: 'public_lawyer',
          adviserName: '矩阵测试公职律师',
          publicLawyerCertificate: `GZ${w.unique()}`,
        },
      }),
      anonymous: 401,
      expect: adviserKeepers,
    },
    {
      route: 'GET /api/legal-adviser-engagements',
      request: async (w, p) => ({ url: `/api/legal-adviser-engagements?adviserId=${(await anAdviserIn(w, p)).id}` }),
      anonymous: 401,
      expect: { ...unitRecordReaders(200, 404), ...everyoneSees200() },
    },
    {
      route: 'POST /api/legal-advisers/:id/engagements',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/legal-advisers/${(await anAdviserIn(w, p)).id}/engagements`,
        payload: { engagementKind: 'petition', engagementMatter: '矩阵测试信访事项', adviserOpinion: '矩阵测试意见' },
      }),
      anonymous: 401,
      expect: adviserKeepers,
    },
    {
      route: 'GET /api/legal-review-matters',
      request: async (w, p) => {
        await aMatterIn(w, p);
        return { url: '/api/legal-review-matters' };
      },
      lists: (body, p) => listItems(body).some((m) => m.unitId === p.orgId),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted'),
    },
    {
      route: 'POST /api/legal-review-matters',
      request: (w, p) => ({
        method: 'POST',
        url: '/api/legal-review-matters',
        payload: {
          reviewKind: 'document',
          sendingUnitId: p.orgId,
          matterTitle: `矩阵测试文件${w.unique()}`,
          matterText: '矩阵测试文本',
          ownReview: '矩阵测试自审意见',
        },
      }),
      anonymous: 401,
      expect: unitRecordWriters(201),
    },
    {
      route: 'GET /api/legal-review-matters/:id',
      request: async (w, p) => ({ url: `/api/legal-review-matters/${(await aMatterIn(w, p)).id}` }),
      anonymous: 401,
      expect: unitRecordReaders(200, 404),
    },
    {
      route: 'POST /api/legal-review-matters/:id/review',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/legal-review-matters/${(await matterAsRows(w.env.services.db, p, { review: 'pending', on: '2026-01-05' })).id}/review`,
        payload: {
          checklist: Object.keys(reviewChecklists.contract).map((item) => ({ item, finding: 'ok' })),
          opinion: '矩阵测试审查意见',
          result: 'failed',
          counsel: [],
          opinionCount: 1,
          earlyReason: '矩阵测试',
        },
      }),
      anonymous: 401,
      expect: reviewers,
    },
    {
      route: 'POST /api/legal-review-matters/:id/revision',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/legal-review-matters/${(await matterAsRows(w.env.services.db, p, { review: 'passed_with_changes', on: today(w) })).id}/revision`,
        payload: { matterText: '矩阵测试修改后文本', revisionNote: '已按意见修改' },
      }),
      anonymous: 401,
      expect: unitRecordWriters(200),
    },
    {
      route: 'POST /api/legal-review-matters/:id/submission',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/legal-review-matters/${(await matterAsRows(w.env.services.db, p, { review: 'failed', on: today(w) })).id}/submission`,
        payload: { matterText: '矩阵测试修改后文本', revisionNote: '已按意见修改' },
      }),
      anonymous: 401,
      // the second county has no justice bureau to send to: nobody there sends (its readers are refused first)
      expect: unitRecordWriters(200),
    },
    {
      route: 'GET /api/legal-review-meetings',
      request: () => ({ url: '/api/legal-review-meetings' }),
      anonymous: 401,
      expect: { ...unitRecordReaders(200, 404), ...everyoneSees200() },
    },
    {
      route: 'POST /api/legal-review-meetings',
      request: async (w, p) => ({
        method: 'POST',
        url: '/api/legal-review-meetings',
        payload: {
          meetingUnitId: p.orgId,
          meetingTitle: `矩阵测试常务会议${w.unique()}`,
          meetingOn: today(w),
          topicMatterIds: [
            (await matterAsRows(w.env.services.db, p, { kind: 'meeting_topic', review: 'passed', on: today(w) })).id,
          ],
        },
      }),
      anonymous: 401,
      expect: meetingKeepers,
    },
    {
      route: 'GET /api/legal-adviser-statistics',
      request: statistics('/api/legal-adviser-statistics'),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
    {
      route: 'GET /api/legal-adviser-statistics/records',
      request: statistics('/api/legal-adviser-statistics/records?figure=advisers_external'),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
    {
      route: 'GET /api/legal-adviser-statistics/export.xlsx',
      request: statistics('/api/legal-adviser-statistics/export.xlsx'),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
  ],
});

/** list reads answer 200 to every signed-in person (an empty list beyond their reach) */
function everyoneSees200() {
  return {
    legal: 200,
    officer: 200,
    head: 200,
    reviewer: 200,
    leader: 200,
    supervisor: 200,
    sysadmin: 200,
    secadmin: 200,
    auditor: 200,
    otherAdmin: 200,
    platformAdmin: 200,
  } as const;
}
