// The scope matrix for every endpoint of the organisations and audit modules: the same unit, a sibling unit,
// the parent unit, another region, and the anonymous public.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, orgId, signIn, userId, type Session, type TestEnv } from '../../../test/helpers';
import { createRegion } from './commands/create-region';
import { createOrg } from './commands/create-org';
import { createUser } from './commands/create-user';

let env: TestEnv;
let legal: Session; // 市场监管局 legal officer, own unit
let head: Session; // 市场监管局 unit head, unit subtree (user.read)
let sysadmin: Session; // demo region system administrator
let otherAdmin: Session; // system administrator of another county
let amr: string;
let finance: string;
let government: string;
let otherDept: string;

before(async () => {
  env = await createTestEnv();
  const sys = { actor: null, ip: null };
  await createRegion(env.services, sys, { code: '159902', name: '对照区（测试）', parentCode: '159900' });
  const { id: gov2 } = await createOrg(env.services, sys, {
    regionCode: '159902',
    name: '对照区人民政府',
    kind: 'government',
  });
  const { id: dept2 } = await createOrg(env.services, sys, {
    regionCode: '159902',
    parentId: gov2,
    name: '对照区市场监督管理局',
    kind: 'department',
  });
  otherDept = dept2;
  await createUser(env.services, sys, {
    username: 'other.admin',
    displayName: '对照区管理员',
    orgId: gov2,
    assignments: [
      { role: 'system_admin', orgId: gov2, scope: 'region_subtree' },
      { role: 'security_admin', orgId: gov2, scope: 'region_subtree' },
    ],
  });
  await env.services.db
    .updateTable('users')
    .set({
      must_change_password: false,
      password_hash: (
        await env.services.db
          .selectFrom('users')
          .select('password_hash')
          .where('username', '=', 'demo.legal')
          .executeTakeFirstOrThrow()
      ).password_hash,
    })
    .where('username', '=', 'other.admin')
    .execute();
  legal = await signIn(env.app, 'demo.legal');
  head = await signIn(env.app, 'demo.head');
  sysadmin = await signIn(env.app, 'demo.sysadmin');
  otherAdmin = await signIn(env.app, 'other.admin');
  amr = await orgId(env, '示范区市场监督管理局');
  finance = await orgId(env, '示范区财政局');
  government = await orgId(env, '示范区人民政府');
});
after(() => env.close());

describe('organisations', () => {
  test('a department officer sees only their own unit in the org list', async () => {
    const r = await call(env.app, legal, 'GET', '/api/orgs');
    assert.equal(r.statusCode, 200);
    assert.deepEqual(
      r.json().items.map((o: { id: string }) => o.id),
      [amr],
    );
  });
  test('reading a unit: same unit 200, sibling 404, parent 404, other region 404, anonymous 401', async () => {
    const codes = [];
    for (const id of [amr, finance, government, otherDept])
      codes.push((await call(env.app, legal, 'GET', `/api/orgs/${id}`)).statusCode);
    codes.push((await call(env.app, null, 'GET', `/api/orgs/${amr}`)).statusCode);
    assert.deepEqual(codes, [200, 404, 404, 404, 401]);
  });
  test('a reader without org.manage may read but not change their unit, and abilities say so', async () => {
    const r = await call(env.app, legal, 'GET', `/api/orgs/${amr}`);
    assert.deepEqual(r.json().abilities, { read: true, update: false, createChild: false });
    assert.equal((await call(env.app, legal, 'PATCH', `/api/orgs/${amr}`, { name: '改名' })).statusCode, 403);
  });
  test('a region administrator manages units of the region but not of another region', async () => {
    assert.equal(
      (await call(env.app, sysadmin, 'PATCH', `/api/orgs/${finance}`, { shortName: '财政局' })).statusCode,
      200,
    );
    assert.equal(
      (await call(env.app, sysadmin, 'PATCH', `/api/orgs/${otherDept}`, { shortName: 'x' })).statusCode,
      404,
    );
    assert.equal(
      (await call(env.app, otherAdmin, 'PATCH', `/api/orgs/${finance}`, { shortName: 'x' })).statusCode,
      404,
    );
    const created = await call(env.app, sysadmin, 'POST', '/api/orgs', {
      regionCode: '159901',
      parentId: government,
      name: '示范区退役军人事务局',
      kind: 'department',
    });
    assert.equal(created.statusCode, 201);
    const foreign = await call(env.app, sysadmin, 'POST', '/api/orgs', {
      regionCode: '159902',
      parentId: otherDept,
      name: '越权单位',
      kind: 'internal_office',
    });
    assert.equal(foreign.statusCode, 422, 'a parent outside the scope is reported as not found');
  });
});

describe('users', () => {
  test('the user list holds only users of units in scope', async () => {
    const r = await call(env.app, head, 'GET', '/api/users');
    assert.equal(r.statusCode, 200);
    const names = r
      .json()
      .items.map((u: { username: string }) => u.username)
      .sort();
    assert.deepEqual(names, ['demo.head', 'demo.legal', 'demo.officer']);
    assert.equal(
      (await call(env.app, legal, 'GET', '/api/users')).json().total,
      0,
      'a legal officer may not list users',
    );
  });
  test('reading a user: own unit 200, other unit 404, other region 404, anonymous 401', async () => {
    const officer = await userId(env, 'demo.officer');
    const reviewer = await userId(env, 'demo.reviewer');
    const other = await userId(env, 'other.admin');
    assert.deepEqual(
      [
        (await call(env.app, head, 'GET', `/api/users/${officer}`)).statusCode,
        (await call(env.app, head, 'GET', `/api/users/${reviewer}`)).statusCode,
        (await call(env.app, head, 'GET', `/api/users/${other}`)).statusCode,
        (await call(env.app, null, 'GET', `/api/users/${officer}`)).statusCode,
      ],
      [200, 404, 404, 401],
    );
  });
  test('identifiers are encrypted at rest and masked unless the role may see them', async () => {
    const created = await call(env.app, sysadmin, 'POST', '/api/users', {
      username: 'wang.wu',
      displayName: '王五',
      orgId: finance,
      idNumber: '11010519491231002X',
      mobile: '13812345678',
      assignments: [{ role: 'legal_officer', orgId: finance, scope: 'own_org' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json();
    assert.equal(body.user.idNumber, '1101**********002X');
    assert.equal(body.user.mobile, '138****5678');
    assert.match(body.initialPassword, /^.{16}$/);
    const stored = await env.services.db
      .selectFrom('users')
      .select(['id_number_enc', 'mobile_enc'])
      .where('username', '=', 'wang.wu')
      .executeTakeFirstOrThrow();
    assert.match(stored.id_number_enc ?? '', /^sm4:/);
    assert.ok(!(stored.id_number_enc ?? '').includes('11010519491231002X'));
    const sec = await signIn(env.app, 'demo.secadmin');
    const clear = await call(env.app, sec, 'GET', `/api/users/${body.user.id}`);
    assert.equal(clear.json().idNumber, '11010519491231002X');
    const trail = await env.services.db
      .selectFrom('audit_events')
      .select('changes')
      .where('action', '=', 'user.created')
      .where('subject_id', '=', body.user.id)
      .executeTakeFirstOrThrow();
    assert.ok(
      !JSON.stringify(trail.changes).includes('11010519491231002X'),
      'the trail never holds identifiers in clear',
    );
  });
  test('nobody grants more than they hold: a region admin cannot grant platform scope or roles in another region', async () => {
    const officer = await userId(env, 'demo.officer');
    const platform = await call(env.app, sysadmin, 'POST', `/api/users/${officer}/roles`, {
      role: 'system_admin',
      orgId: amr,
      scope: 'platform',
    });
    assert.equal(platform.statusCode, 403);
    const foreign = await call(env.app, sysadmin, 'POST', `/api/users/${officer}/roles`, {
      role: 'legal_officer',
      orgId: otherDept,
      scope: 'own_org',
    });
    assert.equal(foreign.statusCode, 422);
    const ok = await call(env.app, sysadmin, 'POST', `/api/users/${officer}/roles`, {
      role: 'legal_officer',
      orgId: amr,
      scope: 'own_org',
    });
    assert.equal(ok.statusCode, 201);
    assert.equal(
      (
        await call(env.app, sysadmin, 'POST', `/api/users/${officer}/roles`, {
          role: 'legal_officer',
          orgId: amr,
          scope: 'own_org',
        })
      ).statusCode,
      409,
    );
  });
  test('resetting a password and unlocking are refused outside scope and audited inside it', async () => {
    const officer = await userId(env, 'demo.officer');
    assert.equal((await call(env.app, otherAdmin, 'POST', `/api/users/${officer}/reset-password`)).statusCode, 404);
    assert.equal((await call(env.app, head, 'POST', `/api/users/${officer}/reset-password`)).statusCode, 403);
    const r = await call(env.app, sysadmin, 'POST', `/api/users/${officer}/reset-password`);
    assert.equal(r.statusCode, 200);
    const event = await env.services.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'user.password_reset')
      .where('subject_id', '=', officer)
      .executeTakeFirstOrThrow();
    assert.equal(event.actor_username, 'demo.sysadmin');
    assert.equal(event.region_code, '159901');
  });
});

describe('audit log', () => {
  test('an auditor reads the trail of their region only; others get nothing', async () => {
    const auditor = await signIn(env.app, 'demo.auditor');
    const r = await call(env.app, auditor, 'GET', '/api/audit/events?pageSize=200');
    assert.equal(r.statusCode, 200);
    const regions = new Set(r.json().items.map((e: { regionCode: string }) => e.regionCode));
    assert.ok(regions.has('159901'));
    assert.ok(!regions.has('159902') && !regions.has('000000'));
    assert.equal((await call(env.app, legal, 'GET', '/api/audit/events')).json().total, 0);
    assert.equal((await call(env.app, null, 'GET', '/api/audit/events')).statusCode, 401);
    const v = await call(env.app, auditor, 'GET', '/api/audit/verify');
    assert.equal(v.json().ok, true);
    assert.equal((await call(env.app, legal, 'GET', '/api/audit/verify')).statusCode, 403);
  });
  test('the audit query filters by action and subject', async () => {
    const auditor = await signIn(env.app, 'demo.auditor');
    const r = await call(env.app, auditor, 'GET', '/api/audit/events?action=org.updated');
    assert.ok(r.json().items.every((e: { action: string }) => e.action === 'org.updated'));
    assert.ok(r.json().total >= 1);
    assert.equal((await call(env.app, auditor, 'GET', '/api/audit/events?from=not-a-date')).statusCode, 400);
  });
});
