// The shared public consultation and legality-review desk proven with a second kind of draft: a test-only module
// lends its own subject (like the tests that declare made-up catalogues), which is put out for comment under the
// major-decision rule (条例 第十五条), receives a portal comment, is moderated and answered, yields its adoption
// report and goes through the review desk — and a reviewer of one region never sees another region's pending reviews.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { createTestEnv, userId, type TestEnv } from '../../../test/helpers';
import { addOtherRegion } from '../../modules/normative-documents/test/factory';
import { modules } from '../../modules';
import { loadActor, type Actor } from '../access/actor';
import { pinnedClock } from '../clock';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { ModuleManifest } from '../modules/manifest';
import { createRegistry } from '../modules/registry';
import type { Services } from '../services';
import { inWriteTransaction, type Tx, type Writer } from '../write';
import {
  answerSubjectCommentOn,
  closeSubjectConsultationOn,
  moderateSubjectCommentOn,
  openSubjectConsultationOn,
  submitSubjectCommentOn,
} from './consultation-commands';
import {
  getPublicSubjectConsultation,
  listOpenSubjectConsultations,
  pendingSubjectComments,
  subjectAdoptionReport,
} from './consultation-queries';
import { recordSubjectReviewOn, submitSubjectForReviewOn } from './review-commands';
import { pendingSubjectReviews as allPendingReviews, subjectReviewPackage } from './review-queries';
import { participationAuditEvents, type SubjectDraft } from './subjects';
import { justiceBureauFor } from './support';

const KIND = 'probe_decision';
/** a second lent kind with only a review, concluded by holders of another action */
const PLAN = 'probe_plan';
const checklist = { authority: '是否属于决策机关法定权限', procedure: '是否履行公众参与、专家论证等法定程序' };

const load = async (db: Db | Tx, id: string): Promise<SubjectDraft | null> => {
  const r = await sql<{ region_code: string; title: string; org_id: string; org_name: string; articles: unknown }>`
    SELECT p.region_code, p.title, p.org_id, o.name AS org_name, p.articles
    FROM probe_decisions p JOIN orgs o ON o.id = p.org_id WHERE p.id = ${id}::uuid`.execute(db);
  const row = r.rows[0];
  if (!row) return null;
  const articles = row.articles as SubjectDraft['articles'];
  return {
    ...row,
    regionCode: row.region_code,
    id,
    orgId: row.org_id,
    orgName: row.org_name,
    articles,
    explanation: '起草说明',
    isDemo: false,
  };
};

const probe: ModuleManifest = {
  id: 'participation_probe',
  name: '公众参与测试探针',
  actions: {
    'probe-decision.read': { label: '查看测试决策', roles: ['legal_officer', 'justice_reviewer', 'government_leader'] },
    'probe-decision.draft': { label: '起草测试决策', roles: ['legal_officer'] },
    'probe-decision.review': { label: '审查测试决策', roles: ['justice_reviewer'] },
    'probe-plan.review': { label: '审查测试规划', roles: ['government_leader'] },
  },
  auditEvents: { ...participationAuditEvents(KIND), ...participationAuditEvents(PLAN) },
  subjectTypes: {
    [KIND]: { label: '测试决策草案', readAction: 'probe-decision.read' },
    [PLAN]: { label: '测试规划草案', readAction: 'probe-decision.read' },
  },
  lends: {
    [KIND]: {
      load,
      consoleLink: (id) => `/console/probe-decisions/${id}`,
      consultation: {
        periodRule: 'decision.public-comment',
        conductAction: 'probe-decision.draft',
        commentLimits: async () => ({ maxLength: 50, perHour: 3 }),
      },
      legalityReview: {
        floorRule: 'decision.legality-review',
        checklist,
        counselRequired: true,
        submitAction: 'probe-decision.draft',
        reviewAction: 'probe-decision.review',
        reviewerOrg: justiceBureauFor,
      },
    },
    [PLAN]: {
      load,
      consoleLink: (id) => `/console/probe-plans/${id}`,
      legalityReview: {
        floorRule: 'decision.legality-review',
        checklist,
        counselRequired: false,
        submitAction: 'probe-decision.draft',
        reviewAction: 'probe-plan.review',
        reviewerOrg: justiceBureauFor,
      },
    },
  },
};

let env: TestEnv;
let services: Services;
let today: string;
const actors: Record<string, Actor> = {};
const drafts: Record<'a' | 'b', string> = { a: '', b: '' };
// The desk lists every module's pending reviews, the demo region's major decisions among them: these tests look at
// their own test-only kinds.
const pendingSubjectReviews = async (...args: Parameters<typeof allPendingReviews>) =>
  (await allPendingReviews(...args)).filter((r) => r.kind === KIND || r.kind === PLAN);
const plus = (d: string, n: number) => formatIsoDate(parseIsoDate(d) + n);
/** the services on a later day (the clock only moves forward, as the audit chain's time does) */
const on = (day: string): Services => ({ ...services, clock: pinnedClock(`${day}T10:00:00+08:00`) });
const as = (s: Services, who: string | null, fn: (w: Writer) => Promise<unknown>, ip: string | null = null) =>
  inWriteTransaction(s, { actor: who ? (actors[who] ?? null) : null, ip }, fn);
async function refused(p: Promise<unknown>, status: number, code: string) {
  await assert.rejects(p, (e: unknown) => e instanceof AppError && e.status === status && e.code === code);
}

async function draftIn(orgName: string): Promise<string> {
  const id = randomUUID();
  const org = await services.db
    .selectFrom('orgs')
    .select(['id', 'region_code'])
    .where('name', '=', orgName)
    .executeTakeFirstOrThrow();
  const articles = [{ id: randomUUID(), seq: 1, heading: '第一条', body: '为推进老旧小区改造，制定本方案。' }];
  await sql`INSERT INTO probe_decisions VALUES (${org.region_code}, ${id}::uuid, ${'示范区老旧小区改造实施方案'}, ${org.id}::uuid, ${JSON.stringify(articles)}::jsonb)`.execute(
    services.db,
  );
  return id;
}

before(async () => {
  env = await createTestEnv();
  services = { ...env.services, registry: createRegistry([...modules, probe]) };
  today = services.clock.today();
  await sql`CREATE TABLE probe_decisions (region_code varchar(12), id uuid PRIMARY KEY, title text, org_id uuid, articles jsonb)`.execute(
    services.db,
  );
  await addOtherRegion(env);
  for (const u of ['demo.legal', 'demo.reviewer', 'other.reviewer', 'demo.officer', 'demo.leader'])
    actors[u] = (await loadActor(services.db, await userId(env, u), null, null))!;
  drafts.a = await draftIn('示范区市场监督管理局');
  drafts.b = await draftIn('示范新区人民政府');
});
after(() => env.close());

describe('a second kind of draft on the shared consultation', () => {
  let closesOn = '';
  let commentId = '';

  test("the period follows the subject's rule: shorter than 条例 第十五条 only with a reason", async () => {
    const tooShort = await as(services, 'demo.legal', (w) =>
      openSubjectConsultationOn(services, w, KIND, drafts.a, { closesOn: plus(today, 20) }),
    ).catch((e: unknown) => e);
    assert.ok(tooShort instanceof AppError && tooShort.code === 'CONSULTATION_PERIOD_INVALID', String(tooShort));
    assert.match(tooShort.message, /重大行政决策程序暂行条例.*第十五条.*不少于30日/);
    assert.deepEqual(
      tooShort.fields?.map((f) => f.path),
      ['closesOn'],
    );
    // someone outside the drafting side may not open it (the reviewer reads it but does not conduct it)
    await refused(
      as(services, 'demo.reviewer', (w) =>
        openSubjectConsultationOn(services, w, KIND, drafts.a, { closesOn: plus(today, 40) }),
      ),
      403,
      'FORBIDDEN',
    );
    const opened = (await as(services, 'demo.legal', (w) =>
      openSubjectConsultationOn(services, w, KIND, drafts.a, { closesOn: plus(today, 40) }),
    )) as { earliestClose: string; basis: string };
    assert.match(opened.basis, /第十五条/);
    closesOn = plus(today, 40);
    // region B's draft opens with a shorter period and its stated reason
    await as(services, null, (w) =>
      openSubjectConsultationOn(services, w, KIND, drafts.b, {
        closesOn: plus(today, 10),
        shortenedReason: '汛期前须完成',
      }),
    );
  });

  test('the portal lists it with its kind, and a citizen comments on an article', async () => {
    const { items: list } = await listOpenSubjectConsultations(services, '159901', { page: 1, pageSize: 200 });
    const row = list.find((r) => r.id === drafts.a);
    assert.equal(row?.subjectLabel, '测试决策草案');
    assert.equal(row?.daysRemaining, 40);
    assert.ok(!list.some((r) => r.id === drafts.a && r.subjectType !== KIND));
    assert.ok(!list.some((r) => r.id === drafts.b), "another region's draft is not on this portal");
    // the kinds asked for, a page at a time (a module's own list of its drafts); no portal region lists nothing
    const onlyKind = await listOpenSubjectConsultations(services, '159901', { page: 1, pageSize: 1 }, [KIND]);
    assert.deepEqual([onlyKind.total, onlyKind.items.map((r) => r.id)], [1, [drafts.a]]);
    const none = await listOpenSubjectConsultations(services, '159901', { page: 1, pageSize: 200 }, ['no_such_kind']);
    assert.equal(none.total, 0);
    assert.equal((await listOpenSubjectConsultations(services, null, { page: 1, pageSize: 200 })).total, 0);
    const page = await getPublicSubjectConsultation(services, KIND, drafts.a);
    const articleId = page!.articles[0]!.id;
    await refused(
      as(
        services,
        null,
        (w) => submitSubjectCommentOn(services, w, KIND, drafts.a, { body: '长'.repeat(51) }),
        '203.0.113.9',
      ),
      422,
      'COMMENT_TOO_LONG',
    );
    const c = (await as(
      services,
      null,
      (w) =>
        submitSubjectCommentOn(services, w, KIND, drafts.a, {
          body: '建议明确加装电梯的资金分担',
          articleId,
          name: '张三',
        }),
      '203.0.113.9',
    )) as { id: string };
    commentId = c.id;
    await as(
      services,
      null,
      (w) => submitSubjectCommentOn(services, w, KIND, drafts.a, { body: '广告：装修找我' }),
      '203.0.113.9',
    );
    await refused(
      as(
        services,
        null,
        (w) => submitSubjectCommentOn(services, w, KIND, randomUUID(), { body: '意见' }),
        '203.0.113.9',
      ),
      404,
      'NOT_FOUND',
    );
  });

  test('the drafting side moderates and answers; the queue is scoped per kind', async () => {
    const all = { page: 1, pageSize: 200 };
    const { items: queue } = await pendingSubjectComments(services, actors['demo.legal']!, all);
    assert.deepEqual(queue.filter((q) => q.subjectId === drafts.a).length, 2);
    assert.equal(queue.find((q) => q.id === commentId)?.articleHeading, '第一条');
    assert.equal(queue.find((q) => q.id === commentId)?.commenterName, '张三');
    // a module's own queue lists only its kind
    const anotherKind = await pendingSubjectComments(services, actors['demo.legal']!, all, ['normative_document']);
    assert.ok(anotherKind.items.every((q) => q.subjectType === 'normative_document'));
    assert.equal((await pendingSubjectComments(services, actors['other.reviewer']!, all)).total, 0);
    const other = queue.find((q) => q.subjectId === drafts.a && q.id !== commentId)!;
    await as(services, 'demo.legal', (w) =>
      moderateSubjectCommentOn(services, w, KIND, drafts.a, other.id, { decision: 'rejected', note: '广告' }),
    );
    await as(services, 'demo.legal', (w) =>
      moderateSubjectCommentOn(services, w, KIND, drafts.a, commentId, { decision: 'approved' }),
    );
    await refused(
      as(services, 'demo.legal', (w) =>
        answerSubjectCommentOn(services, w, KIND, drafts.a, commentId, { answer: 'not_adopted' }),
      ),
      422,
      'ANSWER_REASON_REQUIRED',
    );
    await as(services, 'demo.legal', (w) =>
      answerSubjectCommentOn(services, w, KIND, drafts.a, commentId, {
        answer: 'partly_adopted',
        reason: '资金分担另行规定',
      }),
    );
    const report = await subjectAdoptionReport(services, actors['demo.legal']!, KIND, drafts.a);
    const text = JSON.stringify(report.blocks);
    assert.match(report.title, /《示范区老旧小区改造实施方案》公开征求意见采纳情况的说明/);
    assert.match(text, /共收到意见2条；其中经审核与征求意见内容无关等属于无效意见的1条，有效意见1条/);
    assert.match(text, /部分采纳1条/);
    assert.doesNotMatch(text, /张三|广告/);
    const publicPage = await getPublicSubjectConsultation(services, KIND, drafts.a);
    assert.deepEqual(
      publicPage?.approvedComments.map((c) => [c.body, c.answerLabel]),
      [['建议明确加装电梯的资金分担', '部分采纳']],
    );
  });

  test('it closes only after its period, then goes to the review desk of its own region', async () => {
    await refused(
      as(services, 'demo.legal', (w) => closeSubjectConsultationOn(services, w, KIND, drafts.a)),
      422,
      'CONSULTATION_NOT_ENDED',
    );
    const later = on(plus(closesOn, 1));
    await as(later, 'demo.legal', (w) => closeSubjectConsultationOn(later, w, KIND, drafts.a));
    await as(later, null, (w) => closeSubjectConsultationOn(later, w, KIND, drafts.b));
    await refused(
      as(later, 'demo.reviewer', (w) => submitSubjectForReviewOn(later, w, KIND, drafts.a, { package: {} })),
      403,
      'FORBIDDEN',
    );
    await as(later, 'demo.legal', (w) =>
      submitSubjectForReviewOn(later, w, KIND, drafts.a, { package: { draftingExplanation: '起草说明', options: 2 } }),
    );
    await as(later, null, (w) => submitSubjectForReviewOn(later, w, KIND, drafts.b, { package: {} }));
    const mine = await pendingSubjectReviews(later, actors['demo.reviewer']!);
    assert.deepEqual(
      mine.map((r) => r.subjectId),
      [drafts.a],
    );
    assert.equal(mine[0]?.subjectLink, `/console/probe-decisions/${drafts.a}`);
    const theirs = await pendingSubjectReviews(later, actors['other.reviewer']!);
    assert.deepEqual(
      theirs.map((r) => r.subjectId),
      [drafts.b],
    );
    assert.deepEqual(await pendingSubjectReviews(later, actors['demo.legal']!), []);
    // out of scope is 404, in scope without the action 403
    await refused(subjectReviewPackage(later, actors['other.reviewer']!, KIND, drafts.a), 404, 'NOT_FOUND');
    await refused(subjectReviewPackage(later, actors['demo.officer']!, KIND, drafts.a), 404, 'NOT_FOUND');
  });

  test('the review takes the subject checklist, its counsel and its floor of 7 working days (条例 第二十六条)', async () => {
    const submittedOn = plus(closesOn, 1);
    const late = on(plus(submittedOn, 20));
    const pack = await subjectReviewPackage(late, actors['demo.reviewer']!, KIND, drafts.a);
    assert.deepEqual(
      pack.checklist.map((c) => c.item),
      ['authority', 'procedure'],
    );
    assert.match(pack.earliestConclusion?.basis ?? '', /第二十六条/);
    assert.equal(pack.latestConclusion, null);
    assert.deepEqual(pack.package, { draftingExplanation: '起草说明', options: 2 });
    const full = {
      checklist: [
        { item: 'authority', finding: 'ok' as const },
        { item: 'procedure', finding: 'ok' as const },
      ],
      opinion: '经审查，该决策草案未发现违法情形。',
      result: 'passed' as const,
      counsel: [{ name: '李律师', role: 'legal_adviser' as const }],
    };
    await assert.rejects(
      as(late, 'demo.reviewer', (w) =>
        recordSubjectReviewOn(late, w, KIND, drafts.a, { ...full, checklist: full.checklist.slice(0, 1), counsel: [] }),
      ),
      (e: AppError) =>
        e.code === 'REVIEW_FORM_INCOMPLETE' &&
        JSON.stringify(e.fields?.map((f) => f.path)) === JSON.stringify(['checklist', 'counsel']),
    );
    await refused(
      as(late, 'demo.reviewer', (w) =>
        recordSubjectReviewOn(late, w, KIND, drafts.a, { ...full, concludedOn: submittedOn }),
      ),
      422,
      'REVIEW_TOO_EARLY',
    );
    await refused(
      as(late, 'other.reviewer', (w) => recordSubjectReviewOn(late, w, KIND, drafts.a, full)),
      404,
      'NOT_FOUND',
    );
    await refused(
      as(late, 'demo.legal', (w) => recordSubjectReviewOn(late, w, KIND, drafts.a, full)),
      403,
      'FORBIDDEN',
    );
    const done = (await as(late, 'demo.reviewer', (w) => recordSubjectReviewOn(late, w, KIND, drafts.a, full))) as {
      late: boolean;
    };
    assert.equal(done.late, false);
    assert.deepEqual(await pendingSubjectReviews(late, actors['demo.reviewer']!), []);
    const after = await subjectReviewPackage(late, actors['demo.legal']!, KIND, drafts.a);
    assert.deepEqual(
      after.rounds.map((r) => [r.round, r.resultLabel, r.counsel]),
      [[1, '审核通过', [{ name: '李律师', role: 'legal_adviser' }]]],
    );
  });

  test('the desk lists each kind to holders of its own review action, region by region', async () => {
    const plan = await draftIn('示范区市场监督管理局');
    const later = on(plus(closesOn, 21));
    await as(later, 'demo.legal', (w) => submitSubjectForReviewOn(later, w, PLAN, plan, { package: {} }));
    // no consultation was lent for this kind
    await refused(
      as(later, 'demo.legal', (w) => openSubjectConsultationOn(later, w, PLAN, plan, { closesOn: plus(closesOn, 80) })),
      403,
      'FORBIDDEN',
    );
    assert.deepEqual(await pendingSubjectReviews(later, actors['demo.reviewer']!), []);
    const leader = await pendingSubjectReviews(later, actors['demo.leader']!);
    assert.deepEqual(
      leader.map((r) => [r.kind, r.subjectId, r.kindLabel]),
      [[PLAN, plan, '测试规划草案']],
    );
    assert.deepEqual(
      (await pendingSubjectReviews(later, actors['other.reviewer']!)).map((r) => r.subjectId),
      [drafts.b],
    );
  });

  test("every act is audited on the subject under the lending module's declared actions", async () => {
    const rows = await services.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', KIND)
      .where('subject_id', '=', drafts.a)
      .execute();
    const acts = new Set(rows.map((r) => r.action));
    for (const action of Object.keys(participationAuditEvents(KIND))) assert.ok(acts.has(action), action);
  });
});

test('the registry refuses a lent kind its module does not declare, or whose audit actions or acts are missing', () => {
  const lent = probe.lends![KIND]!;
  assert.throws(
    () => createRegistry([...modules, { ...probe, subjectTypes: {} }]),
    /出借的记录类型未在其 subjectTypes 中声明：probe_decision/,
  );
  assert.throws(
    () => createRegistry([...modules, { ...probe, auditEvents: {} }]),
    /缺少审计动作声明：probe_decision\.consultation_opened/,
  );
  const undeclared = { ...lent, legalityReview: { ...lent.legalityReview!, reviewAction: 'probe-decision.vanish' } };
  assert.throws(
    () => createRegistry([...modules, { ...probe, lends: { [KIND]: undeclared } }]),
    /权限动作未声明：probe-decision\.vanish/,
  );
});
