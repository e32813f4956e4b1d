// After publication: the post-evaluation task created six months before expiry by the sweep, its outcomes (renewal
// with a new number, repeal), expiry → lapsed, and cleanup campaigns whose published lists take documents out of
// force.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, type Session, type TestEnv, sessionOf } from '../../../test/helpers';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { buildDocument } from './test/factory';
import { createPostEvaluationTasks } from './post-evaluation/jobs/create-post-evaluation-tasks';
import { expireDocuments } from './catalogue/jobs/expire-documents';
import { clockFromEnv } from '../../platform/clock';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
const t = clockFromEnv().today();

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
});
after(() => env.close());

const get = (id: string, s: Session = legal) =>
  call(env.app, s, 'GET', `/api/normative-documents/${id}`).then((r) => r.json());

async function setExpiry(id: string, expiresOn: string) {
  await env.services.db
    .updateTable('normative_documents')
    .set({ expires_on: expiresOn })
    .where('id', '=', id)
    .execute();
  await env.services.db
    .updateTable('normative_registrations')
    .set({ expires_on: expiresOn })
    .where('document_id', '=', id)
    .execute();
}

describe('后评估', () => {
  test('the sweep creates the task within six months of expiry, once, with its deadline', async () => {
    const soon = await buildDocument(env, { state: 'published', publishedDaysAgo: 5 });
    const later = await buildDocument(env, { state: 'published', publishedDaysAgo: 5 });
    await setExpiry(soon, daysFrom(t, 150));
    await setExpiry(later, daysFrom(t, 250));
    await createPostEvaluationTasks(env.services, t);
    await createPostEvaluationTasks(env.services, t); // idempotent
    const a = await get(soon);
    assert.equal(a.postEvaluations.length, 1);
    assert.equal(a.postEvaluations[0].createdByJob, true);
    assert.equal(
      a.deadlines.find((d: { kind: string }) => d.kind === 'post-evaluation').ruleId,
      'normative.post-evaluation',
    );
    assert.equal(a.abilities.startPostEvaluation, true);
    assert.equal((await get(later)).postEvaluations.length, 0);
  });

  test('renewal re-registers the document with a new number and a fresh validity', async () => {
    const id = await buildDocument(env, { state: 'published', publishedDaysAgo: 5 });
    await setExpiry(id, daysFrom(t, 100));
    await createPostEvaluationTasks(env.services, t);
    const before = await get(id);
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/post-evaluation/start`, {});
    const missing = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/post-evaluation/conclusion`, {
      outcome: 'renew',
      conclusion: '实施效果良好',
    });
    assert.equal(missing.json().code, 'RENEWAL_DATES_REQUIRED');
    const res = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/post-evaluation/conclusion`, {
      outcome: 'renew',
      conclusion: '实施效果良好，继续施行',
      renewal: { effectiveOn: t },
    });
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json().document;
    assert.equal(d.status, 'published');
    assert.notEqual(d.docNumber, before.docNumber);
    assert.equal(d.registrations.length, 2);
    assert.equal(d.registrations[1].reason, 'renewal');
    assert.ok(d.expiresOn > daysFrom(t, 365 * 4));
    assert.equal(d.filingStatus, 'not_submitted');
    assert.equal(d.postEvaluations[0].outcome, 'renew');
    // the renewed registration is filed again, within the filing period that restarts with it
    const filing = d.deadlines.filter((x: { kind: string; status: string }) => x.kind === 'filing');
    assert.equal(filing.at(-1).status, 'open');
    const filed = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing`, {});
    assert.equal(filed.statusCode, 200, filed.body);
    assert.equal(filed.json().document.filingStatus, 'submitted');
  });

  test('a post-evaluation that concludes on repeal ends the document', async () => {
    const id = await buildDocument(env, { state: 'published', publishedDaysAgo: 5 });
    await setExpiry(id, daysFrom(t, 100));
    await createPostEvaluationTasks(env.services, t);
    const res = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/post-evaluation/conclusion`, {
      outcome: 'repeal',
      conclusion: '已不适应实际需要',
    });
    assert.equal(res.json().document.status, 'repealed');
    assert.equal(res.json().document.endedOn, t);
  });

  test('letting a document lapse keeps it in force until its expiry, when the sweep ends it', async () => {
    const id = await buildDocument(env, { state: 'published', publishedDaysAgo: 5 });
    const expiry = daysFrom(t, 60);
    await setExpiry(id, expiry);
    await createPostEvaluationTasks(env.services, t);
    const res = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/post-evaluation/conclusion`, {
      outcome: 'lapse',
      conclusion: '阶段性任务已完成，不再延续',
    });
    assert.equal(res.json().document.status, 'published');
    await expireDocuments(env.services, expiry);
    assert.equal((await get(id)).status, 'published');
    await expireDocuments(env.services, daysFrom(expiry, 1));
    const d = await get(id);
    assert.equal(d.status, 'lapsed');
    assert.equal(d.endedOn, expiry);
    assert.equal(d.postEvaluations[0].outcome, 'lapse');
  });

  test('the sweep runs on 29 February, whose date three years on does not exist', async () => {
    const id = await buildDocument(env, { state: 'published', publishedDaysAgo: 5 });
    await setExpiry(id, '2028-06-30');
    assert.ok((await createPostEvaluationTasks(env.services, '2028-02-29')) >= 1);
    assert.equal((await get(id)).postEvaluations.length, 1);
  });

  test('a document past its expiry lapses in the daily sweep', async () => {
    const id = await buildDocument(env, { state: 'published', publishedDaysAgo: 5 });
    await setExpiry(id, daysFrom(t, -1));
    await expireDocuments(env.services, t);
    const d = await get(id);
    assert.equal(d.status, 'lapsed');
    assert.equal(d.statusHistory.at(-1).act, 'expire');
    const events = await env.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', id)
      .execute();
    assert.ok(events.some((e) => e.action === 'normative_document.expired'));
  });
});

describe('清理', () => {
  test('a document not on the remains-valid list stops being valid when the lists are published', async () => {
    const keep = await buildDocument(env, { state: 'published', publishedDaysAgo: 3 });
    const repeal = await buildDocument(env, { state: 'published', publishedDaysAgo: 3 });
    const amend = await buildDocument(env, { state: 'published', publishedDaysAgo: 3 });
    const lapse = await buildDocument(env, { state: 'published', publishedDaysAgo: 3 });
    const notByLegal = await call(env.app, legal, 'POST', '/api/normative-cleanup-campaigns', {
      title: '示范区专项清理',
      kind: 'periodic',
    });
    assert.equal(notByLegal.statusCode, 403);
    const special = await call(env.app, reviewer, 'POST', '/api/normative-cleanup-campaigns', {
      title: '专项清理',
      kind: 'special',
    });
    assert.equal(special.json().code, 'TRIGGER_LAW_REQUIRED');
    const opened = await call(env.app, reviewer, 'POST', '/api/normative-cleanup-campaigns', {
      title: '示范区行政处罚法修改专项清理',
      kind: 'special',
      triggerLaw: '《中华人民共和国行政处罚法》（2021年修订）',
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const campaign = opened.json();
    const allValid = await env.services.db
      .selectFrom('normative_documents')
      .select((e) => e.fn.countAll<string>().as('n'))
      .where('region_code', '=', '159901')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    assert.equal(campaign.items.length, Number(allValid.n));
    const early = await call(
      env.app,
      reviewer,
      'POST',
      `/api/normative-cleanup-campaigns/${campaign.id}/publication`,
      {},
    );
    assert.equal(early.json().code, 'CLEANUP_UNDECIDED');
    const decide = (s: Session, documentId: string, outcome: string, reason?: string) =>
      call(env.app, s, 'POST', `/api/normative-cleanup-campaigns/${campaign.id}/decisions`, {
        documentId,
        outcome,
        ...(reason ? { reason } : {}),
      });
    assert.equal((await decide(legal, repeal, 'repeal')).json().code, 'CLEANUP_REASON_REQUIRED');
    assert.equal((await decide(legal, repeal, 'repeal', '上位法已修改')).statusCode, 200);
    assert.equal((await decide(legal, amend, 'amend', '部分条款需修改')).statusCode, 200);
    assert.equal((await decide(reviewer, lapse, 'lapse', '调整对象已消失')).statusCode, 200);
    for (const item of campaign.items as { documentId: string }[])
      if (![repeal, amend, lapse].includes(item.documentId)) await decide(reviewer, item.documentId, 'remains_valid');
    const published = await call(
      env.app,
      reviewer,
      'POST',
      `/api/normative-cleanup-campaigns/${campaign.id}/publication`,
      {},
    );
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json().counts.repeal, 1);
    assert.equal((await get(keep)).status, 'published');
    assert.equal((await get(repeal)).status, 'repealed');
    assert.equal((await get(amend)).status, 'amendment_pending');
    assert.equal((await get(lapse)).status, 'lapsed');
    // each decision and its effect is in the document's audit trail, and the campaign's own acts in the campaign's
    const trail = async (subjectId: string) =>
      (
        await env.services.db
          .selectFrom('audit_events')
          .select('action')
          .where('subject_id', '=', subjectId)
          .orderBy('seq')
          .execute()
      ).map((e) => e.action);
    for (const doc of [keep, repeal, amend, lapse])
      assert.deepEqual(
        (await trail(doc)).filter((a) => a.includes('cleanup')),
        ['normative_document.cleanup_decided', ...(doc === keep ? [] : ['normative_document.cleanup_applied'])],
      );
    assert.deepEqual(
      (await trail(campaign.id)).filter((a) => a.startsWith('normative_cleanup.')),
      ['normative_cleanup.opened', 'normative_cleanup.published'],
    );
    const again = await decide(reviewer, keep, 'repeal', '再议');
    assert.equal(again.json().code, 'CLEANUP_CLOSED');
  });

  test('an amended text that replaces a document to be amended ends it on publication', async () => {
    const old = await buildDocument(env, { state: 'published', publishedDaysAgo: 3 });
    await env.services.db
      .updateTable('normative_documents')
      .set({ status: 'amendment_pending' })
      .where('id', '=', old)
      .execute();
    const amr = (
      await env.services.db
        .selectFrom('orgs')
        .select('id')
        .where('name', '=', '示范区市场监督管理局')
        .executeTakeFirstOrThrow()
    ).id;
    const res = await call(env.app, legal, 'POST', '/api/normative-documents', {
      draftingOrgId: amr,
      title: '示范区测试管理办法（修订）',
      kind: 'ordinary',
      legalBases: [{ title: '《中华人民共和国行政许可法》' }],
      affectsMarket: false,
      draftingExplanation: '修订说明',
      articles: [{ body: '修订后的条文。' }],
      replacesId: old,
    });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id as string;
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/consultation/exemption`, {
      reason: '仅作文字修订，依法免于公开征求意见',
    });
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/legality-review/submission`, {
      submittedOn: daysFrom(t, -20),
    });
    await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/legality-review`, {
      checklist: [],
      opinion: '同意',
      result: 'passed',
    });
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/deliberation`, {
      meetingKind: 'leadership_meeting',
      meetingName: '局领导班子会议',
      meetingOn: t,
      decision: 'adopted',
    });
    const pub = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      effectiveOn: t,
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
    });
    assert.equal(pub.statusCode, 200, pub.body);
    const o = await get(old);
    assert.equal(o.status, 'repealed');
    assert.match(o.endedReason, /替代/);
  });
});
