import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, signIn, type TestEnv } from '../../../test/helpers';

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});
after(() => env.close());

interface SessionBody {
  menu: { key: string; path: string; action: string }[];
  actions: string[];
  activeOrgId: string | null;
  assignments: { orgName: string; regionName: string | null }[];
}

const session = async (username: string) => {
  const s = await signIn(env.app, username);
  const res = await call(env.app, s, 'GET', '/api/auth/session');
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as SessionBody;
};

describe('the console menu comes from the module manifests, filtered by the actions the user holds', () => {
  test('an enforcement officer sees the unit directory but neither user administration nor the audit log', async () => {
    const body = await session('demo.officer');
    const keys = body.menu.map((m) => m.key);
    assert.ok(keys.includes('orgs'));
    assert.ok(!keys.includes('users'), 'user.read is not held by an enforcement officer');
    assert.ok(!keys.includes('audit'));
    assert.ok(!body.actions.includes('user.read'));
    for (const item of body.menu) assert.ok(body.actions.includes(item.action), `${item.key} needs a held action`);
    assert.equal(body.assignments[0]?.orgName, '示范区市场监督管理局');
    assert.equal(body.assignments[0]?.regionName, '示范区（演示）');
  });

  test('an auditor sees the audit log; a system administrator sees user administration', async () => {
    const auditor = await session('demo.auditor');
    assert.ok(auditor.menu.some((m) => m.key === 'audit'));
    assert.ok(auditor.actions.includes('audit.verify'));
    const admin = await session('demo.sysadmin');
    assert.ok(admin.menu.some((m) => m.key === 'users'));
    assert.ok(!admin.menu.some((m) => m.key === 'audit'), 'the system administrator does not read the audit log');
    assert.ok(admin.actions.includes('user.manage'));
  });

  test('without a session the menu is not given out and the answer says to sign in', async () => {
    const res = await call(env.app, null, 'GET', '/api/auth/session');
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'UNAUTHENTICATED');
    assert.match(res.json().message, /登录/);
  });
});
