// The rows of the reconsideration scope matrix (scope-matrix.test.ts): who reads a case (the office's staff, the
// government's leaders, the supervisors, the administrators of its region) and who acts on it (the office's staff
// only), and the portal's routes open to everyone.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { acceptanceConditions } from '@fazhi/core/reconsideration';
import {
  listItems,
  type Answers,
  type Expected,
  type MatrixRow,
  type Place,
  type ScopeWorld,
} from '../../../test/scope-matrix';
import { createOrg } from '../organisations/commands/create-org';
import { decideCase } from './hearing/commands/decide-case';
import { issueOpinion } from './hearing/commands/opinions';
import { publishDecision } from './hearing/commands/publish-decision';
import { sendCopy } from './hearing/commands/send-copy';
import { suspendCase } from './hearing/commands/suspend-case';
import { openNormativeReview } from './normative-review/commands/open-review';
import { applicationBody, buildCase, scheduledHearingRow, type CaseState } from './test/factory';

const sys = { actor: null, ip: null };

/** The other county has no justice bureau in the matrix world: give it one (its reconsideration office). */
const prepared = new WeakSet<ScopeWorld>();
async function prepare(w: ScopeWorld) {
  if (prepared.has(w)) return;
  prepared.add(w);
  const gov2 = await w.env.services.db
    .selectFrom('orgs')
    .select('id')
    .where('name', '=', '对照区人民政府')
    .executeTakeFirstOrThrow();
  await createOrg(w.env.services, sys, {
    regionCode: '159902',
    parentId: gov2.id,
    name: '对照区司法局',
    kind: 'justice_bureau',
  });
}

async function caseIn(w: ScopeWorld, p: Place, state: CaseState | 'copied' | 'suspended' | 'decided' | 'published') {
  await prepare(w);
  const s = w.env.services;
  const id = await buildCase(
    s,
    p.regionCode,
    state === 'received' ||
      state === 'correction_requested' ||
      state === 'correction_lapsed' ||
      state === 'not_accepted' ||
      state === 'simplified'
      ? state
      : 'accepted',
    w.unique(),
  );
  if (state === 'copied') await sendCopy(s, sys, id, {});
  if (state === 'suspended') await suspendCase(s, sys, id, { ground: 'mediation', reason: '调解' });
  if (state === 'decided' || state === 'published')
    await decideCase(s, sys, id, {
      decisionType: 'uphold',
      decisionText: '维持原行政处罚决定。',
      writtenReviewReason: '申请人经通知拒绝陈述意见',
    });
  if (state === 'published') await publishDecision(s, sys, id);
  return id;
}

const trackingOf = async (w: ScopeWorld, id: string) =>
  (
    await w.env.services.db
      .selectFrom('reconsideration_cases')
      .select('tracking_number')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).tracking_number;

/** Reads: the office's staff, the leaders, the supervisors and the administrators of the case's region. */
const readers = (ok: Expected, no: Expected): Answers => ({
  legal: no,
  head: no,
  officer: no,
  reviewer: [ok, ok, ok, no],
  leader: [ok, ok, ok, no],
  supervisor: [ok, ok, ok, no],
  sysadmin: [ok, ok, ok, no],
  secadmin: no,
  auditor: no,
  otherAdmin: [no, no, no, ok],
  platformAdmin: ok,
});

/** Acts: the office's staff (justice_reviewer) of the case's region; readers who may not act get 403. */
const handlers = (ok: number): Answers => ({
  legal: 404,
  head: 404,
  officer: 404,
  reviewer: [ok, ok, ok, 404],
  leader: [403, 403, 403, 404],
  supervisor: [403, 403, 403, 404],
  sysadmin: [403, 403, 403, 404],
  auditor: 404,
  otherAdmin: [404, 404, 404, 403],
  platformAdmin: 403,
});

/** 行政复议统计 of a region: whoever reads cases, in their region; whoever reads none is refused (403) before any read. */
const statisticsReaders = (ok: Expected): Answers => ({
  legal: 403,
  head: 403,
  officer: 403,
  reviewer: [ok, ok, ok, 404],
  leader: [ok, ok, ok, 404],
  supervisor: [ok, ok, ok, 404],
  sysadmin: [ok, ok, ok, 404],
  secadmin: 403,
  auditor: 403,
  otherAdmin: [404, 404, 404, ok],
  platformAdmin: ok,
});

const statisticsRow = (route: string, path: string, listed = false): MatrixRow => ({
  route,
  request: async (w, p) => {
    await w.fixture('received case', p, () => caseIn(w, p, 'received'));
    const today = w.env.services.clock.today();
    return { url: `${path}${path.includes('?') ? '&' : '?'}from=${today}&to=${today}&regionCode=${p.regionCode}` };
  },
  ...(listed ? { lists: (body: unknown) => listItems(body).length > 0 } : {}),
  anonymous: 401,
  expect: statisticsReaders(listed ? 'listed' : 200),
});

const allConditions = [...acceptanceConditions];

/** The demo office's two 行政复议人员 (demo/seed-demo.ts), enough for an ordinary case. */
const demoHandlers = async (w: ScopeWorld) =>
  (
    await w.env.services.db
      .selectFrom('users')
      .select('id')
      .where('username', 'in', ['demo.fuyi.a', 'demo.fuyi.b'])
      .execute()
  ).map((u) => u.id);

/** A hearing's panel (第五十条第三款): the office's reviewer presides, the two 行政复议人员 are the hearing officers. */
const panel = async (w: ScopeWorld) => ({
  presidingId: (
    await w.env.services.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'demo.reviewer')
      .executeTakeFirstOrThrow()
  ).id,
  panelOfficerIds: await demoHandlers(w),
  recorderName: '示范·记录员',
});
const daysFromToday = (w: ScopeWorld, n: number) => formatIsoDate(parseIsoDate(w.env.services.clock.today()) + n);

const actRow = (
  path: string,
  state: Parameters<typeof caseIn>[2],
  payload: (w: ScopeWorld) => Promise<unknown> | unknown,
): MatrixRow => ({
  route: `POST /api/reconsideration-cases/:id/${path}`,
  request: async (w, p) => ({
    method: 'POST',
    url: `/api/reconsideration-cases/${await caseIn(w, p, state)}/${path}`,
    payload: await payload(w),
  }),
  anonymous: 401,
  expect: handlers(200),
});

const reviewBody = {
  reviewSource: 'applicant',
  documentKind: 'local-government',
  documentTitle: '示范区市场监管行政处罚裁量规定',
  issuerName: '示范区市场监督管理局',
  clauses: '第五条超出上位法规定的罚款幅度',
  reviewRoute: 'self',
};

/** An act on a case whose incidental review is open (opened by the system, which suspends the case). */
const reviewRow = (path: string, payload: (reviewId: string) => unknown): MatrixRow => ({
  route: `POST /api/reconsideration-cases/:id/${path}`,
  request: async (w, p) => {
    const id = await caseIn(w, p, 'accepted');
    const { reviewId } = await openNormativeReview(w.env.services, sys, id, {
      ...reviewBody,
      reviewSource: 'applicant',
      documentKind: 'local-government',
      reviewRoute: 'self',
    });
    return { method: 'POST', url: `/api/reconsideration-cases/${id}/${path}`, payload: payload(reviewId) };
  },
  anonymous: 401,
  expect: handlers(200),
});

export const reconsiderationMatrixRows: readonly MatrixRow[] = [
  statisticsRow('GET /api/reconsideration-statistics', '/api/reconsideration-statistics'),
  statisticsRow(
    'GET /api/reconsideration-statistics/records',
    '/api/reconsideration-statistics/records?figure=received',
    true,
  ),
  statisticsRow('GET /api/reconsideration-statistics/export.xlsx', '/api/reconsideration-statistics/export.xlsx'),
  {
    route: 'GET /api/reconsideration-cases',
    request: async (w, p) => {
      await w.fixture('received case', p, () => caseIn(w, p, 'received'));
      return { url: '/api/reconsideration-cases?pageSize=200' };
    },
    lists: (body, p) => listItems(body).some((r) => String(r.trackingNumber).startsWith(`FY${p.regionCode}-`)),
    anonymous: 401,
    expect: readers('listed', 'unlisted'),
  },
  {
    route: 'GET /api/reconsideration-cases/:id',
    request: async (w, p) => ({
      url: `/api/reconsideration-cases/${await w.fixture('received case', p, () => caseIn(w, p, 'received'))}`,
    }),
    anonymous: 401,
    expect: readers(200, 404),
  },
  {
    route: 'GET /api/reconsideration-cases/:id/papers/:paper',
    request: async (w, p) => ({
      url: `/api/reconsideration-cases/${await w.fixture('correction case', p, () => caseIn(w, p, 'correction_requested'))}/papers/correction-notice`,
    }),
    anonymous: 401,
    expect: readers(200, 404),
  },
  {
    route: 'POST /api/reconsideration-cases',
    request: async (w, p) => {
      await prepare(w);
      return {
        method: 'POST',
        url: '/api/reconsideration-cases',
        payload: { ...applicationBody(p.regionCode, w.unique()), channel: 'in_person' },
      };
    },
    anonymous: 401,
    expect: {
      legal: 403,
      officer: 403,
      reviewer: [201, 201, 201, 403],
      leader: 403,
      supervisor: 403,
      sysadmin: 403,
      auditor: 403,
      otherAdmin: 403,
      platformAdmin: 403,
    },
  },
  actRow('correction-request', 'received', () => ({ correctionItems: ['申请人身份证明'] })),
  actRow('withdrawal', 'correction_lapsed', () => ({})),
  actRow('acceptance', 'received', async (w) => ({
    conditionsMet: allConditions,
    procedure: 'ordinary',
    handlerIds: await demoHandlers(w),
  })),
  actRow('handlers', 'accepted', async (w) => ({ handlerIds: await demoHandlers(w) })),
  actRow('refusal', 'received', () => ({ refusalReason: '不属于行政复议范围' })),
  actRow('copy', 'accepted', () => ({})),
  actRow('answer', 'copied', () => ({})),
  actRow('suspension', 'accepted', () => ({ ground: 'mediation', reason: '双方同意调解' })),
  actRow('resumption', 'suspended', () => ({})),
  actRow('termination', 'accepted', () => ({ ground: 'withdrawn', reason: '申请人撤回申请' })),
  actRow('extension', 'accepted', () => ({ approver: '司法局负责人', reason: '案情复杂' })),
  actRow('decision', 'accepted', () => ({
    decisionType: 'uphold',
    decisionText: '维持原行政处罚决定。',
    writtenReviewReason: '申请人经通知拒绝陈述意见',
  })),
  actRow('conversion', 'simplified', () => ({ approver: '司法局负责人', reason: '案情复杂' })),
  actRow('views', 'accepted', () => ({ party: '申请人', way: 'in_person', summary: '申请人陈述了意见' })),
  actRow('publication', 'decided', () => ({})),
  actRow('mediation', 'suspended', () => ({
    mediationOutcome: 'agreed',
    mediationAgreement: '被申请人将罚款数额变更为一千元，申请人撤回其余请求。',
    allPartiesSigned: true,
  })),
  actRow('settlement', 'accepted', () => ({ settlementText: '被申请人自行撤销原处罚决定，申请人撤回申请。' })),
  actRow('normative-reviews', 'accepted', () => reviewBody),
  reviewRow('normative-review-steps', (reviewId) => ({ reviewId, reviewStep: 'issuer-notified' })),
  reviewRow('normative-review-outcome', (reviewId) => ({
    reviewId,
    reviewOutcome: 'lawful',
    conclusionText: '相关条款合法，在决定书中一并告知。',
  })),
  // three weeks ahead: more than five working days whatever holiday falls between
  actRow('hearings', 'accepted', async (w) => ({
    hearingGround: 'office-necessary',
    hearingOn: daysFromToday(w, 21),
    hearingPlace: '示范区司法局听证室',
    hearingIssues: '处罚认定的事实是否清楚',
    ...(await panel(w)),
  })),
  {
    route: 'POST /api/reconsideration-cases/:id/hearing-record',
    request: async (w, p) => {
      const id = await caseIn(w, p, 'accepted');
      // accepted twenty days ago (test/factory.ts): notified nineteen days ago for a hearing two days ago
      const hearingId = await scheduledHearingRow(w.env.services, id, {
        hearingOn: daysFromToday(w, -2),
        noticeOn: daysFromToday(w, -19),
      });
      return {
        method: 'POST',
        url: `/api/reconsideration-cases/${id}/hearing-record`,
        payload: { hearingId, applicantAttended: false },
      };
    },
    anonymous: 401,
    expect: handlers(200),
  },
  actRow('opinions', 'decided', () => ({ addresseeName: '示范区市场监督管理局', opinionText: '应予纠正' })),
  {
    route: 'POST /api/reconsideration-cases/:id/opinion-report',
    request: async (w, p) => {
      const id = await caseIn(w, p, 'accepted');
      const { opinionId } = await issueOpinion(w.env.services, sys, id, {
        addresseeName: '示范区市场监督管理局',
        opinionText: '应予纠正',
      });
      return {
        method: 'POST',
        url: `/api/reconsideration-cases/${id}/opinion-report`,
        payload: { opinionId, reportText: '已纠正' },
      };
    },
    anonymous: 401,
    expect: handlers(200),
  },
  actRow('service', 'correction_requested', () => ({
    paper: 'correction-notice',
    recipient: '测试申请人',
    serviceMethod: 'post',
  })),
  // ── the portal (no account) ──
  {
    route: 'POST /api/public/reconsideration-applications',
    request: async (w, p) => {
      await prepare(w);
      return {
        method: 'POST',
        url: '/api/public/reconsideration-applications',
        payload: applicationBody(p.regionCode, w.unique()),
      };
    },
    anonymous: 201,
    expect: { legal: 201 },
  },
  {
    route: 'GET /api/public/reconsideration-applications/:trackingNumber',
    request: async (w, p) => ({
      url: `/api/public/reconsideration-applications/${await trackingOf(w, await w.fixture('received case', p, () => caseIn(w, p, 'received')))}`,
    }),
    anonymous: 200,
    expect: { legal: 200, reviewer: 200 },
  },
  {
    route: 'POST /api/public/reconsideration-applications/:trackingNumber/correction',
    request: async (w, p) => ({
      method: 'POST',
      url: `/api/public/reconsideration-applications/${await trackingOf(w, await caseIn(w, p, 'correction_requested'))}/correction`,
      payload: { correctionText: '已补充身份证明' },
    }),
    anonymous: 200,
    expect: { legal: 200 },
  },
  {
    route: 'GET /api/public/reconsideration-decisions',
    request: async (w, p) => {
      await w.fixture('published decision', p, () => caseIn(w, p, 'published'));
      return { url: `/api/public/reconsideration-decisions?regionCode=${p.regionCode}` };
    },
    lists: (body) => listItems(body).length > 0,
    anonymous: 'listed',
    expect: { legal: 'listed', platformAdmin: 'listed' },
  },
  {
    route: 'GET /api/public/reconsideration-decisions/:id',
    request: async (w, p) => ({
      url: `/api/public/reconsideration-decisions/${await w.fixture('published decision', p, () => caseIn(w, p, 'published'))}`,
    }),
    anonymous: 200,
    expect: { legal: 200, reviewer: 200 },
  },
];
