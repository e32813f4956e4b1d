// The shared consultation's routes on the demo region's two kinds of draft: the portal's 意见征集 lists both
// (normative documents' and major decisions' drafts) or the kind asked for, never a consultation whose period has
// ended; a comment after the period is refused naming it; the comment desk lists a unit's own drafts' comments,
// pending first, and its moderation and answer write their audit events on the subject; the legality-review desk
// lists the justice bureau's pending reviews of both kinds, oldest first, with the floor and ceiling of each review
// time, and opens one draft's package to the reviewer only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type {
  DeskCommentPage,
  LegalityReviewPackage,
  LegalityReviewQueue,
  OpenSubjectConsultationPage,
  PublicSubjectConsultation,
} from '@fazhi/core/contracts';
import { call, createTestEnv, sessionOf, type Session, type TestEnv } from '../../../test/helpers';
import { proposeDecision } from '../../modules/major-decisions/records/commands/propose-decision';
import { decideStart } from '../../modules/major-decisions/records/commands/decide-start';
import { recordDraft } from '../../modules/major-decisions/records/commands/record-draft';
import { openConsultation } from '../../modules/major-decisions/records/commands/open-consultation';
import { closeConsultation } from '../../modules/major-decisions/records/commands/close-consultation';
import { submitForLegalityReview } from '../../modules/major-decisions/records/commands/submit-for-legality-review';
import { DEMO_CONSULTATION_TITLE } from '../../modules/major-decisions/demo/seed-consultation';

let env: TestEnv;
let today = '';
let office: Session;
let legal: Session;
let decisionId = '';
const day = (n: number) => formatIsoDate(parseIsoDate(today) + n);
const system = { actor: null, ip: null };

/** A decision of the district government whose consultation ran from 75 to 35 days ago (its period has ended). */
async function endedConsultation() {
  const s = env.services;
  const gov = await s.db.selectFrom('orgs').select('id').where('name', '=', '示范区人民政府').executeTakeFirstOrThrow();
  const { id } = await proposeDecision(s, system, {
    bodyOrgId: gov.id,
    title: '示范区征求意见期已满的决策',
    sponsorOrgId: gov.id,
    applicableSteps: [],
    outsideCatalogueReason: '测试',
    proposal: '测试建议',
    proposer: '测试',
  });
  await decideStart(s, system, id, { start: true, startRecord: '测试' });
  await recordDraft(s, system, id, {
    draftText: '测试草案',
    explanation: '说明',
    options: [],
    viewsDifferWidely: false,
  });
  await openConsultation(s, system, id, { opensOn: day(-75), closesOn: day(-35) });
  return id;
}

/** A decision of the district government sent to the justice bureau for legality review 30 days ago. */
async function decisionInReview() {
  const id = await endedConsultation();
  await closeConsultation(env.services, system, id, day(-34));
  await submitForLegalityReview(env.services, system, id, {
    submittedOn: day(-30),
    basis: '测试审查依据',
    procedureStatement: '已公开征求意见',
  });
  return id;
}

before(async () => {
  env = await createTestEnv();
  today = env.services.clock.today();
  office = await sessionOf(env, 'demo.office');
  legal = await sessionOf(env, 'demo.legal');
});
after(() => env.close());

describe('意见征集 on the portal', () => {
  test('lists the drafts of both kinds open today, with the days left, or the kind asked for', async () => {
    const all = await call(env.app, null, 'GET', '/api/public/consultations?pageSize=200');
    assert.equal(all.statusCode, 200, all.body);
    const page = all.json() as OpenSubjectConsultationPage;
    assert.deepEqual(
      page.kinds.map((k) => k.label),
      ['行政规范性文件', '重大行政决策'],
    );
    const decision = page.items.find((i) => i.title === DEMO_CONSULTATION_TITLE);
    assert.ok(decision, 'the demo decision out for comment is listed');
    assert.equal(decision.kind, 'major_decision');
    assert.equal(decision.kindLabel, '重大行政决策');
    assert.equal(decision.orgName, '示范区人民政府');
    assert.equal(decision.daysRemaining, parseIsoDate(decision.closesOn) - parseIsoDate(today));
    assert.ok(decision.daysRemaining > 0 && decision.opensOn <= today);
    assert.ok(
      page.items.some((i) => i.kind === 'normative_document'),
      'a normative draft is listed beside it',
    );
    decisionId = decision.id;

    for (const kind of ['major_decision', 'normative_document']) {
      const only = (await call(env.app, null, 'GET', `/api/public/consultations?kind=${kind}&pageSize=200`)).json();
      const items = (only as OpenSubjectConsultationPage).items;
      assert.ok(items.length > 0 && items.every((i) => i.kind === kind), `only ${kind}`);
    }
    const bad = await call(env.app, null, 'GET', '/api/public/consultations?kind=Bad-Kind');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().message, /类型/);
  });

  test('a consultation whose period has ended is not listed, and a comment on it is refused naming the period', async () => {
    const ended = await endedConsultation();
    const list = (await call(env.app, null, 'GET', '/api/public/consultations?pageSize=200')).json();
    assert.ok(!(list as OpenSubjectConsultationPage).items.some((i) => i.id === ended));
    const refused = await call(env.app, null, 'POST', `/api/public/consultations/major_decision/${ended}/comments`, {
      body: '征求意见期满后提出的意见。',
    });
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(refused.json().code, 'CONSULTATION_NOT_OPEN');
    assert.match(refused.json().message, /征求意见期为.*已经结束，不再受理意见/);
    assert.deepEqual(
      refused.json().fields.map((f: { path: string }) => f.path),
      ['body'],
    );
  });

  test('a citizen reads the decision draft and comments on it; the comment waits for moderation', async () => {
    const page = await call(env.app, null, 'GET', `/api/public/consultations/major_decision/${decisionId}`);
    assert.equal(page.statusCode, 200, page.body);
    const draft = page.json() as PublicSubjectConsultation;
    assert.equal(draft.articles[0]?.heading, '决策草案');
    assert.ok(draft.approvedComments.length === 0, 'the demo comments are not public before moderation');
    const sent = await call(env.app, null, 'POST', `/api/public/consultations/major_decision/${decisionId}/comments`, {
      body: '建议收费标准分时段公示。',
      articleId: draft.articles[0]?.id,
    });
    assert.equal(sent.statusCode, 201, sent.body);
    assert.equal(sent.json().status, 'pending');
    const audit = await env.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', decisionId)
      .where('action', '=', 'major_decision.comment_submitted')
      .execute();
    assert.equal(audit.length, 3, 'the two demo comments and this one');
    const unknown = await call(env.app, null, 'GET', `/api/public/consultations/no_such_kind/${decisionId}`);
    assert.equal(unknown.statusCode, 404);
  });
});

describe('the comment desk across kinds', () => {
  test("lists the unit's own drafts' comments, pending first, filtered by kind; another unit's are not listed", async () => {
    const desk = (await call(env.app, office, 'GET', '/api/consultation-comments')).json() as DeskCommentPage;
    const mine = desk.items.filter((i) => i.subjectId === decisionId);
    assert.equal(mine.length, 3);
    assert.ok(mine.every((i) => i.moderationStatus === 'pending' && i.subjectLink.endsWith(decisionId)));
    const market = (await call(env.app, legal, 'GET', '/api/consultation-comments')).json() as DeskCommentPage;
    assert.ok(!market.items.some((i) => i.subjectId === decisionId), 'the market bureau does not conduct it');
    assert.ok(
      market.items.some((i) => i.kind === 'normative_document'),
      'its own normative drafts are',
    );
    const onlyDecisions = (
      await call(env.app, legal, 'GET', '/api/consultation-comments?kind=major_decision')
    ).json() as DeskCommentPage;
    assert.ok(onlyDecisions.items.every((i) => i.kind === 'major_decision'));
    const menu = (await call(env.app, office, 'GET', '/api/auth/session')).json() as { menu: { key: string }[] };
    assert.ok(menu.menu.some((m) => m.key === 'consultation-comments'));
    const reviewer = await sessionOf(env, 'demo.reviewer');
    const theirs = (await call(env.app, reviewer, 'GET', '/api/auth/session')).json() as { menu: { key: string }[] };
    assert.ok(!theirs.menu.some((m) => m.key === 'consultation-comments'), 'the reviewer conducts no consultation');
  });

  test('moderation and answer are the shared acts, each with its audit event; the answer goes public', async () => {
    const desk = (
      await call(env.app, office, 'GET', `/api/consultation-comments?subjectId=${decisionId}`)
    ).json() as DeskCommentPage;
    const comment = desk.items.find((i) => i.body === '建议收费标准分时段公示。');
    assert.ok(comment);
    const foreign = await call(env.app, legal, 'POST', `/api/consultation-comments/${comment.id}/moderation`, {
      decision: 'approved',
    });
    assert.equal(foreign.statusCode, 404, 'out of the market bureau reach');
    const ok = await call(env.app, office, 'POST', `/api/consultation-comments/${comment.id}/moderation`, {
      decision: 'approved',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const after = (
      await call(env.app, office, 'GET', `/api/consultation-comments?subjectId=${decisionId}`)
    ).json() as DeskCommentPage;
    assert.equal(after.items.at(-1)?.id, comment.id, 'pending ones first, the answer owed after them');
    assert.equal(after.items.at(-1)?.moderationStatusLabel, '待答复');
    const noReason = await call(env.app, office, 'POST', `/api/consultation-comments/${comment.id}/answer`, {
      answer: 'not_adopted',
    });
    assert.equal(noReason.statusCode, 422);
    assert.deepEqual(
      noReason.json().fields.map((f: { path: string }) => f.path),
      ['reason'],
    );
    const answered = await call(env.app, office, 'POST', `/api/consultation-comments/${comment.id}/answer`, {
      answer: 'partly_adopted',
      reason: '分时段收费标准将在实施细则中公示。',
    });
    assert.equal(answered.statusCode, 200, answered.body);
    const actions = await env.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', decisionId)
      .where('action', 'in', ['major_decision.comment_moderated', 'major_decision.comment_answered'])
      .execute();
    assert.deepEqual(actions.map((a) => a.action).sort(), [
      'major_decision.comment_answered',
      'major_decision.comment_moderated',
    ]);
    const page = (
      await call(env.app, null, 'GET', `/api/public/consultations/major_decision/${decisionId}`)
    ).json() as PublicSubjectConsultation;
    const shown = page.approvedComments.find((c) => c.id === comment.id);
    assert.equal(shown?.answerLabel, '部分采纳');
    assert.equal(shown?.answerReason, '分时段收费标准将在实施细则中公示。');
  });
});

describe('the legality-review desk across kinds', () => {
  let reviewing = '';
  let reviewer: Session;
  before(async () => {
    reviewing = await decisionInReview();
    reviewer = await sessionOf(env, 'demo.reviewer');
  });

  test("the justice bureau's queue holds both kinds, oldest first, each with its floor and ceiling", async () => {
    const res = await call(env.app, reviewer, 'GET', '/api/legality-reviews');
    assert.equal(res.statusCode, 200, res.body);
    const queue = res.json() as LegalityReviewQueue;
    assert.deepEqual(
      queue.kinds.map((k) => k.label),
      // the legal-advisers module lends its contracts, meeting topics and other documents to the same desk
      ['行政规范性文件', '重大行政决策', '合同合法性审查', '常务会议议题合法性审查', '文件合法性审查'],
    );
    const days = queue.items.map((i) => i.submittedOn);
    assert.deepEqual(days, [...days].sort(), 'oldest first');
    const decision = queue.items.find((i) => i.subjectId === reviewing);
    assert.ok(decision, 'the decision sent for review is listed');
    assert.equal(decision.kindLabel, '重大行政决策');
    assert.equal(decision.orgName, '示范区人民政府');
    assert.equal(decision.submittedOn, day(-30));
    assert.match(decision.earliestConclusion?.basis ?? '', /第二十六条/);
    assert.ok((decision.earliestConclusion?.due ?? '') > day(-30));
    assert.equal(decision.latestConclusion, null, 'the decision regulation sets no longest review time');
    assert.equal(decision.subjectLink, `/console/decisions/${reviewing}`);
    assert.equal(decision.reviewLink, `/console/legality-reviews/major_decision/${reviewing}`);
    const normative = queue.items.find((i) => i.kind === 'normative_document');
    assert.ok(normative, 'a normative draft in review is listed beside it');
    assert.equal(normative.reviewLink, `/console/normative-documents/${normative.subjectId}/review`, 'its own page');
    const stored = await env.services.db
      .selectFrom('deadlines')
      .select(['due_on', 'basis'])
      .where('subject_id', '=', normative.subjectId)
      .where('kind', '=', 'legality-review')
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [normative.latestConclusion?.due, normative.latestConclusion?.basis],
      [stored.due_on, stored.basis],
      'the ceiling is the stored deadline',
    );
    assert.ok(normative.earliestConclusion && normative.earliestConclusion.due <= stored.due_on);

    for (const kind of ['major_decision', 'normative_document']) {
      const only = (await call(env.app, reviewer, 'GET', `/api/legality-reviews?kind=${kind}`)).json();
      const items = (only as LegalityReviewQueue).items;
      assert.ok(items.length > 0 && items.every((i) => i.kind === kind), `only ${kind}`);
    }
    // the drafting units review nothing: their desk is empty and they have no menu entry
    for (const user of [office, legal]) {
      const theirs = (await call(env.app, user, 'GET', '/api/legality-reviews')).json() as LegalityReviewQueue;
      assert.deepEqual([theirs.items, theirs.kinds], [[], []]);
    }
    const menu = (await call(env.app, reviewer, 'GET', '/api/auth/session')).json() as { menu: { key: string }[] };
    assert.ok(menu.menu.some((m) => m.key === 'legality-reviews'));
    const officeMenu = (await call(env.app, office, 'GET', '/api/auth/session')).json() as { menu: { key: string }[] };
    assert.ok(!officeMenu.menu.some((m) => m.key === 'legality-reviews'));
  });

  test("one draft's package: text, package, checklist and floor, to the reviewer only", async () => {
    const res = await call(env.app, reviewer, 'GET', `/api/legality-reviews/major_decision/${reviewing}`);
    assert.equal(res.statusCode, 200, res.body);
    const pack = res.json() as LegalityReviewPackage;
    assert.equal(pack.pending, true);
    assert.equal(pack.recordPath, `/decisions/${reviewing}/legality-review/result`);
    assert.equal(pack.kindLabel, '重大行政决策');
    assert.equal(pack.package?.basis, '测试审查依据');
    assert.ok(pack.checklist.length > 0 && pack.counselRequired);
    assert.match(pack.earliestConclusion?.basis ?? '', /第二十六条/);
    const queue = (await call(env.app, reviewer, 'GET', '/api/legality-reviews?kind=major_decision')).json();
    const row = (queue as LegalityReviewQueue).items.find((i) => i.subjectId === reviewing);
    assert.equal(pack.earliestConclusion?.due, row?.earliestConclusion?.due, 'the queue and the package agree');
    assert.deepEqual(
      pack.rounds.map((r) => [r.round, r.submittedOn, r.result]),
      [[1, day(-30), null]],
    );
    const drafter = await call(env.app, office, 'GET', `/api/legality-reviews/major_decision/${reviewing}`);
    assert.equal(drafter.statusCode, 403, 'the drafting unit reads its record but does not review it');
    const outOfReach = await call(env.app, legal, 'GET', `/api/legality-reviews/major_decision/${reviewing}`);
    assert.equal(outOfReach.statusCode, 404);
    const unknown = await call(env.app, reviewer, 'GET', `/api/legality-reviews/no_such_kind/${reviewing}`);
    assert.equal(unknown.statusCode, 404);
  });
});
