// The portal's search reads a list in code order first and turns to the words' index only for a rarer phrase
// (public-lists.ts, firstMatches): both ways must find the same items, in the same order, and a phrase whose every
// CJK pair is common (中华人民共和国) still finds the items citing it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PublicPowerListPage } from '@fazhi/core/contracts';
import { call, createTestEnv, type TestEnv } from '../../../../test/helpers';
import { versionStanding } from '../support';
import { firstMatches } from './public-lists';

let env: TestEnv;
before(async () => {
  env = await createTestEnv({ demoDay: 'run' });
});
after(async () => env?.close());

test('a phrase of common pairs finds its items, read in code order or through the index alike', async () => {
  const res = await call(
    env.app,
    null,
    'GET',
    `/api/public/power-lists/powers?q=${encodeURIComponent('中华人民共和国')}&pageSize=50`,
  );
  assert.equal(res.statusCode, 200, res.body);
  const page = res.json() as PublicPowerListPage;
  assert.ok(page.total > 0);
  assert.ok(page.items.every((i) => i.legalBases.some((b) => b.law.includes('中华人民共和国'))));
  const codes = page.items.map((i) => i.code);
  assert.deepEqual(codes, [...codes].sort());

  const s = await versionStanding(env.services.db, '159901', 'powers', env.services.clock.today());
  const inForce = s.versions.find((v) => v.version_no === s.inForce)!;
  for (const q of ['中华人民共和国', '处罚', '食品经营许可', '罚', '不存在的事项名称']) {
    const args = [env.services, '159901', 'powers', inForce.version_no, inForce.item_count, { q }] as const;
    // read bound 1: the first item holds at most one match, so the index answers; the default reads the whole list
    const inCodeOrder = await firstMatches(...args);
    const indexed = await firstMatches(...args, 1);
    assert.deepEqual(inCodeOrder, indexed, q);
  }
});
