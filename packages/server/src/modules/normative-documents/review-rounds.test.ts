// A second legality review round (the draft revised after 审核不通过, then resubmitted) shows what changed since the
// first: the review package answers the diff by article between the text the first round reviewed and today's text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, signIn, type Session, type TestEnv } from '../../../test/helpers';
import { buildDocument } from './test-factory';

let env: TestEnv;
let legal: Session;
let reviewer: Session;

before(async () => {
  env = await createTestEnv();
  legal = await signIn(env.app, 'demo.legal');
  reviewer = await signIn(env.app, 'demo.reviewer');
});
after(() => env.close());

const post = (who: Session, id: string, path: string, body: unknown) =>
  call(env.app, who, 'POST', `/api/normative-documents/${id}/${path}`, body);

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
