// What the organisations module tells people (站内消息), and the platform notification path it uses: created in the
// write transaction or by an event handler after commit, deduplicated by key, readable only by its recipient.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  call,
  createTestEnv,
  emptyInboxes,
  orgId,
  signIn,
  userId,
  type Session,
  type TestEnv,
} from '../../../test/helpers';
import { drainOutbox } from '../../platform/jobs/outbox';
import { notify } from '../../platform/notifications';
import { inWriteTransaction } from '../../platform/write';

let env: TestEnv;
let sysadmin: Session;
let officer: Session;
let officerId: string;
let amr: string;

interface Listed {
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  body: string;
  readAt: string | null;
}
const inbox = async (s: Session, query = '') => {
  const r = await call(env.app, s, 'GET', `/api/notifications${query}`);
  assert.equal(r.statusCode, 200, r.body);
  return r.json() as { total: number; unread: number; items: Listed[] };
};

before(async () => {
  env = await createTestEnv();
  await emptyInboxes(env);
  sysadmin = await signIn(env.app, 'demo.sysadmin');
  officer = await signIn(env.app, 'demo.officer');
  officerId = await userId(env, 'demo.officer');
  amr = await orgId(env, '示范区市场监督管理局');
});
after(() => env.close());

describe('notifications from the organisations module', () => {
  test('a person whose roles change is told after commit, once, however often the outbox is drained', async () => {
    const r = await call(env.app, sysadmin, 'POST', `/api/users/${officerId}/roles`, {
      role: 'legal_officer',
      orgId: amr,
      scope: 'own_org',
    });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal((await inbox(officer)).total, 0, 'nothing before the event is handled');
    await drainOutbox(env.services);
    await drainOutbox(env.services);
    const mine = await inbox(officer);
    assert.equal(mine.total, 1);
    assert.equal(mine.unread, 1);
    const [n] = mine.items;
    assert.equal(n?.kind, 'user.roles_changed');
    assert.equal(n?.kindLabel, '角色变更');
    assert.equal(n?.title, '您在示范区市场监督管理局被授予「部门法制工作人员」角色');
    assert.match(n?.body ?? '', /示范·系统管理员/);
    // Nobody else got it.
    assert.equal((await inbox(sysadmin)).total, 0);
  });

  test('a revoked role is announced too', async () => {
    const user = (await call(env.app, sysadmin, 'GET', `/api/users/${officerId}`)).json() as {
      assignments: { id: string; role: string }[];
    };
    const legal = user.assignments.find((a) => a.role === 'legal_officer');
    assert.ok(legal);
    const r = await call(env.app, sysadmin, 'DELETE', `/api/users/${officerId}/roles/${legal.id}`);
    assert.equal(r.statusCode, 200, r.body);
    await drainOutbox(env.services);
    officer = await signIn(env.app, 'demo.officer'); // revoking ends the person's sessions
    const titles = (await inbox(officer)).items.map((n) => n.title);
    assert.ok(titles.includes('您在示范区市场监督管理局被撤销「部门法制工作人员」角色'), titles.join('；'));
  });

  test('an unlocked account and a reset password are announced in the same transaction', async () => {
    const head = await userId(env, 'demo.head');
    await env.services.db
      .updateTable('users')
      .set({ locked_until: new Date(env.services.clock.now().getTime() + 600_000) })
      .where('id', '=', head)
      .execute();
    assert.equal((await call(env.app, sysadmin, 'POST', `/api/users/${head}/unlock`)).statusCode, 200);
    assert.equal((await call(env.app, sysadmin, 'POST', `/api/users/${head}/reset-password`)).statusCode, 200);
    const kinds = (
      await env.services.db.selectFrom('notifications').select('kind').where('user_id', '=', head).execute()
    ).map((n) => n.kind);
    assert.deepEqual(kinds.sort(), ['user.account_unlocked', 'user.password_reset']);
  });

  test('an account locked by failed sign-ins is told when and from where', async () => {
    for (let i = 0; i < 5; i++)
      await call(env.app, null, 'POST', '/api/auth/login', { username: 'demo.leader', password: 'Wrong#Pass1' });
    const leader = await userId(env, 'demo.leader');
    const rows = await env.services.db
      .selectFrom('notifications')
      .select(['kind', 'body'])
      .where('user_id', '=', leader)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.kind, 'auth.account_locked');
    assert.match(rows[0]?.body ?? '', /连续失败 5 次，账号锁定 15 分钟/);
  });
});

describe('the notification inbox', () => {
  test('only the recipient may mark a notification read; others get 404, the public 401', async () => {
    const [n] = (await inbox(officer)).items;
    assert.ok(n);
    assert.equal((await call(env.app, sysadmin, 'POST', `/api/notifications/${n.id}/read`)).statusCode, 404);
    assert.equal((await call(env.app, null, 'POST', `/api/notifications/${n.id}/read`)).statusCode, 401);
    assert.equal((await call(env.app, null, 'GET', '/api/notifications')).statusCode, 401);
    const ok = await call(env.app, officer, 'POST', `/api/notifications/${n.id}/read`);
    assert.equal(ok.statusCode, 200);
    const after = await inbox(officer);
    assert.equal(after.unread, after.total - 1);
    assert.equal((await inbox(officer, '?unread=1')).total, after.total - 1);
    await call(env.app, officer, 'POST', '/api/notifications/read-all');
    assert.equal((await inbox(officer)).unread, 0);
    assert.equal((await call(env.app, officer, 'GET', '/api/notifications?unread=yes')).statusCode, 400);
  });

  test('notify() creates one notification per user and dedupe key, and nothing when the transaction rolls back', async () => {
    const legal = await userId(env, 'demo.legal');
    const input = {
      userId: legal,
      kind: 'user.roles_changed',
      title: '测试',
      body: '测试消息。',
      link: '/console',
      dedupeKey: 'same-key',
    };
    assert.equal(await notify(env.services.db, input), true);
    assert.equal(await notify(env.services.db, input), false);
    await assert.rejects(
      inWriteTransaction(env.services, { actor: null, ip: null }, async (w) => {
        await w.notify({ ...input, dedupeKey: 'rolled-back' });
        throw new Error('abort');
      }),
      /abort/,
    );
    const rows = await env.services.db
      .selectFrom('notifications')
      .select(['dedupe_key', 'region_code'])
      .where('user_id', '=', legal)
      .execute();
    assert.deepEqual(rows, [{ dedupe_key: 'same-key', region_code: '159901' }]);
  });
});
