// 修改后通过 (issue 10 §4): after a legality review that passes on condition of changes, the drafting unit records
// its revision (修改草案 + 修改情况说明) before 集体审议; the deliberation gate names the missing step until then.
// A second review round (the draft revised after 审核不通过, then resubmitted) shows what changed since the first: the
// review package answers the diff by article between the text the first round reviewed and today's text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, type Session, type TestEnv, sessionOf } from '../../../../test/helpers';
import { buildDocument } from '../test/factory';

let env: TestEnv;
let legal: Session;
let reviewer: Session;

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
});
after(() => env.close());

const post = (who: Session, id: string, path: string, body: unknown) =>
  call(env.app, who, 'POST', `/api/normative-documents/${id}/${path}`, body);

const meeting = () => ({
  meetingKind: 'leadership_meeting',
  meetingName: '局领导班子会议',
  meetingOn: env.services.clock.today(),
  decision: 'adopted',
});

const revision = {
  articles: [{ body: '为了规范管理，制定本办法。' }, { body: '本办法适用于本区行政区域，自治条例另有规定的除外。' }],
  statement: '按审核意见第1项，在第二条增加除外规定。',
};

/** A document of 示范区市场监督管理局 whose legality review passed on condition of changes (修改后通过). */
async function passedWithChanges(affectsMarket = false) {
  const id = await buildDocument(env, { state: 'legality_review', affectsMarket, title: '示范区修改后通过测试办法' });
  const res = await post(reviewer, id, 'legality-review', {
    checklist: [],
    opinion: '1. 第二条应增加除外规定。',
    result: 'passed_with_changes',
    earlyReason: '测试中提前办结',
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().document.reviewChangesPending, true);
  return id;
}

describe('修改后通过 → 修改草案 before 集体审议', () => {
  test('the deliberation gate names the missing revision (422) until the drafting unit records it', async () => {
    const id = await passedWithChanges();
    const refused = await post(legal, id, 'deliberation', meeting());
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(refused.json().code, 'DOCUMENT_STEPS_MISSING');
    assert.deepEqual(
      refused.json().fields.map((f: { path: string }) => f.path),
      ['revision_after_review'],
    );
    assert.match(refused.json().message, /按合法性审核意见修改草案/);

    const revised = await post(legal, id, 'legality-review/revision', revision);
    assert.equal(revised.statusCode, 200, revised.body);
    const doc = revised.json().document;
    assert.equal(doc.status, 'deliberation');
    assert.equal(doc.reviewChangesPending, false);
    assert.equal(doc.articles[1].body, revision.articles[1]!.body);
    const review = doc.reviews.find((r: { kind: string }) => r.kind === 'legality');
    assert.equal(review.revisionStatement, revision.statement);
    assert.equal(review.revisedOn, env.services.clock.today());
    // no new legality review by default: the opinion already reviewed those changes
    const adopted = await post(legal, id, 'deliberation', meeting());
    assert.equal(adopted.statusCode, 200, adopted.body);
    assert.equal(adopted.json().document.status, 'approved');
  });

  test('the revision is audited, has its status-history row, and is recorded once', async () => {
    const id = await passedWithChanges();
    assert.equal((await post(legal, id, 'legality-review/revision', revision)).statusCode, 200);
    const audit = await env.services.db
      .selectFrom('audit_events')
      .select(['summary', 'changes'])
      .where('subject_id', '=', id)
      .where('action', '=', 'normative_document.revised_after_review')
      .executeTakeFirstOrThrow();
    assert.match(audit.summary, /已按合法性审核意见修改草案/);
    assert.equal((audit.changes as Record<string, unknown>).articles, 2);
    const history = await env.services.db
      .selectFrom('normative_status_history')
      .selectAll()
      .where('document_id', '=', id)
      .where('act', '=', 'revise-after-review')
      .execute();
    assert.equal(history.length, 1);
    const again = await post(legal, id, 'legality-review/revision', revision);
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json().code, 'NO_REVIEW_CHANGES_PENDING');
  });

  test('a passed review needs no revision; a revision names its missing statement', async () => {
    const id = await buildDocument(env, { state: 'deliberation', title: '示范区审核通过测试办法' });
    const refused = await post(legal, id, 'legality-review/revision', revision);
    assert.equal(refused.statusCode, 409, refused.body);
    const pending = await passedWithChanges();
    const missing = await post(legal, pending, 'legality-review/revision', { articles: revision.articles });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.ok(missing.json().fields.some((f: { path: string }) => f.path === 'statement'));
  });

  test('the revised text voids a passed fair-competition review, which is recorded again before deliberation', async () => {
    const id = await passedWithChanges(true);
    const revised = await post(legal, id, 'legality-review/revision', revision);
    assert.equal(revised.json().document.fairCompetitionPassed, null);
    const refused = await post(legal, id, 'deliberation', meeting());
    assert.deepEqual(
      refused.json().fields.map((f: { path: string }) => f.path),
      ['fair_competition_review'],
    );
    const fc = await post(legal, id, 'fair-competition-review', {
      result: 'passed',
      opinion: '未发现排除限制竞争内容',
    });
    assert.equal(fc.statusCode, 200, fc.body);
    assert.equal((await post(legal, id, 'deliberation', meeting())).statusCode, 200);
  });

  test('a region that asks for a new review sends the revised text back to the legality review', async () => {
    const id = await passedWithChanges();
    const region = await env.services.db
      .selectFrom('normative_documents')
      .select('region_code')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await env.services.db
      .insertInto('region_settings')
      .values({
        region_code: region.region_code,
        key: 'normative.legality-review.re-review-after-changes',
        value: '1',
        source: '测试：本地规定修改后重新审核',
      })
      .execute();
    try {
      const revised = await post(legal, id, 'legality-review/revision', revision);
      assert.equal(revised.statusCode, 200, revised.body);
      assert.equal(revised.json().document.status, 'drafting');
      assert.equal(revised.json().document.legalityReviewPassed, null);
    } finally {
      await env.services.db
        .deleteFrom('region_settings')
        .where('region_code', '=', region.region_code)
        .where('key', '=', 'normative.legality-review.re-review-after-changes')
        .execute();
    }
  });
});

test('the demo seed follows the rule: its 修改后通过 document carries the revision and its statement', async () => {
  const rows = await env.services.db
    .selectFrom('legality_reviews as r')
    .innerJoin('normative_documents as d', 'd.id', 'r.subject_id')
    .leftJoin('normative_review_revisions as v', 'v.review_id', 'r.id')
    .select(['v.statement as revision_statement', 'v.revised_on', 'd.status', 'd.review_changes_pending'])
    .where('d.is_demo', '=', true)
    .where('r.result', '=', 'passed_with_changes')
    .execute();
  assert.ok(rows.length > 0);
  for (const r of rows) {
    assert.match(r.revision_statement ?? '', /采纳审核意见/);
    assert.ok(r.revised_on);
    assert.equal(r.review_changes_pending, false);
  }
});

test('the second round shows the articles changed since the text the first round reviewed', async () => {
  const id = await buildDocument(env, {
    state: 'legality_review',
    title: '示范区第二轮审核测试办法',
    articles: ['为了规范管理，制定本办法。', '本办法适用于本区。', '违反本办法的，从重处罚。'],
  });
  const first = await call(env.app, reviewer, 'GET', `/api/normative-documents/${id}/review-package`);
  assert.equal(first.statusCode, 200, first.body);
  assert.equal(first.json().changesSinceFirstRound, null);
  const failed = await post(reviewer, id, 'legality-review', {
    checklist: [{ item: 'creates_licence_penalty_coercion', finding: 'problem', note: '第三条设定处罚' }],
    opinion: '第三条无上位法依据，应删除。',
    result: 'failed',
    earlyReason: '测试中提前办结',
  });
  assert.equal(failed.statusCode, 200, failed.body);
  const revised = await post(legal, id, 'revise', {
    articles: [{ body: '为了规范管理，制定本办法。' }, { body: '本办法适用于本区行政区域。' }],
  });
  assert.equal(revised.statusCode, 200, revised.body);
  const resubmitted = await post(legal, id, 'legality-review/submission', {});
  assert.equal(resubmitted.statusCode, 200, resubmitted.body);
  const second = await call(env.app, reviewer, 'GET', `/api/normative-documents/${id}/review-package`);
  assert.equal(second.statusCode, 200, second.body);
  assert.deepEqual(second.json().changesSinceFirstRound, {
    round: 1,
    changes: [
      { heading: '第二条', change: 'changed', before: '本办法适用于本区。', after: '本办法适用于本区行政区域。' },
      { heading: '第三条', change: 'removed', before: '违反本办法的，从重处罚。', after: null },
    ],
  });
});
