// The daily jobs (post-evaluation tasks, expiry) work region by region in batches claimed with FOR UPDATE SKIP
// LOCKED (platform/jobs/batches.ts), like the deadline sweep: two runs at once act on each document once, and a run
// over more documents than one batch reaches them all.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestEnv, type TestEnv } from '../../../../test/helpers';
import { clockFromEnv } from '../../../platform/clock';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { buildDocument } from '../test/factory';
import { createPostEvaluationTasks } from '../post-evaluation/jobs/create-post-evaluation-tasks';
import { expireDocuments } from './jobs/expire-documents';

let env: TestEnv;
const t = clockFromEnv().today();
const ids: string[] = [];

before(async () => {
  env = await createTestEnv();
  // the demo's own documents are settled first, so that the runs below only meet these
  await createPostEvaluationTasks(env.services, t);
  await expireDocuments(env.services, t);
  for (let i = 0; i < 5; i++)
    ids.push(
      await buildDocument(env, { state: 'published', publishedDaysAgo: 5, title: `示范区批量任务测试办法${i}` }),
    );
});
after(() => env.close());

async function setExpiry(expiresOn: string) {
  await env.services.db
    .updateTable('normative_documents')
    .set({ expires_on: expiresOn })
    .where('id', 'in', ids)
    .execute();
  await env.services.db
    .updateTable('normative_registrations')
    .set({ expires_on: expiresOn })
    .where('document_id', 'in', ids)
    .execute();
}

async function auditCount(action: string) {
  const rows = await env.services.db
    .selectFrom('audit_events')
    .select('subject_id')
    .where('action', '=', action)
    .where('subject_id', 'in', ids)
    .execute();
  return ids.map((id) => rows.filter((r) => r.subject_id === id).length);
}

describe('daily jobs in claimed batches', () => {
  test('two post-evaluation runs at once, in batches of two, create each task once', async () => {
    await setExpiry(daysFrom(t, 100));
    const [a, b] = await Promise.all([
      createPostEvaluationTasks(env.services, t, 2),
      createPostEvaluationTasks(env.services, t, 2),
    ]);
    assert.equal(a + b, ids.length, 'between them the two runs created one task per document');
    const tasks = await env.services.db
      .selectFrom('normative_post_evaluations')
      .select('document_id')
      .where('document_id', 'in', ids)
      .execute();
    assert.deepEqual(
      ids.map((id) => tasks.filter((x) => x.document_id === id).length),
      [1, 1, 1, 1, 1],
    );
    assert.deepEqual(await auditCount('normative_document.post_evaluation_created'), [1, 1, 1, 1, 1]);
    const events = await env.services.db
      .selectFrom('outbox_events')
      .select('payload')
      .where('type', '=', 'normative_document.post_evaluation_created')
      .execute();
    for (const id of ids) assert.equal(events.filter((e) => e.payload.documentId === id).length, 1);
    assert.equal(await createPostEvaluationTasks(env.services, t, 2), 0, 'a later run finds nothing left');
  });

  test('two expiry runs at once, in batches of two, let each document lapse once', async () => {
    await setExpiry(daysFrom(t, -1));
    const [a, b] = await Promise.all([expireDocuments(env.services, t, 2), expireDocuments(env.services, t, 2)]);
    assert.equal(a + b, ids.length);
    const docs = await env.services.db
      .selectFrom('normative_documents')
      .select('status')
      .where('id', 'in', ids)
      .execute();
    assert.ok(docs.every((d) => d.status === 'lapsed'));
    assert.deepEqual(await auditCount('normative_document.expired'), [1, 1, 1, 1, 1]);
    const history = await env.services.db
      .selectFrom('normative_status_history')
      .select('document_id')
      .where('document_id', 'in', ids)
      .where('act', '=', 'expire')
      .execute();
    assert.equal(history.length, ids.length);
    assert.equal(await expireDocuments(env.services, t, 2), 0);
  });
});
