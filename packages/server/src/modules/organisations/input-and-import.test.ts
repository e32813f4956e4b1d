import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { call, createTestEnv, signIn, type Session, type TestEnv } from '../../../test/helpers';
import { createRegion } from './commands/create-region';
import { createOrg } from './commands/create-org';
import { createUser } from './commands/create-user';

let env: TestEnv;
let admin: Session;
let government: string;
before(async () => {
  env = await createTestEnv();
  admin = await signIn(env.app, 'demo.sysadmin');
  government = (
    await env.services.db.selectFrom('orgs').select('id').where('name', '=', '示范区人民政府').executeTakeFirstOrThrow()
  ).id;
});
after(() => env.close());

async function workbook(orgs: string[][], users: string[][]) {
  const wb = new ExcelJS.Workbook();
  const o = wb.addWorksheet('单位');
  o.addRow(['单位名称', '上级单位名称', '单位类型', '行政区划代码', '统一社会信用代码', '简称']);
  orgs.forEach((r) => o.addRow(r));
  const u = wb.addWorksheet('用户');
  u.addRow(['用户名', '姓名', '所属单位名称', '角色', '授权范围', '身份证号', '手机号']);
  users.forEach((r) => u.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (s: Session, payload: Buffer) =>
  env.app.inject({
    method: 'POST',
    url: '/api/directory/import',
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    payload,
  });

describe('bad input gets a clear 4xx and nothing half-written', () => {
  test('an invalid 行政区划代码, 统一社会信用代码 and unit type are named field by field', async () => {
    const r = await call(env.app, admin, 'POST', '/api/orgs', {
      regionCode: '12345',
      parentId: government,
      name: '测试局',
      kind: 'ministry',
      uscc: '91350100M000100Y44',
    });
    assert.equal(r.statusCode, 400);
    const paths = r
      .json()
      .fields.map((f: { path: string }) => f.path)
      .sort();
    assert.deepEqual(paths, ['kind', 'regionCode', 'uscc']);
    assert.match(r.json().message, /行政区划代码|类型|统一社会信用代码/);
    assert.doesNotMatch(r.json().message, /regionCode|kind|uscc|字段/, 'no identifier of ours in the message');
  });
  test('script in a name is stored as text, control characters are refused, malformed JSON is a 400', async () => {
    const xss = '<script>alert(1)</script>示范区测试局';
    const ok = await call(env.app, admin, 'POST', '/api/orgs', {
      regionCode: '159901',
      parentId: government,
      name: xss,
      kind: 'department',
    });
    assert.equal(ok.statusCode, 201);
    assert.equal(ok.json().name, xss);
    const nul = await call(env.app, admin, 'POST', '/api/orgs', {
      regionCode: '159901',
      parentId: government,
      name: 'a\u0000b',
      kind: 'department',
    });
    assert.equal(nul.statusCode, 400);
    const bad = await env.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
      payload: '{"name":',
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'BAD_REQUEST');
  });
  test('a duplicate unit name under the same parent is a 409, and an unknown API path a JSON 404', async () => {
    const body = { regionCode: '159901', parentId: government, name: '示范区财政局', kind: 'department' };
    const r = await call(env.app, admin, 'POST', '/api/orgs', body);
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().code, 'DUPLICATE');
    const nf = await call(env.app, admin, 'GET', '/api/nothing-here');
    assert.equal(nf.statusCode, 404);
    assert.equal(nf.json().code, 'NOT_FOUND');
  });
});

describe('Excel import of units and users', () => {
  test('a workbook with one bad row imports nothing and reports every problem by row', async () => {
    const before = await env.services.db
      .selectFrom('orgs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const file = await workbook(
      [
        ['示范区体育局', '示范区人民政府', '政府部门', '159901', '', '体育局'],
        ['示范区档案馆', '不存在的单位', '事业单位', '159901', '', ''],
      ],
      [['li.si', '李四', '示范区体育局', '部门法制工作人员', '本单位', '110105194912310021', '']],
    );
    const r = await upload(admin, file);
    assert.equal(r.statusCode, 422);
    const fields = r.json().fields.map((f: { path: string }) => f.path);
    assert.ok(fields.includes('单位!3.单位类型'));
    assert.ok(fields.includes('单位!3.上级单位名称'));
    assert.ok(fields.includes('用户!2.idNumber'));
    const after = await env.services.db
      .selectFrom('orgs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(after.n, before.n);
  });
  test('a clean workbook imports units and users with audit events and one-time passwords', async () => {
    const file = await workbook(
      [
        ['示范区体育局', '示范区人民政府', '政府部门', '159901', '', '体育局'],
        ['示范区体育局法规股', '示范区体育局', '内设机构', '159901', '', ''],
      ],
      [['li.si', '李四', '示范区体育局', '部门法制工作人员', '本单位', '11010519491231002X', '13900001111']],
    );
    const r = await upload(admin, file);
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().orgsImported, 2);
    assert.equal(r.json().usersImported, 1);
    const events = await env.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('summary', 'like', '导入单位%')
      .execute();
    assert.equal(events.length, 2);
  });
  test('a non-Excel upload is refused with a Chinese message, and a department officer may not import', async () => {
    const r = await upload(admin, Buffer.from('not a workbook'));
    assert.equal(r.statusCode, 422);
    assert.equal(r.json().code, 'IMPORT_UNREADABLE');
    const legal = await signIn(env.app, 'demo.legal');
    const file = await workbook([['示范区某局', '示范区人民政府', '政府部门', '159901', '', '']], []);
    const denied = await upload(legal, file);
    assert.equal(denied.statusCode, 403, 'one who manages no unit or user anywhere is refused outright');
    assert.equal(denied.json().code, 'FORBIDDEN');
    // A manager of another county reaches the per-row report instead. The units of 示范区 are not his to see,
    // so the report says the parent does not exist rather than confirming that it exists elsewhere.
    const sys = { actor: null, ip: null };
    await createRegion(env.services, sys, { code: '159903', name: '另一区（测试）', parentCode: '159900' });
    const { id: gov3 } = await createOrg(env.services, sys, {
      regionCode: '159903',
      name: '另一区人民政府',
      kind: 'government',
    });
    const { id: uid } = await createUser(env.services, sys, {
      username: 'import.other',
      displayName: '另一区管理员',
      orgId: gov3,
      assignments: [{ role: 'system_admin', orgId: gov3, scope: 'region_subtree' }],
    });
    const hash = await env.services.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'demo.legal')
      .executeTakeFirstOrThrow();
    await env.services.db
      .updateTable('users')
      .set({ password_hash: hash.password_hash, must_change_password: false })
      .where('id', '=', uid)
      .execute();
    const other = await signIn(env.app, 'import.other');
    const rejected = await upload(other, file);
    assert.equal(rejected.statusCode, 422);
    assert.deepEqual(rejected.json().fields, [
      { path: '单位!2.上级单位名称', message: '上级单位「示范区人民政府」不存在（须已存在或在本表前面的行中）' },
    ]);
    // and a unit named like one of 示范区's units is his to create under his own government
    const own = await workbook([['示范区财政局', '另一区人民政府', '政府部门', '159903', '', '']], []);
    const created = await upload(other, own);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().orgsImported, 1);
  });
});
