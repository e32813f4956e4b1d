import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conflictsWith, drawByRank, eligibleExperts, type PoolExpert } from './experts';

const expert = (id: string, extra: Partial<PoolExpert> = {}): PoolExpert => ({
  id,
  name: `专家${id}`,
  field: '城乡规划',
  termFrom: '2026-01-01',
  termTo: '2028-12-31',
  conflicts: [],
  ...extra,
});

test('第二十条: an expert who declared an interest in a party of the matter is excluded, with the reason', () => {
  const pool = [expert('a'), expert('b', { conflicts: ['示范城建集团有限公司'] }), expert('c', { field: '法律' })];
  const { candidates, excluded } = eligibleExperts(pool, {
    field: '城乡规划',
    interests: ['示范城建集团'],
    on: '2027-03-01',
  });
  assert.deepEqual(
    candidates.map((e) => e.id),
    ['a'],
  );
  assert.equal(excluded.length, 1);
  assert.match(excluded[0]!.reason, /示范城建集团有限公司.*第二十条/);
});

test('an expert out of term is not drawn; declared interests match either way round, ignoring spaces', () => {
  const { candidates, excluded } = eligibleExperts([expert('a', { termTo: '2026-12-31' })], {
    field: '城乡规划',
    interests: [],
    on: '2027-01-23',
  });
  assert.equal(candidates.length, 0);
  assert.match(excluded[0]!.reason, /聘期/);
  assert.deepEqual(conflictsWith(['示范 大学'], ['示范大学建筑学院']), ['示范 大学']);
  assert.deepEqual(conflictsWith(['示范大学'], ['无关单位']), []);
});

test('the draw takes the lowest ranks, so the same seed and candidates give the same experts', () => {
  const candidates = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const rank = (id: string) => ({ a: '9', b: '1', c: '5', d: '3' })[id]!;
  assert.deepEqual(
    drawByRank(candidates, 2, rank)?.map((c) => c.id),
    ['b', 'd'],
  );
  assert.deepEqual(
    drawByRank([...candidates].reverse(), 2, rank)?.map((c) => c.id),
    ['b', 'd'],
  );
  assert.equal(drawByRank(candidates, 5, rank), null);
});
