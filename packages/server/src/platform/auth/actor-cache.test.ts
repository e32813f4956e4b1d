// The signed-in request path (issue 12): the actor is kept in memory, so a request costs one query for the session;
// and every change to what the actor is made of — a role withdrawn, the account disabled, the password changed,
// the session ended — shows at once on another server (a second app instance on the same database), whatever wrote
// it (an API of the other server, or SQL by hand).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { sql } from 'kysely';
import { call, createTestEnv, DEMO_PASSWORD, signIn, userId, type Session, type TestEnv } from '../../../test/helpers';
import { buildApp } from '../http/app';

let env: TestEnv;
let serverA: FastifyInstance;
let serverB: FastifyInstance;
let queries = 0;

// counts the statements server A sends
const counting: KyselyPlugin = {
  transformQuery: (args) => {
    queries++;
    return args.node;
  },
  transformResult: async (args) => args.result,
};

before(async () => {
  env = await createTestEnv();
  serverA = await buildApp({ ...env.services, db: env.services.db.withPlugin(counting) });
  serverB = await buildApp(env.services);
});
after(async () => {
  await serverA.close();
  await serverB.close();
  await env.close();
});

const session = (s: Session) => call(serverA, s, 'GET', '/api/auth/session');
const actions = async (s: Session) => {
  const res = await session(s);
  assert.equal(res.statusCode, 200, res.body);
  return res.json().actions as string[];
};

describe('the actor kept in memory', () => {
  test('a signed-in request after the first reads only the session (one query), not the user and roles again', async () => {
    const s = await signIn(serverA, 'demo.auditor');
    queries = 0;
    await actions(s);
    const first = queries;
    queries = 0;
    await actions(s);
    // the session view itself reads units and regions; the actor's user and role queries are not repeated
    assert.equal(queries, first - 2);
  });

  test('a role withdrawn (by SQL, as another tool would) is gone on the next request', async () => {
    const s = await signIn(serverA, 'demo.legal');
    assert.ok((await actions(s)).includes('normative.draft'));
    await sql`DELETE FROM role_assignments WHERE user_id = ${await userId(env, 'demo.legal')}::uuid
      AND role = 'legal_officer'`.execute(env.services.db);
    assert.ok(!(await actions(s)).includes('normative.draft'));
  });

  test('a disabled account is refused on the next request', async () => {
    const s = await signIn(serverA, 'demo.head');
    await actions(s);
    await env.services.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('username', '=', 'demo.head')
      .execute();
    assert.equal((await session(s)).statusCode, 401);
  });

  test('a password changed on another server shows at once: other sessions end, the must-change flag is lifted', async () => {
    await env.services.db
      .updateTable('users')
      .set({ must_change_password: true })
      .where('username', '=', 'demo.officer')
      .execute();
    const a = await signIn(serverA, 'demo.officer');
    assert.equal((await session(a)).json().user.mustChangePassword, true);
    const b = await signIn(serverB, 'demo.officer');
    const changed = await call(serverB, b, 'POST', '/api/auth/change-password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Changed#Pass2027',
      confirmPassword: 'Changed#Pass2027',
    });
    assert.equal(changed.statusCode, 200, changed.body);
    // the other sessions of the user end; the one that changed it reads the user as they are now on this server too
    assert.equal((await session(a)).statusCode, 401);
    assert.equal((await session(b)).json().user.mustChangePassword, false);
  });

  test('a session ended on another server is refused on this one', async () => {
    const s = await signIn(serverA, 'demo.supervisor');
    await actions(s);
    assert.equal((await call(serverB, s, 'POST', '/api/auth/logout')).statusCode, 200);
    assert.equal((await session(s)).statusCode, 401);
  });
});
