// 发文机关代字 listing for the settings page: the system administrator sees the units of the region with their
// prefixes (internal offices left out, since they never issue normative documents); others see none.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, orgId, signIn, type TestEnv } from '../../../../test/helpers';
import { createOrg } from '../../organisations/commands/create-org';

let env: TestEnv;
before(async () => {
  env = await createTestEnv({ demo: true });
});
after(() => env.close());

interface Issuer {
  orgId: string;
  orgName: string;
  numberPrefix: string | null;
}

test('lists the units with their issuer prefixes and shows a prefix once it is set', async () => {
  const admin = await signIn(env.app, 'demo.sysadmin');
  const before = (await call(env.app, admin, 'GET', '/api/normative-issuers')).json() as { items: Issuer[] };
  const gov = before.items.find((i) => i.orgName === '示范区人民政府');
  assert.ok(gov?.numberPrefix, 'the demo government has its prefix');
  const market = await orgId(env, '示范区市场监督管理局');
  const put = await call(env.app, admin, 'PUT', '/api/normative-issuers', { orgId: market, numberPrefix: '示市监规' });
  assert.equal(put.statusCode, 200);
  const after = (await call(env.app, admin, 'GET', '/api/normative-issuers')).json() as { items: Issuer[] };
  assert.equal(after.items.find((i) => i.orgId === market)?.numberPrefix, '示市监规');
});

test('leaves out internal offices, which may not issue normative documents', async () => {
  const parentId = await orgId(env, '示范区人民政府');
  await createOrg(
    env.services,
    { actor: null, ip: null },
    {
      regionCode: '159901',
      parentId,
      name: '示范区人民政府办公室秘书科（测试）',
      kind: 'internal_office',
    },
  );
  const admin = await signIn(env.app, 'demo.sysadmin');
  const list = (await call(env.app, admin, 'GET', '/api/normative-issuers')).json() as { items: Issuer[] };
  assert.ok(list.items.length > 0);
  assert.ok(!list.items.some((i) => i.orgName.includes('秘书科')));
});

test('lists nothing to a legal officer, who may not set prefixes', async () => {
  const legal = await signIn(env.app, 'demo.legal');
  const res = await call(env.app, legal, 'GET', '/api/normative-issuers');
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json().items, []);
});
