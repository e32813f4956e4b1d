// The demo history: documents in every state, consistent with their deadlines, status history and audit trail,
// and labelled demo.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { verifyAuditChain } from '../../platform/audit/verify';

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});
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
    const comments = await db.selectFrom('normative_comments').select(['is_demo']).execute();
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
      .where('key', '=', 'deadline.rule.normative.filing.amount')
      .executeTakeFirstOrThrow();
    assert.equal(settings.value, 5);
    assert.match(settings.source ?? '', /5日/);
    const result = await verifyAuditChain(db, '159901');
    assert.equal(result.ok, true);
  });
});
