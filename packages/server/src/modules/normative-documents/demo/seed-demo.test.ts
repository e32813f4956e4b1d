// The demo history: documents in every state, consistent with their deadlines, status history and audit trail,
// and labelled demo.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, signIn, type TestEnv } from '../../../../test/helpers';
import { verifyAuditChain } from '../../../platform/audit/verify';
import { clockFromEnv } from '../../../platform/clock';
import { SUBJECT } from '../support';

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});

const docByTitle = (title: string) =>
  env.services.db
    .selectFrom('normative_documents')
    .select(['id', 'status', 'filing_status', 'expires_on'])
    .where('title', '=', title)
    .executeTakeFirstOrThrow();
after(() => env.close());

describe('normative documents demo data', () => {
  test('covers every state and filing outcome, all labelled demo', async () => {
    const db = env.services.db;
    const docs = await db
      .selectFrom('normative_documents')
      .select(['status', 'filing_status', 'is_demo', 'title'])
      .execute();
    const statuses = new Set(docs.map((d) => d.status));
    for (const s of [
      'drafting',
      'consultation',
      'legality_review',
      'deliberation',
      'approved',
      'published',
      'amendment_pending',
      'repealed',
      'lapsed',
      'withdrawn',
    ])
      assert.ok(statuses.has(s as never), s);
    const filings = new Set(docs.map((d) => d.filing_status));
    for (const f of ['not_submitted', 'submitted', 'accepted', 'correction_ordered', 'not_reviewable'])
      assert.ok(filings.has(f as never), f);
    assert.ok(docs.every((d) => d.is_demo && d.title.startsWith('示范区')));
    const comments = await db
      .selectFrom('consultation_comments as m')
      .innerJoin('consultations as c', 'c.id', 'm.consultation_id')
      .select(['m.is_demo'])
      .where('c.subject_type', '=', SUBJECT)
      .execute();
    assert.ok(comments.length > 10 && comments.every((c) => c.is_demo));
    const requests = await db.selectFrom('normative_review_requests').select(['status', 'is_demo']).execute();
    assert.deepEqual(new Set(requests.map((r) => r.status)), new Set(['received', 'accepted', 'declined', 'answered']));
    const evaluations = await db.selectFrom('normative_post_evaluations').select('status').execute();
    assert.ok(evaluations.some((e) => e.status === 'pending'));
    const campaigns = await db.selectFrom('normative_cleanup_campaigns').select(['status', 'is_demo']).execute();
    assert.ok(campaigns.some((c) => c.status === 'published' && c.is_demo));
    // the demo district cleans up every year (seed 000 (六)): the next periodic cleanup is due a year after
    const next = await db
      .selectFrom('deadlines')
      .select(['start_on', 'due_on'])
      .where('kind', '=', 'next-cleanup')
      .executeTakeFirstOrThrow();
    assert.equal(Number(next.due_on.slice(0, 4)) - Number(next.start_on.slice(0, 4)), 1);
  });

  test('every document has its status history, open deadlines match the states, and the audit chain holds', async () => {
    const db = env.services.db;
    const docs = await db.selectFrom('normative_documents').select(['id', 'status', 'filing_status']).execute();
    for (const d of docs) {
      const h = await db
        .selectFrom('normative_status_history')
        .select('to_status')
        .where('document_id', '=', d.id)
        .orderBy('id')
        .execute();
      assert.ok(h.length >= 1);
      assert.equal(h.at(-1)?.to_status, d.status);
      if (d.filing_status === 'not_submitted') {
        const open = await db
          .selectFrom('deadlines')
          .select('kind')
          .where('subject_id', '=', d.id)
          .where('status', '=', 'open')
          .execute();
        assert.ok(open.some((o) => o.kind === 'filing'));
      }
    }
    const settings = await db
      .selectFrom('region_settings')
      .select(['value', 'source'])
      .where('key', '=', 'deadline.rule.normative.filing-government-name.amount')
      .executeTakeFirstOrThrow();
    assert.equal(settings.value, 5);
    // the region's own rule by name, the basis its deadlines cite — no internal label
    assert.equal(settings.source, '《区落实法治建设试行意见》第（五）项');
    const result = await verifyAuditChain(db, env.services.auditKey, '159901');
    assert.equal(result.ok, true);
  });

  test('the open consultation already shows answered comments on the portal, and others still wait for moderation', async () => {
    const pets = await docByTitle('示范区市场监督管理局宠物经营场所管理规定（征求意见稿）');
    assert.equal(pets.status, 'consultation');
    const page = await call(env.app, null, 'GET', `/api/public/normative-consultations/${pets.id}`);
    assert.equal(page.statusCode, 200, page.body);
    const approved = page.json().approvedComments as { answerLabel: string | null }[];
    assert.equal(approved.length, 2);
    assert.deepEqual(
      approved.map((c) => c.answerLabel),
      ['部分采纳', '采纳'],
    );
    const pending = await env.services.db
      .selectFrom('consultation_comments as m')
      .innerJoin('consultations as c', 'c.id', 'm.consultation_id')
      .select('m.id')
      .where('c.subject_id', '=', pets.id)
      .where('m.moderation_status', '=', 'pending')
      .execute();
    assert.equal(pending.length, 2);
    // no comment is dated after today, however recently its consultation opened
    const future = await env.services.db
      .selectFrom('consultation_comments')
      .select('id')
      .where('submitted_at', '>', new Date(`${clockFromEnv().today()}T23:59:59+08:00`))
      .execute();
    assert.deepEqual(future, []);
  });

  test('a closed consultation answered adopted, partly and not adopted with reasons, now published and awaiting filing', async () => {
    const doc = await docByTitle('示范区市场监督管理局电动自行车销售和维修经营规范管理办法');
    assert.equal(doc.status, 'published');
    assert.equal(doc.filing_status, 'not_submitted');
    const comments = await env.services.db
      .selectFrom('consultation_comments as m')
      .innerJoin('consultations as c', 'c.id', 'm.consultation_id')
      .select(['m.moderation_status', 'm.answer', 'm.answer_reason'])
      .where('c.subject_id', '=', doc.id)
      .execute();
    const approved = comments.filter((c) => c.moderation_status === 'approved');
    assert.deepEqual(new Set(approved.map((c) => c.answer)), new Set(['adopted', 'partly_adopted', 'not_adopted']));
    assert.ok(approved.filter((c) => c.answer !== 'adopted').every((c) => (c.answer_reason ?? '').length > 0));
    assert.ok(comments.some((c) => c.moderation_status === 'rejected'));
    // its drafting unit's legal officer sees it and may file it
    const legal = await signIn(env.app, 'demo.legal');
    const detail = (await call(env.app, legal, 'GET', `/api/normative-documents/${doc.id}`)).json();
    assert.equal(detail.abilities.submitFiling, true);
  });

  test("a post-evaluation task is open on a document of demo.legal's unit that expires within six months", async () => {
    const doc = await docByTitle('示范区食品生产加工小作坊登记管理暂行办法');
    assert.equal(doc.status, 'published');
    const sixMonths = new Date(`${clockFromEnv().today()}T00:00:00Z`);
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
    assert.ok(doc.expires_on && doc.expires_on <= sixMonths.toISOString().slice(0, 10), `expires ${doc.expires_on}`);
    const legal = await signIn(env.app, 'demo.legal');
    const detail = (await call(env.app, legal, 'GET', `/api/normative-documents/${doc.id}`)).json();
    assert.equal(detail.postEvaluations.length, 1);
    assert.equal(detail.postEvaluations[0].status, 'pending');
    assert.equal(detail.abilities.startPostEvaluation, true);
    assert.equal(detail.abilities.concludePostEvaluation, true);
  });
});
