// The expert pool through the API: the justice bureau adds experts with their declared interests; a draw for a
// decision excludes an expert who declared an interest in a party it names and one out of term (第二十条), is
// recorded with its inputs and checks out when recomputed — and no longer does when its record is altered.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DecisionExpertList, ExpertDraw } from '@fazhi/core/contracts';
import { call, createTestEnv, signIn, type Session, type TestEnv } from '../../../../test/helpers';

let env: TestEnv;
let reviewer: Session;
const region = '159901';

before(async () => {
  env = await createTestEnv();
  reviewer = await signIn(env.app, 'demo.reviewer');
});
after(async () => env?.close());

test('a draw excludes declared interests and ended terms, is recorded with its inputs and can be checked', async () => {
  const today = env.services.clock.today();
  const y = Number(today.slice(0, 4));
  const field = '水利工程（测试）';
  const add = (name: string, extra: Record<string, unknown> = {}) =>
    call(env.app, reviewer, 'POST', '/api/decision-experts', {
      regionCode: region,
      name,
      field,
      employer: '测试研究院',
      termFrom: `${y - 1}-01-01`,
      termTo: `${y + 1}-12-31`,
      conflicts: [],
      ...extra,
    });
  for (const name of ['测试甲', '测试乙', '测试丙']) assert.equal((await add(name)).statusCode, 201);
  assert.equal((await add('测试丁', { conflicts: ['示范水务集团有限公司'] })).statusCode, 201);
  assert.equal((await add('测试戊', { termFrom: `${y - 3}-01-01`, termTo: `${y - 2}-12-31` })).statusCode, 201);
  const wrongTerm = await add('测试己', { termFrom: `${y}-06-01`, termTo: `${y}-01-01` });
  assert.equal(wrongTerm.statusCode, 422);
  assert.equal(wrongTerm.json().fields[0].path, 'termTo');

  const drawn = await call(env.app, reviewer, 'POST', '/api/decision-expert-draws', {
    regionCode: region,
    matter: '示范区水厂扩建（测试）',
    field,
    count: 2,
    interests: ['示范水务集团'],
  });
  assert.equal(drawn.statusCode, 201, drawn.body);
  const d = drawn.json() as ExpertDraw;
  assert.deepEqual(d.candidates.map((c) => c.name).sort(), ['测试丙', '测试乙', '测试甲']);
  assert.deepEqual(d.excluded.map((e) => e.name).sort(), ['测试丁', '测试戊']);
  assert.match(d.excluded.find((e) => e.name === '测试丁')!.reason, /示范水务集团有限公司.*第二十条/);
  assert.equal(d.drawn.length, 2);
  assert.ok(d.drawn.every((x) => d.candidates.some((c) => c.id === x.id)));
  assert.equal(d.verified, true);
  assert.match(d.seed, /^[0-9a-f]{32}$/);

  // altering the recorded outcome is caught on the next read
  const other = d.candidates.find((c) => !d.drawn.some((x) => x.id === c.id))!;
  await env.services.db
    .updateTable('decision_expert_draws')
    .set({ drawn: JSON.stringify([{ ...other, employer: '测试研究院' }, d.drawn[1]]) })
    .where('id', '=', d.id)
    .execute();
  const again = (await call(env.app, reviewer, 'GET', `/api/decision-expert-draws/${d.id}`)).json() as ExpertDraw;
  assert.equal(again.verified, false);

  const tooMany = await call(env.app, reviewer, 'POST', '/api/decision-expert-draws', {
    regionCode: region,
    matter: '示范区水厂扩建（测试）',
    field,
    count: 4,
    interests: ['示范水务集团'],
  });
  assert.equal(tooMany.statusCode, 422);
  assert.equal(tooMany.json().code, 'NOT_ENOUGH_EXPERTS');

  const actions = (
    await env.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'decision_expert.%')
      .where('summary', 'like', '%测试%')
      .execute()
  ).map((r) => r.action);
  assert.equal(actions.filter((a) => a === 'decision_expert.added').length, 5);
  assert.equal(actions.filter((a) => a === 'decision_expert.drawn').length, 1);
});

test('the demo region’s pool and its recorded draw, labelled demo', async () => {
  const list = (await call(env.app, reviewer, 'GET', '/api/decision-experts')).json() as DecisionExpertList;
  assert.ok(list.items.filter((e) => e.isDemo).length >= 6);
  assert.deepEqual(list.regions.find((r) => r.code === region)?.abilities, { read: true, manage: true, draw: true });
  const draws = (await call(env.app, reviewer, 'GET', '/api/decision-expert-draws')).json() as { items: ExpertDraw[] };
  const demo = draws.items.find((d) => d.isDemo)!;
  assert.ok(demo.verified);
  assert.ok(demo.excluded.some((e) => e.name === '示范·李城建'));
});
