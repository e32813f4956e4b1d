// The route-by-route scope matrix of the normative-documents module: every registered route has a row (the helper
// fails on a new route without one), and each row states what every kind of person gets for a record drafted in
// (or handled for) their own unit, a sibling unit, the parent unit and another region, and what the public gets.
// 401 = not signed in; 404 = out of scope (indistinguishable from absent); 403 = in scope without the action. Write
// routes get a fresh record in the state the act needs, so the answer is about permission, not about state.
// A unit named in the body (drafting unit, issuer) that the actor may not act for answers 403, not 422 as in the
// organisations module. The rows live here, in one list (the helper's route check wants every route of the module in
// one spec), and two test files run alternate rows in parallel: route-matrix.test.ts and route-matrix-2.test.ts.
import {
  type MatrixSpec,
  type Expected,
  type Place,
  type ScopeWorld,
  type Answers,
  listItems,
} from '../../../test/scope-matrix';
import { inWriteTransaction } from '../../platform/write';
import { createOrg } from '../organisations/commands/create-org';
import { buildDocument, type BuildState } from './test/factory';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { openConsultation } from './drafting/commands/open-consultation';
import { submitComment } from './drafting/commands/submit-comment';
import { moderateComment } from './drafting/commands/moderate-comment';
import { submitFiling } from './filing/commands/submit-filing';
import { orderCorrection } from './filing/commands/order-correction';
import { reportCorrection } from './filing/commands/report-correction';
import { startPostEvaluation } from './post-evaluation/commands/start-post-evaluation';
import { createPostEvaluationTasks } from './post-evaluation/jobs/create-post-evaluation-tasks';
import { openCleanupCampaignOn } from './cleanup/commands/open-cleanup-campaign';
import { submitReviewRequest } from './filing/commands/submit-review-request';
import { acceptReviewRequest } from './filing/commands/accept-review-request';
import { setIssuerPrefix } from './registration/commands/set-issuer-prefix';
import { recordLegalityReview } from './drafting/commands/record-legality-review';
import { statisticsMatrixRows } from './route-matrix-statistics';
import { documentFileRows } from './route-matrix-documents';
import { catalogueRows } from './route-matrix-catalogue';
import { clockFromEnv } from '../../platform/clock';
import { portalSettingsRows } from './route-matrix-portal';

/** normative.read: the drafting unit (legal officer, head), the region-wide readers, the system administrators. */
const readers = (ok: Expected = 200, no: Expected = 404): Answers => ({
  legal: [ok, no, no, no],
  head: [ok, no, no, no],
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

/** An act of the drafting unit (normative.draft / publish / file / evaluate): readers without it get 403. */
const byDraftingUnit = (ok: number): Answers => ({
  legal: [ok, 404, 404, 404],
  head: [ok, 404, 404, 404],
  officer: 404,
  reviewer: [403, 403, 403, 404],
  leader: [403, 403, 403, 404],
  supervisor: [403, 403, 403, 404],
  sysadmin: [403, 403, 403, 404],
  auditor: 404,
  otherAdmin: [404, 404, 404, 403],
  platformAdmin: 403,
});

/** An act of the region's justice bureau (legality review, filing review): only demo.reviewer, in his region. */
const byJusticeBureau = (ok: number, unit: number = 403): Answers => ({
  legal: [unit, 404, 404, 404],
  head: [unit, 404, 404, 404],
  officer: 404,
  reviewer: [ok, ok, ok, 404],
  leader: [403, 403, 403, 404],
  supervisor: [403, 403, 403, 404],
  sysadmin: [403, 403, 403, 404],
  auditor: 404,
  otherAdmin: [404, 404, 404, 403],
  platformAdmin: 403,
});

/** Region-keyed records (cleanup campaigns): whoever reads normative documents in the region. */
const regionReaders = (ok: Expected, no: Expected): Answers => ({
  ...readers(ok, no),
  legal: [ok, ok, ok, no],
  head: [ok, ok, ok, no],
});

/** Review requests, located by the handling justice bureau: normative.review-request.read, region-wide. */
const requestReaders = (ok: Expected, no: Expected): Answers => ({
  legal: no,
  head: no,
  officer: no,
  reviewer: [ok, ok, ok, no],
  leader: [ok, ok, ok, no],
  supervisor: [ok, ok, ok, no],
  sysadmin: [ok, ok, ok, no],
  auditor: no,
  otherAdmin: [no, no, no, ok],
  platformAdmin: ok,
});

const sys = { actor: null, ip: null };
const prefixes = { same: '矩同规', sibling: '矩兄规', parent: '矩父规', otherRegion: '矩他规' } as const;

/** The other county has no justice bureau in the matrix world: give it one, and every place an issuer prefix. */
const prepared = new WeakSet<ScopeWorld>();
async function prepare(w: ScopeWorld) {
  if (prepared.has(w)) return;
  prepared.add(w);
  const db = w.env.services.db;
  const gov2 = await db.selectFrom('orgs').select('id').where('name', '=', '对照区人民政府').executeTakeFirstOrThrow();
  await createOrg(w.env.services, sys, {
    regionCode: '159902',
    parentId: gov2.id,
    name: '对照区司法局',
    kind: 'justice_bureau',
  });
  for (const p of Object.values(w.places))
    await setIssuerPrefix(w.env.services, sys, { orgId: p.orgId, numberPrefix: prefixes[p.target] });
}

/** A fresh document drafted by the place's unit, brought to `state` through the real commands. */
async function doc(w: ScopeWorld, p: Place, state: BuildState): Promise<string> {
  await prepare(w);
  return buildDocument(w.env, {
    state,
    draftingOrg: p.orgName,
    issuerOrg: p.orgName,
    title: `矩阵测试办法-${p.target}-${w.unique()}`,
  });
}

// The matrix's fixtures (`world.fixture`): one record of a kind per place, shared by every row that only reads it or
// whose act leaves it as it was (a cleanup decision, a public comment)
const published = (w: ScopeWorld, p: Place) => w.fixture('published document', p, () => doc(w, p, 'published'));
const draft = (w: ScopeWorld, p: Place) => w.fixture('draft', p, () => doc(w, p, 'drafting'));
const underReview = (w: ScopeWorld, p: Place) =>
  w.fixture('draft under legality review', p, () => doc(w, p, 'legality_review'));
const pendingComment = (w: ScopeWorld, p: Place) => w.fixture('pending public comment', p, () => comment(w, p));
const openRequest = (w: ScopeWorld, p: Place) => w.fixture('review request', p, () => reviewRequest(w, p));
/** restore: the act leaves the record fit for the same act again (a revision, a re-answer, one more comment) */
const takesItAgain = async () => undefined;

/** A document whose legality review passed on condition of changes (修改后通过), awaiting the unit's revision. */
async function changesRequested(w: ScopeWorld, p: Place) {
  const id = await doc(w, p, 'legality_review');
  await recordLegalityReview(w.env.services, sys, id, {
    checklist: [],
    opinion: '第二条应增加除外规定。',
    result: 'passed_with_changes',
    earlyReason: '矩阵测试提前办结',
  });
  return id;
}

/** A published document whose filing is submitted to the justice bureau. */
async function filed(w: ScopeWorld, p: Place) {
  const id = await doc(w, p, 'published');
  await submitFiling(w.env.services, sys, id);
  return id;
}

/** A published document with an order to correct it (and the unit's report, when `reported`). */
async function correction(w: ScopeWorld, p: Place, reported: boolean) {
  const id = await filed(w, p);
  await orderCorrection(w.env.services, sys, id, { opinion: '依据缺失，责令纠正' });
  if (reported) await reportCorrection(w.env.services, sys, id, { report: '已修改相关条款' });
  return id;
}

/** A published document within the post-evaluation lead period, with its task (started, when `started`). */
async function evaluation(w: ScopeWorld, p: Place, started: boolean) {
  const id = await doc(w, p, 'published');
  const db = w.env.services.db;
  const expiresOn = daysFrom(clockFromEnv().today(), 100);
  await db.updateTable('normative_documents').set({ expires_on: expiresOn }).where('id', '=', id).execute();
  await db
    .updateTable('normative_registrations')
    .set({ expires_on: expiresOn })
    .where('document_id', '=', id)
    .execute();
  await createPostEvaluationTasks(w.env.services, clockFromEnv().today());
  if (started) await startPostEvaluation(w.env.services, sys, id);
  return id;
}

/** A document in a consultation open today, with one pending public comment (approved, when `approved`). */
async function comment(w: ScopeWorld, p: Place, approved = false) {
  const id = await doc(w, p, 'drafting');
  const sv = w.env.services;
  await openConsultation(sv, sys, id, {
    opensOn: daysFrom(clockFromEnv().today(), -5),
    closesOn: daysFrom(clockFromEnv().today(), 40),
  });
  const c = await submitComment(sv, sys, id, { body: '建议明确适用范围。' });
  if (approved) await moderateComment(sv, sys, id, c.id, { decision: 'approved' });
  return { id, commentId: c.id };
}

/** An open cleanup campaign of the place's region (any open one is closed first: one at a time per region). */
async function campaign(w: ScopeWorld, p: Place) {
  await prepare(w);
  const sv = w.env.services;
  await sv.db
    .updateTable('normative_cleanup_campaigns')
    .set({ status: 'published', published_on: clockFromEnv().today() })
    .where('region_code', '=', p.regionCode)
    .where('status', '=', 'open')
    .execute();
  const { id } = await inWriteTransaction(sv, sys, (wr) =>
    openCleanupCampaignOn(
      sv,
      wr,
      { title: `矩阵测试清理${w.unique()}`, kind: 'periodic' },
      { regionCode: p.regionCode },
    ),
  );
  return id;
}

/** A review request from the public about the place's region (accepted, when `accepted`). */
async function reviewRequest(w: ScopeWorld, p: Place, accepted = false) {
  await prepare(w);
  const sv = w.env.services;
  const { trackingNumber } = await submitReviewRequest(sv, sys, {
    regionCode: p.regionCode,
    documentTitle: `矩阵测试文件${w.unique()}`,
    requesterKind: 'citizen',
    requesterName: '张三',
    reasons: '该文件增设了行政许可条件。',
  });
  const { id } = await sv.db
    .selectFrom('normative_review_requests')
    .select('id')
    .where('tracking_number', '=', trackingNumber)
    .executeTakeFirstOrThrow();
  if (accepted) await acceptReviewRequest(sv, sys, id, { decision: 'accept', reason: '符合受理条件' });
  return { id, trackingNumber };
}

/** The consultation the public list row created last for each place. */
const listedConsultation = new Map<string, string>();

const docs = '/api/normative-documents';
const act = (route: string, state: BuildState, payload: (p: Place) => unknown, expect: Answers) => ({
  route: `POST /api/normative-documents/:id/${route}`,
  request: async (w: ScopeWorld, p: Place) => ({
    url: `${docs}/${await doc(w, p, state)}/${route}`,
    payload: payload(p),
  }),
  anonymous: 401,
  expect,
});

/** The rows of every route of the module (the test files add the title, the module list and their part). */
export const normativeMatrix: Pick<MatrixSpec, 'rows'> = {
  rows: [
    ...statisticsMatrixRows(doc),
    // ── documents: reading ──
    {
      route: 'GET /api/normative-documents',
      request: async (w, p) => {
        await draft(w, p);
        return { url: `${docs}?draftingOrgId=${p.orgId}` };
      },
      lists: (body) => listItems(body).length > 0,
      anonymous: 401,
      expect: {
        legal: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        head: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        officer: 'unlisted',
        reviewer: ['listed', 'listed', 'listed', 'unlisted'],
        leader: ['listed', 'listed', 'listed', 'unlisted'],
        supervisor: ['listed', 'listed', 'listed', 'unlisted'],
        sysadmin: ['listed', 'listed', 'listed', 'unlisted'],
        secadmin: 'unlisted',
        auditor: 'unlisted',
        otherAdmin: ['unlisted', 'unlisted', 'unlisted', 'listed'],
        platformAdmin: 'listed',
      },
    },
    {
      route: 'GET /api/normative-documents/:id',
      request: async (w, p) => ({ url: `${docs}/${await draft(w, p)}` }),
      anonymous: 401,
      expect: readers(),
    },
    {
      route: 'GET /api/normative-documents/:id/precheck',
      request: async (w, p) => ({ url: `${docs}/${await underReview(w, p)}/precheck` }),
      anonymous: 401,
      expect: readers(),
    },
    {
      route: 'GET /api/normative-documents/:id/review-package',
      request: async (w, p) => ({ url: `${docs}/${await underReview(w, p)}/review-package` }),
      anonymous: 401,
      expect: readers(),
    },

    // ── documents: drafting and consultation ──
    {
      route: 'POST /api/normative-documents',
      // The drafting unit is named in the body: only its own legal officer and head may draft in its name.
      request: (w, p) => ({
        url: docs,
        payload: {
          draftingOrgId: p.orgId,
          title: `矩阵起草办法${w.unique()}`,
          kind: 'ordinary',
          legalBases: [{ title: '《中华人民共和国行政许可法》' }],
          affectsRights: true,
          affectsMarket: false,
          draftingExplanation: '起草说明',
          articles: [{ body: '为了规范管理，制定本办法。' }],
        },
      }),
      anonymous: 401,
      expect: {
        legal: [201, 403, 403, 403],
        head: [201, 403, 403, 403],
        officer: 403,
        reviewer: 403,
        leader: 403,
        sysadmin: 403,
        auditor: 403,
        otherAdmin: 403,
        platformAdmin: 403,
      },
    },
    {
      ...act('revise', 'drafting', () => ({ title: '修改后的矩阵测试办法' }), byDraftingUnit(200)),
      restore: takesItAgain,
    },
    act('consultation', 'drafting', () => ({ closesOn: daysFrom(clockFromEnv().today(), 40) }), byDraftingUnit(200)),
    act('consultation/close', 'consultation', () => ({}), byDraftingUnit(200)),
    act(
      'consultation/exemption',
      'drafting',
      () => ({ reason: '涉及国家秘密，不宜公开征求意见' }),
      byDraftingUnit(200),
    ),
    {
      route: 'GET /api/normative-comments/pending',
      request: async (w, p) => {
        await pendingComment(w, p);
        return { url: '/api/normative-comments/pending?pageSize=200' };
      },
      lists: (body, p) => listItems(body).some((c) => String(c.documentTitle).includes(`-${p.target}-`)),
      anonymous: 401,
      expect: {
        legal: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        head: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        officer: 'unlisted',
        reviewer: 'unlisted',
        leader: 'unlisted',
        sysadmin: 'unlisted',
        otherAdmin: 'unlisted',
        platformAdmin: 'unlisted',
      },
    },
    {
      route: 'POST /api/normative-documents/:id/comments/:commentId/moderation',
      request: async (w, p) => {
        const c = await comment(w, p);
        return { url: `${docs}/${c.id}/comments/${c.commentId}/moderation`, payload: { decision: 'approved' } };
      },
      // the comment back to pending (its audit event stays: the matrix reads no history)
      restore: async (w, _p, spec) => {
        await w.env.services.db
          .updateTable('consultation_comments')
          .set({ moderation_status: 'pending', moderation_note: null, moderated_by: null, moderated_at: null })
          .where('id', '=', spec.url.split('/comments/')[1]!.split('/')[0]!)
          .execute();
      },
      anonymous: 401,
      expect: byDraftingUnit(200),
    },
    {
      route: 'POST /api/normative-documents/:id/comments/:commentId/answer',
      request: async (w, p) => {
        const c = await comment(w, p, true);
        return { url: `${docs}/${c.id}/comments/${c.commentId}/answer`, payload: { answer: 'adopted' } };
      },
      restore: takesItAgain,
      anonymous: 401,
      expect: byDraftingUnit(200),
    },

    // ── documents: reviews, deliberation, publication ──
    act(
      'fair-competition-review',
      'drafting',
      () => ({ result: 'passed', opinion: '未发现排除限制竞争内容' }),
      byDraftingUnit(200),
    ),
    act('legality-review/submission', 'consulted', () => ({}), byDraftingUnit(200)),
    act(
      'legality-review',
      'legality_review',
      () => ({ checklist: [], opinion: '同意', result: 'passed' }),
      byJusticeBureau(200),
    ),
    {
      route: 'POST /api/normative-documents/:id/legality-review/revision',
      request: async (w, p) => ({
        url: `${docs}/${await changesRequested(w, p)}/legality-review/revision`,
        payload: { articles: [{ body: '为了规范管理，制定本办法。' }], statement: '按审核意见修改第二条。' },
      }),
      anonymous: 401,
      expect: byDraftingUnit(200),
    },
    act(
      'deliberation',
      'deliberation',
      (p) => ({
        meetingKind: p.target === 'parent' ? 'executive_meeting' : 'leadership_meeting',
        meetingName: '矩阵测试会议',
        meetingOn: clockFromEnv().today(),
        decision: 'adopted',
      }),
      byDraftingUnit(200),
    ),
    act(
      'publication',
      'approved',
      () => ({ effectiveOn: clockFromEnv().today(), effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行' }),
      byDraftingUnit(200),
    ),

    {
      ...act(
        'interpretation',
        'published',
        () => ({ title: '政策解读', body: '一、制定背景。\n\n二、主要内容。' }),
        byDraftingUnit(200),
      ),
      restore: takesItAgain, // a later 解读 replaces the earlier
    },

    // ── documents: filing and correction ──
    act('filing', 'published', () => ({}), byDraftingUnit(200)),
    {
      route: 'POST /api/normative-documents/:id/filing/forwarding',
      request: async (w, p) => ({
        url: `${docs}/${await filed(w, p)}/filing/forwarding`,
        payload: { toGovernmentOn: clockFromEnv().today() },
      }),
      anonymous: 401,
      expect: byJusticeBureau(200),
    },
    {
      route: 'POST /api/normative-documents/:id/filing/review',
      request: async (w, p) => ({
        url: `${docs}/${await filed(w, p)}/filing/review`,
        payload: { outcome: 'accepted' },
      }),
      anonymous: 401,
      expect: byJusticeBureau(200),
    },
    {
      route: 'POST /api/normative-documents/:id/filing/correction-order',
      request: async (w, p) => ({
        url: `${docs}/${await filed(w, p)}/filing/correction-order`,
        payload: { opinion: '依据缺失，责令纠正' },
      }),
      anonymous: 401,
      expect: byJusticeBureau(200),
    },
    {
      route: 'POST /api/normative-documents/:id/filing/correction-report',
      request: async (w, p) => ({
        url: `${docs}/${await correction(w, p, false)}/filing/correction-report`,
        payload: { report: '已修改相关条款' },
      }),
      anonymous: 401,
      expect: byDraftingUnit(200),
    },
    {
      route: 'POST /api/normative-documents/:id/filing/correction-confirmation',
      request: async (w, p) => ({
        url: `${docs}/${await correction(w, p, true)}/filing/correction-confirmation`,
        payload: { confirmed: true },
      }),
      anonymous: 401,
      expect: byJusticeBureau(200),
    },

    // ── documents: post-evaluation ──
    {
      route: 'POST /api/normative-documents/:id/post-evaluation/start',
      request: async (w, p) => ({ url: `${docs}/${await evaluation(w, p, false)}/post-evaluation/start`, payload: {} }),
      anonymous: 401,
      expect: byDraftingUnit(200),
    },
    {
      route: 'POST /api/normative-documents/:id/post-evaluation/conclusion',
      request: async (w, p) => ({
        url: `${docs}/${await evaluation(w, p, true)}/post-evaluation/conclusion`,
        payload: { outcome: 'lapse', conclusion: '调整对象已消失，宣布失效' },
      }),
      anonymous: 401,
      expect: byDraftingUnit(200),
    },

    // ── cleanup campaigns (region-keyed, handled by the region's justice bureau) ──
    {
      route: 'GET /api/normative-cleanup-campaigns',
      // one open campaign per region: the next place's request closes this one, so each cell opens its own
      everyCell: true,
      request: async (w, p) => {
        await campaign(w, p);
        return { url: '/api/normative-cleanup-campaigns' };
      },
      lists: (body, p) => listItems(body).some((c) => c.regionCode === p.regionCode && c.status === 'open'),
      anonymous: 401,
      expect: regionReaders('listed', 'unlisted'),
    },
    {
      route: 'GET /api/normative-cleanup-campaigns/:id',
      everyCell: true, // one open campaign per region (see the list row)
      request: async (w, p) => ({ url: `/api/normative-cleanup-campaigns/${await campaign(w, p)}` }),
      anonymous: 401,
      expect: regionReaders(200, 404),
    },
    {
      route: 'POST /api/normative-cleanup-campaigns',
      // Opened for the actor's own region (the place plays no part); any open campaign is closed first, in every
      // cell: the campaign a cell opened is open in the region of the other places too
      everyCell: true,
      request: async (w) => {
        await w.env.services.db
          .updateTable('normative_cleanup_campaigns')
          .set({ status: 'published', published_on: clockFromEnv().today() })
          .where('status', '=', 'open')
          .execute();
        return {
          url: '/api/normative-cleanup-campaigns',
          payload: { title: `矩阵清理${w.unique()}`, kind: 'periodic' },
        };
      },
      anonymous: 401,
      expect: {
        legal: 403,
        head: 403,
        officer: 403,
        reviewer: 201,
        leader: 403,
        sysadmin: 403,
        auditor: 403,
        otherAdmin: 403,
        platformAdmin: 403,
      },
    },
    {
      route: 'POST /api/normative-cleanup-campaigns/:id/decisions',
      // one open campaign per region (see the list row), so a campaign per cell; the place's published document
      // serves every cell: each new campaign lists every document in force when it opens, undecided
      everyCell: true,
      request: async (w, p) => {
        const documentId = await published(w, p);
        const id = await campaign(w, p);
        return {
          url: `/api/normative-cleanup-campaigns/${id}/decisions`,
          payload: { documentId, outcome: 'remains_valid' },
        };
      },
      anonymous: 401,
      expect: { ...byDraftingUnit(200), reviewer: [200, 200, 200, 404] },
    },
    {
      route: 'POST /api/normative-cleanup-campaigns/:id/publication',
      everyCell: true, // one open campaign per region (see the list row)
      // Every item decided, so the campaign can be published.
      request: async (w, p) => {
        const id = await campaign(w, p);
        await w.env.services.db
          .updateTable('normative_cleanup_items')
          .set({ outcome: 'remains_valid', decided_on: clockFromEnv().today() })
          .where('campaign_id', '=', id)
          .execute();
        return { url: `/api/normative-cleanup-campaigns/${id}/publication`, payload: {} };
      },
      anonymous: 401,
      expect: {
        // Those who read the region's documents see the campaign (403: not theirs to publish); elsewhere it is 404.
        legal: [403, 403, 403, 404],
        head: [403, 403, 403, 404],
        officer: 404,
        reviewer: [200, 200, 200, 404],
        leader: [403, 403, 403, 404],
        sysadmin: [403, 403, 403, 404],
        auditor: 404,
        otherAdmin: [404, 404, 404, 403],
        platformAdmin: 403,
      },
    },

    // ── review requests (handled by the region's justice bureau) ──
    {
      route: 'GET /api/normative-review-requests',
      request: async (w, p) => {
        await openRequest(w, p);
        return { url: '/api/normative-review-requests?pageSize=200' };
      },
      lists: (body, p) => listItems(body).some((r) => r.regionCode === p.regionCode),
      anonymous: 401,
      expect: requestReaders('listed', 'unlisted'),
    },
    {
      route: 'GET /api/normative-review-requests/:id',
      request: async (w, p) => ({ url: `/api/normative-review-requests/${(await openRequest(w, p)).id}` }),
      anonymous: 401,
      expect: requestReaders(200, 404),
    },
    {
      route: 'POST /api/normative-review-requests/:id/decision',
      request: async (w, p) => ({
        url: `/api/normative-review-requests/${(await reviewRequest(w, p)).id}/decision`,
        payload: { decision: 'accept', reason: '符合受理条件' },
      }),
      anonymous: 401,
      expect: byJusticeBureau(200, 404),
    },
    {
      route: 'POST /api/normative-review-requests/:id/answer',
      request: async (w, p) => ({
        url: `/api/normative-review-requests/${(await reviewRequest(w, p, true)).id}/answer`,
        payload: { answer: '经审查，已责令制定机关修改。' },
      }),
      anonymous: 401,
      expect: byJusticeBureau(200, 404),
    },

    // ── issuer settings ──
    {
      route: 'PUT /api/normative-issuers',
      // The unit is named in the body: the system administrators of its region set its prefix, others get 403.
      request: (_w, p) => ({
        url: '/api/normative-issuers',
        payload: { orgId: p.orgId, numberPrefix: prefixes[p.target] },
      }),
      anonymous: 401,
      expect: {
        legal: 403,
        head: 403,
        reviewer: 403,
        auditor: 403,
        sysadmin: [200, 200, 200, 403],
        otherAdmin: [403, 403, 403, 200],
        platformAdmin: 200,
      },
    },

    {
      route: 'GET /api/normative-issuers',
      // the units whose prefix the actor may set: the system administrators of their region
      request: async (w) => {
        await prepare(w);
        return { url: '/api/normative-issuers' };
      },
      lists: (body, p) => listItems(body).some((i) => i.numberPrefix === prefixes[p.target]),
      anonymous: 401,
      expect: {
        legal: 'unlisted',
        head: 'unlisted',
        reviewer: 'unlisted',
        auditor: 'unlisted',
        sysadmin: ['listed', 'listed', 'listed', 'unlisted'],
        otherAdmin: ['unlisted', 'unlisted', 'unlisted', 'listed'],
        platformAdmin: 'listed',
      },
    },

    // ── the public portal: answers everyone alike, signed in or not ──
    {
      // the portal's region (示范区 159901) lists its open consultations to anyone; another county's are not listed
      route: 'GET /api/public/normative-consultations',
      request: async (w, p) => {
        const { id } = await comment(w, p);
        // closing today puts it first in the list (soonest closing first), whatever the other rows left open
        await w.env.services.db
          .updateTable('consultations')
          .set({ closes_on: clockFromEnv().today() })
          .where('subject_id', '=', id)
          .execute();
        listedConsultation.set(p.target, id);
        return { url: '/api/public/normative-consultations?pageSize=200' };
      },
      lists: (body, p) => listItems(body).some((i) => i.id === listedConsultation.get(p.target)),
      anonymous: 'listed',
      expect: {
        legal: ['listed', 'listed', 'listed', 'unlisted'],
        reviewer: ['listed', 'listed', 'listed', 'unlisted'],
        otherAdmin: ['listed', 'listed', 'listed', 'unlisted'],
        platformAdmin: ['listed', 'listed', 'listed', 'unlisted'],
      },
    },
    {
      route: 'GET /api/public/normative-consultations/:id',
      request: async (w, p) => ({ url: `/api/public/normative-consultations/${(await pendingComment(w, p)).id}` }),
      anonymous: 200,
      expect: { legal: 200, reviewer: 200, platformAdmin: 200 },
    },
    {
      route: 'POST /api/public/normative-consultations/:id/comments',
      request: async (w, p) => ({
        url: `/api/public/normative-consultations/${(await pendingComment(w, p)).id}/comments`,
        payload: { body: '建议增加过渡期规定。' },
      }),
      restore: takesItAgain,
      anonymous: 201,
      expect: { legal: 201, platformAdmin: 201 },
    },
    {
      route: 'POST /api/public/normative-review-requests',
      request: async (w, p) => {
        await prepare(w);
        return {
          url: '/api/public/normative-review-requests',
          payload: {
            regionCode: p.regionCode,
            documentTitle: '某规范性文件',
            requesterKind: 'citizen',
            requesterName: '李四',
            reasons: '该文件增设了行政许可条件。',
          },
        };
      },
      anonymous: 201,
      expect: { legal: 201 },
    },
    {
      route: 'GET /api/public/normative-review-requests/:trackingNumber',
      request: async (w, p) => ({
        url: `/api/public/normative-review-requests/${(await openRequest(w, p)).trackingNumber}`,
      }),
      anonymous: 200,
      expect: { legal: 200, reviewer: 200, platformAdmin: 200 },
    },
    ...documentFileRows({ published, comment, readers }),

    // ── the public catalogue (统一公开查询) ──
    ...catalogueRows(published),
    ...portalSettingsRows(),
  ],
};
