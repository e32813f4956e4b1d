// The bureau's list of review requests says which step is due next and when (the stored deadline), so a request
// about to run out is seen without opening it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, signIn, type TestEnv } from '../../../../test/helpers';

let env: TestEnv;
before(async () => {
  env = await createTestEnv({ demo: true });
});
after(() => env.close());

interface Row {
  trackingNumber: string;
  status: string;
  openDeadline: { label: string; due: string; warningLevel: string } | null;
}

test('lists each request with the deadline now due, and none once it is answered', async () => {
  const filed = await env.app.inject({
    method: 'POST',
    url: '/api/public/normative-review-requests',
    payload: {
      regionCode: '159901',
      documentTitle: '示范区某管理办法（测试）',
      requesterKind: 'citizen',
      requesterName: '示范·测试公民',
      reasons: '第三条增加了公民义务，缺少上位法依据。',
    },
    remoteAddress: '192.0.2.45',
  });
  assert.equal(filed.statusCode, 201, filed.body);
  const { trackingNumber, acceptanceDue } = filed.json();
  const reviewer = await signIn(env.app, 'demo.reviewer');
  const list = async () =>
    (await call(env.app, reviewer, 'GET', '/api/normative-review-requests?pageSize=100')).json() as { items: Row[] };
  const mine = (await list()).items.find((r) => r.trackingNumber === trackingNumber);
  assert.equal(mine?.openDeadline?.due, acceptanceDue);
  assert.match(mine?.openDeadline?.label ?? '', /受理/);
  const answered = (await list()).items.find((r) => r.status === 'answered');
  assert.ok(answered, 'the demo has an answered request');
  assert.equal(answered.openDeadline, null);
});
