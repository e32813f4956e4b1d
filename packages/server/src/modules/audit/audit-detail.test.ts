// The audit detail names what happened, who did it and to what in words: the Chinese action, the operator (for a
// sign-in, the user who signed in — not 系统) and the record's name instead of identifiers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, signIn, type TestEnv } from '../../../test/helpers';

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});
after(() => env.close());

test('a sign-in is shown as 登录成功 by the user who signed in, about that user by name', async () => {
  await signIn(env.app, 'demo.legal');
  const auditor = await signIn(env.app, 'demo.auditor');
  const list = await call(env.app, auditor, 'GET', '/api/audit/events?action=auth.login_succeeded&actor=demo.legal');
  assert.equal(list.statusCode, 200, list.body);
  const row = list.json().items[0] as { regionCode: string; seq: number; actor: string | null };
  assert.ok(row, 'the sign-in is in the log under its user');
  const detail = (await call(env.app, auditor, 'GET', `/api/audit/events/${row.regionCode}/${row.seq}`)).json();
  assert.equal(detail.actionLabel, '登录成功');
  assert.match(detail.actorName, /（demo\.legal）$/);
  assert.equal(detail.subjectTypeLabel, '用户');
  assert.match(detail.subjectName, /（demo\.legal）$/);
});
