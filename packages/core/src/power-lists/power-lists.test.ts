import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  adjustmentDateProblems,
  compareItems,
  indexTerms,
  itemProblems,
  planAdjustment,
  queryTerms,
  termsQuery,
  versionInForce,
  type ListItem,
} from './index';

const item = (code: string, over: Partial<ListItem> = {}): ListItem => ({
  code,
  name: `事项${code}`,
  itemKind: 'penalty',
  subItems: [],
  legalBases: [{ law: '《中华人民共和国食品安全法》', article: '第一百二十二条', clause: '第一款' }],
  bodyOrgId: 'org-a',
  responsibilities: ['立案责任'],
  accountability: ['不履行法定职责的'],
  extra: {},
  ...over,
});

test('an item is checked against its kind of list: item kind, basis, responsibilities, the list’s own columns', () => {
  assert.deepEqual(itemProblems('powers', item('XK-1')), {});
  const p = itemProblems('licensing', item('bad code!', { legalBases: [], responsibilities: [] }));
  assert.deepEqual(Object.keys(p).sort(), ['code', 'itemKind', 'legalBases']);
  assert.match(p.itemKind!, /行政许可事项清单只收录行政许可事项/);
  const biz = itemProblems('business_licensing', item('B-1', { itemKind: 'licensing', extra: { reformMode: '取消' } }));
  assert.match(biz.reformMode!, /改革方式应为直接取消审批、审批改为备案、实行告知承诺、优化审批服务之一/);
  assert.match(itemProblems('filing', item('F-1', { itemKind: 'other', extra: { x: '1' } })).extra!, /没有这些栏目：x/);
  assert.match(itemProblems('powers', item('P-1', { responsibilities: [] })).responsibilities!, /责任事项/);
});

test('the version in force is the newest whose effective date has come', () => {
  const versions = [
    { versionNo: 1, effectiveOn: '2026-01-01' },
    { versionNo: 2, effectiveOn: '2026-08-14' },
    { versionNo: 3, effectiveOn: '2026-12-01' },
  ];
  assert.equal(versionInForce(versions, '2025-12-31'), null);
  assert.equal(versionInForce(versions, '2026-08-14'), 2);
  assert.equal(versionInForce(versions, '2027-01-23'), 3);
  assert.deepEqual(
    adjustmentDateProblems({ approvedOn: '2026-08-14', effectiveOn: '2026-09-01' }, '2026-08-01', '2026-08-14'),
    {},
  );
  assert.deepEqual(
    Object.keys(adjustmentDateProblems({ approvedOn: '2026-08-15', effectiveOn: '2026-08-01' }, null, '2026-08-14')),
    ['approvedOn', 'effectiveOn'],
  );
  assert.match(
    adjustmentDateProblems({ approvedOn: '2026-08-01', effectiveOn: '2026-08-02' }, '2026-08-10', '2026-08-14')
      .effectiveOn!,
    /不能早于上一版本的施行日期（2026-08-10）/,
  );
});

test('each kind of adjustment keeps codes unique within a version and stable across versions', () => {
  const current = new Map(['A', 'B', 'C'].map((c) => [c, item(c)]));
  const none = { items: [], codes: [], toOrgId: null };
  assert.deepEqual(planAdjustment('add', current, { ...none, items: [item('D')] }), {
    plan: { closes: [], inserts: [item('D')] },
  });
  assert.match(JSON.stringify(planAdjustment('add', current, { ...none, items: [item('A')] })), /事项编码A已在清单中/);
  assert.deepEqual(planAdjustment('remove', current, { ...none, codes: ['A'] }), {
    plan: { closes: ['A'], inserts: [] },
  });
  assert.match(JSON.stringify(planAdjustment('remove', current, { ...none, codes: ['Z'] })), /清单中没有事项编码Z/);
  assert.match(JSON.stringify(planAdjustment('change', current, { ...none, items: [item('A')] })), /事项A没有任何变更/);
  const renamed = item('A', { name: '新名称' });
  assert.deepEqual(planAdjustment('change', current, { ...none, items: [renamed] }), {
    plan: { closes: ['A'], inserts: [renamed] },
  });
  const merged = item('A', { name: '合并后' });
  assert.deepEqual(planAdjustment('merge', current, { ...none, codes: ['A', 'B'], items: [merged] }), {
    plan: { closes: ['A', 'B'], inserts: [merged] },
  });
  assert.match(
    JSON.stringify(planAdjustment('merge', current, { ...none, codes: ['A', 'B'], items: [item('C')] })),
    /已被其他事项使用/,
  );
  const delegated = planAdjustment('delegate', current, { ...none, codes: ['C'], toOrgId: 'org-town' });
  assert.deepEqual(delegated, { plan: { closes: ['C'], inserts: [item('C', { bodyOrgId: 'org-town' })] } });
  assert.match(
    JSON.stringify(planAdjustment('delegate', current, { ...none, codes: ['C'], toOrgId: 'org-a' })),
    /已由该单位实施/,
  );
});

test('two versions compare by code, field by field, and seed 001’s reduction is 1,467 of 2,751: 53.3%', () => {
  const before = Array.from({ length: 2751 }, (_, i) => item(`P-${i}`));
  const after = before.slice(1467).map((i, n) => (n === 0 ? { ...i, name: '改名' } : i));
  after.push(item('NEW-1'));
  const c = compareItems(before, after);
  assert.equal(c.removed.length, 1467);
  assert.equal(c.added.length, 1);
  assert.deepEqual(
    c.changed.map((x) => x.fields.map((f) => f.label)),
    [['事项名称']],
  );
  assert.equal(c.reductionPercent, 53.3);
  const delegated = compareItems([item('A')], [item('A', { bodyOrgId: 'org-town' })]);
  assert.equal(delegated.reduced, 1, 'a delegated item leaves the body that delegated it');
});

test('items are found by Han pairs and code words, every term required', () => {
  const terms = indexTerms('对未取得食品经营许可从事食品经营活动的处罚 150102-XK-0001');
  for (const t of queryTerms('食品经营许可')) assert.ok(terms.includes(t), t);
  assert.ok(terms.includes('150102') && terms.includes('xk'));
  assert.deepEqual(queryTerms('罚'), ['罚']);
  assert.equal(termsQuery(queryTerms('食品 XK')), '食品 & xk:*');
  assert.equal(termsQuery(queryTerms('！？')), null);
});
