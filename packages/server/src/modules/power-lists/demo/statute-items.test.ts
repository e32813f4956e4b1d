// The demo powers list's data file (no database): every item cites a law the extractor read, an article that law
// has, a kind of the ten, a unique code — and the items the discretion module's demo benchmarks cite are there; every
// item of the five other lists cites such an article too, quoting words of it that make it that kind of item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { powerItemKinds } from '@fazhi/core/power-lists';
import { chineseNumber } from './extract-items';
import { listWord } from './list-articles';
import statutes from './statute-items.json';

const laws = new Map(statutes.laws.map((l) => [l.title, l]));

const checkBasis = (code: string, lawTitle: string, b: { article: string; clause: string }) => {
  const law = laws.get(lawTitle);
  assert.ok(law, `${code}: ${lawTitle} is not one of the texts read`);
  const m = /^第([零一二三四五六七八九十百]+)条$/.exec(b.article);
  assert.ok(m, `${code}: ${b.article}`);
  const n = chineseNumber(m[1]!);
  assert.ok(n >= 1 && n <= law.articles, `${code}: ${lawTitle}${b.article} (the law has ${law.articles} articles)`);
  assert.match(b.clause, /^(第[一二三四五六七八九十]+款)?(第（[一二三四五六七八九十]+）项)?$/);
};

test('every item of the five other lists cites an article read whose quoted words make it that kind of item', () => {
  const prefix = { licensing: 'XK', business_licensing: 'SQ', filing: 'BA', certification: 'ZM', public_service: 'GF' };
  const licences = new Map(statutes.items.filter((i) => i.kind === 'licensing').map((i) => [i.code, i]));
  for (const [list, rows] of Object.entries(statutes.lists) as [keyof typeof prefix, typeof statutes.lists.filing][]) {
    assert.ok(rows.length > 0, list);
    const codes = new Set<string>();
    for (const i of rows) {
      assert.match(i.code, new RegExp(`^159901-\\d{2}-${prefix[list]}-\\d{4}$`));
      assert.ok(!codes.has(i.code), `${i.code} twice`);
      codes.add(i.code);
      assert.equal(i.bases.length, 1, i.code);
      checkBasis(i.code, i.law, i.bases[0]!);
      const word = listWord[list === 'business_licensing' ? 'licensing' : list];
      assert.match(i.excerpt, word, `${i.code}: 「${i.excerpt}」`);
    }
  }
  // a licence is on the powers list as well, under the same code and article
  for (const i of statutes.lists.licensing) {
    const power = licences.get(i.code);
    assert.ok(power, `${i.code} is not a licensing item of the powers list`);
    assert.deepEqual(power.bases, i.bases, i.code);
  }
  const licensed = new Set(statutes.lists.licensing.map((i) => `${i.law}${i.bases[0]!.article}${i.bases[0]!.clause}`));
  for (const i of statutes.lists.business_licensing)
    assert.ok(licensed.has(`${i.law}${i.bases[0]!.article}${i.bases[0]!.clause}`), `${i.code} is not a licence`);
});

test('every item cites an article of a law read from its text, with a kind of the ten and a unique code', () => {
  // a county's 权责清单 runs to thousands of items (issue 16 item 8)
  assert.ok(statutes.items.length >= 2000, String(statutes.items.length));
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
    for (const b of i.bases) checkBasis(i.code, i.law, b);
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
