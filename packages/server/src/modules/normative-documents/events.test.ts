// After commit, the people who act next are told: the justice bureau's reviewers when a draft is submitted or a
// review request arrives, the drafting unit's legal officers when a review ends, a filing is due or a correction
// is ordered. Handling an event twice notifies once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, userId, type Session, type TestEnv, sessionOf } from '../../../test/helpers';
import { drainOutbox } from '../../platform/jobs/outbox';
import { buildDocument } from './test/factory';

let env: TestEnv;
let legal: Session;

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  await drainOutbox(env.services); // the demo history's events
});
after(() => env.close());

async function notificationsOf(username: string, subjectId: string) {
  return env.services.db
    .selectFrom('notifications')
    .select(['kind', 'title'])
    .where('user_id', '=', await userId(env, username))
    .where('subject_id', '=', subjectId)
    .execute();
}

describe('notifications', () => {
  test('a submitted draft reaches the reviewers once; the published document reminds the unit to file', async () => {
    const id = await buildDocument(env, { state: 'consulted', title: '示范区通知测试办法' });
    const res = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/legality-review/submission`, {});
    assert.equal(res.statusCode, 200, res.body);
    await drainOutbox(env.services);
    await drainOutbox(env.services);
    const forReviewer = await notificationsOf('demo.reviewer', id);
    assert.equal(forReviewer.length, 1);
    assert.match(forReviewer[0]?.title ?? '', /示范区通知测试办法.*合法性审核/);
    assert.equal((await notificationsOf('demo.officer', id)).length, 0);
    // the inbox shows the kind's label from the manifest, a sentence to read and the document as the link
    const reviewer = await sessionOf(env, 'demo.reviewer');
    const inbox = (await call(env.app, reviewer, 'GET', '/api/notifications?pageSize=100')).json() as {
      items: { subjectId: string; kindLabel: string; body: string; link: string }[];
    };
    const note = inbox.items.find((n) => n.subjectId === id);
    assert.equal(note?.kindLabel, '合法性审核待办');
    assert.match(note?.body ?? '', /^请在审核期限内作出合法性审核意见/);
    assert.equal(note?.link, `/console/normative-documents/${id}`);
    const published = await buildDocument(env, { state: 'published', title: '示范区备案提醒测试办法' });
    await drainOutbox(env.services);
    const forLegal = await notificationsOf('demo.legal', published);
    assert.ok(forLegal.some((n) => n.kind === 'normative.filing'));
  });

  test('a review request from the public reaches the handling bureau', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/public/normative-review-requests',
      payload: {
        regionCode: '159901',
        documentTitle: '示范区某办法',
        requesterKind: 'citizen',
        requesterName: '示范·公民',
        reasons: '缺少上位法依据',
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    await drainOutbox(env.services);
    const req = await env.services.db
      .selectFrom('normative_review_requests')
      .select('id')
      .where('tracking_number', '=', res.json().trackingNumber)
      .executeTakeFirstOrThrow();
    assert.equal((await notificationsOf('demo.reviewer', req.id)).length, 1);
    // a sentence to read and the page as the link, never a raw /console path in the text
    const note = await env.services.db
      .selectFrom('notifications')
      .select(['body', 'link'])
      .where('user_id', '=', await userId(env, 'demo.reviewer'))
      .where('subject_id', '=', req.id)
      .executeTakeFirstOrThrow();
    assert.doesNotMatch(note.body, /\/console/);
    assert.equal(note.link, `/console/normative-review-requests/${req.id}`);
  });
});
