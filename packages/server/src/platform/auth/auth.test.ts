import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, call, createTestEnv, signIn, type TestEnv } from '../../../test/helpers';

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});
after(() => env.close());

describe('sign-in and sessions', () => {
  test('the first administrator must change the initial password before doing anything else', async () => {
    const s = await signIn(env.app, 'admin', ADMIN_PASSWORD);
    const blocked = await call(env.app, s, 'GET', '/api/orgs');
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().code, 'PASSWORD_CHANGE_REQUIRED');
    const weak = await call(env.app, s, 'POST', '/api/auth/change-password', {
      currentPassword: ADMIN_PASSWORD,
      newPassword: 'abcdefgh',
    });
    assert.equal(weak.statusCode, 422);
    assert.equal(weak.json().code, 'WEAK_PASSWORD');
    assert.equal(weak.json().fields[0].path, 'newPassword');
    // a wrong current password, a short new one and a mismatched confirmation are all answered at once
    const all = await call(env.app, s, 'POST', '/api/auth/change-password', {
      currentPassword: 'not-the-password',
      newPassword: 'abc',
      confirmPassword: 'abd',
    });
    assert.equal(all.statusCode, 422);
    assert.deepEqual(
      all.json().fields.map((f: { path: string }) => f.path),
      ['currentPassword', 'newPassword', 'confirmPassword'],
    );
    assert.match(all.json().fields[1].message, /至少8位/);
    assert.equal(all.json().fields[2].message, '两次输入的新密码不一致');
    const ok = await call(env.app, s, 'POST', '/api/auth/change-password', {
      currentPassword: ADMIN_PASSWORD,
      newPassword: 'Fresh#Pass2026',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((await call(env.app, s, 'GET', '/api/orgs')).statusCode, 200);
    const events = await env.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'auth.password_changed')
      .execute();
    assert.equal(events.length, 1);
  });

  test('five wrong passwords lock the account for fifteen minutes and the user is told so', async () => {
    for (let i = 1; i <= 4; i++) {
      const r = await call(env.app, null, 'POST', '/api/auth/login', {
        username: 'demo.officer',
        password: 'Wrong#Pass1',
      });
      assert.equal(r.statusCode, 401);
      assert.equal(r.json().code, 'LOGIN_FAILED');
    }
    const fifth = await call(env.app, null, 'POST', '/api/auth/login', {
      username: 'demo.officer',
      password: 'Wrong#Pass1',
    });
    assert.equal(fifth.statusCode, 423);
    assert.equal(fifth.json().code, 'ACCOUNT_LOCKED');
    const right = await call(env.app, null, 'POST', '/api/auth/login', {
      username: 'demo.officer',
      password: 'Demo#Pass2026',
    });
    assert.equal(right.statusCode, 423, 'even the right password is refused while locked');
    assert.match(right.json().message, /分钟后再试/);
    const user = await env.services.db
      .selectFrom('users')
      .select('locked_until')
      .where('username', '=', 'demo.officer')
      .executeTakeFirstOrThrow();
    const minutes = ((user.locked_until?.getTime() ?? 0) - env.services.clock.now().getTime()) / 60000;
    assert.ok(minutes > 14 && minutes <= 15, `locked for ${minutes} minutes`);
    const log = await env.services.db
      .selectFrom('login_log')
      .select(['success', 'reason'])
      .where('username', '=', 'demo.officer')
      .execute();
    assert.ok(log.some((l) => l.reason === 'locked_now'));
    const locked = await env.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'auth.account_locked')
      .execute();
    assert.equal(locked.length, 1);
  });

  test('an unknown name is answered exactly as a real account with a wrong password, lock included', async () => {
    const attempt = async (username: string) => {
      const r = await call(env.app, null, 'POST', '/api/auth/login', { username, password: 'Wrong#Pass1' });
      return { status: r.statusCode, body: r.json() as unknown };
    };
    // Six attempts: four countdowns, the lock, then the answer while locked.
    for (let i = 1; i <= 6; i++) {
      const real = await attempt('demo.leader');
      const unknown = await attempt('Nobody.Here');
      assert.deepEqual(unknown, real, `attempt ${i}`);
      if (i < 5) assert.equal(real.status, 401);
      else assert.equal(real.status, 423);
    }
    const right = await call(env.app, null, 'POST', '/api/auth/login', {
      username: 'demo.leader',
      password: 'Demo#Pass2026',
    });
    assert.equal(right.statusCode, 423, 'the real account is still locked');
  });

  test('a disabled account answers a wrong password like any other and says it is disabled only to its owner', async () => {
    await env.services.db
      .updateTable('users')
      .set({ disabled_at: env.services.clock.now() })
      .where('username', '=', 'demo.supervisor')
      .execute();
    const wrong = await call(env.app, null, 'POST', '/api/auth/login', {
      username: 'demo.supervisor',
      password: 'Wrong#Pass1',
    });
    const unknown = await call(env.app, null, 'POST', '/api/auth/login', {
      username: 'nobody.else',
      password: 'Wrong#Pass1',
    });
    assert.equal(wrong.statusCode, 401);
    assert.deepEqual(wrong.json(), unknown.json());
    const right = await call(env.app, null, 'POST', '/api/auth/login', {
      username: 'demo.supervisor',
      password: 'Demo#Pass2026',
    });
    assert.equal(right.statusCode, 403);
    assert.equal(right.json().code, 'ACCOUNT_DISABLED');
  });

  test('a session idle for more than thirty minutes expires and says so', async () => {
    const s = await signIn(env.app, 'demo.legal');
    assert.equal((await call(env.app, s, 'GET', '/api/auth/session')).statusCode, 200);
    await env.services.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(env.services.clock.now().getTime() - 31 * 60_000) })
      .execute();
    const r = await call(env.app, s, 'GET', '/api/auth/session');
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().code, 'SESSION_EXPIRED');
  });

  test('a write without the CSRF token is refused even with a valid session cookie', async () => {
    const s = await signIn(env.app, 'demo.sysadmin');
    const r = await env.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().code, 'CSRF_REJECTED');
    const ok = await call(env.app, s, 'POST', '/api/auth/logout');
    assert.equal(ok.statusCode, 200);
  });

  test('the session cookie is httpOnly and SameSite=Strict, and security headers are set', async () => {
    const r = await call(env.app, null, 'POST', '/api/auth/login', {
      username: 'demo.head',
      password: 'Demo#Pass2026',
    });
    const setCookie = String(r.headers['set-cookie']);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
    assert.equal(r.headers['x-frame-options'], 'SAMEORIGIN');
    assert.match(String(r.headers['content-security-policy']), /default-src 'self'/);
  });

  test('the session answer with its CSRF token, and every other API answer, may not be cached', async () => {
    const s = await signIn(env.app, 'demo.head');
    const session = await call(env.app, s, 'GET', '/api/auth/session');
    assert.equal(session.statusCode, 200);
    assert.equal(session.headers['cache-control'], 'no-store');
    const missing = await call(env.app, s, 'GET', '/api/no-such-endpoint');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.headers['cache-control'], 'no-store');
  });

  test('anonymous requests to the console API get 401', async () => {
    const r = await call(env.app, null, 'GET', '/api/orgs');
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().code, 'UNAUTHENTICATED');
  });
});
