// The demo powers list's data file (no database): every item cites a law the extractor read, an article that law
// has, a kind of the ten, a unique code — and the items the discretion module's demo benchmarks cite are there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { powerItemKinds } from '@fazhi/core/power-lists';
import { chineseNumber } from './extract-items';
import statutes from './statute-items.json';

const laws = new Map(statutes.laws.map((l) => [l.title, l]));

test('every item cites an article of a law read from its text, with a kind of the ten and a unique code', () => {
  assert.ok(statutes.items.length > 100, String(statutes.items.length));
  for (const l of statutes.laws) {
    assert.match(l.title, /^《.+》$/);
    assert.match(l.version, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(l.articles > 0, l.title);
  }
  const codes = new Set<string>();
  for (const i of statutes.items) {
    const law = laws.get(i.law);
    assert.ok(law, `${i.code}: ${i.law} is not one of the texts read`);
    assert.ok((powerItemKinds as readonly string[]).includes(i.kind), `${i.code}: ${i.kind}`);
    assert.match(i.code, /^159901-\d{2}-[A-Z]{2}-\d{4}$/);
    assert.ok(!codes.has(i.code), `${i.code} twice`);
    codes.add(i.code);
    assert.ok(i.bases.length > 0, i.code);
    for (const b of i.bases) {
      const m = /^第([零一二三四五六七八九十百]+)条$/.exec(b.article);
      assert.ok(m, `${i.code}: ${b.article}`);
      const n = chineseNumber(m[1]!);
      assert.ok(n >= 1 && n <= law.articles, `${i.code}: ${i.law}${b.article} (the law has ${law.articles} articles)`);
      assert.match(b.clause, /^(第[一二三四五六七八九十]+款)?(第（[一二三四五六七八九十]+）项)?$/);
    }
  }
});

test('the items the discretion benchmarks cite are in the list, with the codes they cite', () => {
  const cite = (law: string, article: string, clause = '') =>
    statutes.items
      .filter((i) => i.law === law && i.bases.some((b) => b.article === article && b.clause === clause))
      .map((i) => i.code);
  const market = (codes: string[]) => codes.filter((c) => c.startsWith('159901-01-'));
  assert.deepEqual(market(cite('《中华人民共和国价格法》', '第四十二条')), ['159901-01-CF-0009']);
  assert.deepEqual(market(cite('《中华人民共和国产品质量法》', '第五十条')), ['159901-01-CF-0014']);
  assert.deepEqual(cite('《中华人民共和国食品安全法》', '第一百二十六条', '第一款第（三）项'), ['159901-01-CF-0054']);
  assert.deepEqual(cite('《中华人民共和国水污染防治法》', '第八十三条', '第（二）项'), ['159901-03-CF-0006']);
});

test('Chinese article numbers read as the laws write them', () => {
  assert.deepEqual(
    ['十三', '四十八', '一百零三', '一百二十六', '一百五十四'].map(chineseNumber),
    [13, 48, 103, 126, 154],
  );
});
