import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, type TestEnv } from '../../../test/helpers';

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});
after(() => env.close());

describe('the public portal speaks in the name of its region', () => {
  test('anyone may read the portal identity: the region, its government as sponsor, the justice bureau', async () => {
    const res = await call(env.app, null, 'GET', '/api/public/portal');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.regionCode, '159901');
    assert.equal(body.regionName, '示范区（演示）');
    assert.equal(body.sponsor, '示范区人民政府');
    assert.equal(body.organiser, '示范区司法局');
    assert.equal(body.isDemo, true);
    assert.ok(Array.isArray(body.entries));
    for (const e of body.entries) assert.ok(e.path.startsWith('/') && !e.path.startsWith('/console'));
  });

  test('the search box refuses an empty query with a Chinese message naming the field', async () => {
    const res = await call(env.app, null, 'GET', '/api/public/search?q=%20');
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'VALIDATION_FAILED');
    assert.equal(res.json().fields[0].path, 'q');
    assert.match(res.json().message, /请输入要搜索的内容/);
  });

  test('a search answers with what the modules publish, and nothing for words that match nothing', async () => {
    const res = await call(env.app, null, 'GET', `/api/public/search?q=${encodeURIComponent('<script>不存在的词')}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().items, []);
  });
});
