import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDocNumber } from './doc-number';
import {
  docNumberPattern,
  isShortQuery,
  MAX_SYNONYM_VARIANTS,
  queryTokens,
  searchTokens,
  synonymVariants,
  tsqueryText,
} from './search';

test('cuts a document in search mode so the words inside longer words are found too', () => {
  const tokens = searchTokens('示范区停车场管理办法');
  for (const w of ['示范区', '停车场', '停车', '管理', '办法']) assert.ok(tokens.includes(w), w);
});

test('drops punctuation, spaces and function words, and folds full-width letters and digits', () => {
  const tokens = searchTokens('第一条　为了规范停车场的管理，制定本办法。ＡＢＣ２０２６');
  assert.ok(!tokens.includes('的'));
  assert.ok(
    tokens.every((t) => /^[\p{L}\p{N}]+$/u.test(t)),
    tokens.join(' '),
  );
  assert.ok(tokens.includes('abc2026') || (tokens.includes('abc') && tokens.includes('2026')), tokens.join(' '));
});

test('cuts a query in precise mode, each word once', () => {
  assert.deepEqual(queryTokens('停车场管理 停车场'), ['停车场', '管理']);
  assert.deepEqual(queryTokens('，。！'), []);
});

test('every word of a query is found among the index terms of a text containing the query', () => {
  const text =
    '本办法所称行政许可，是指行政机关根据公民、法人或者其他组织的申请，经依法审查，准予其从事特定活动的行为。';
  const index = new Set(searchTokens(text));
  for (const q of ['行政许可', '依法审查', '其他组织', '特定活动']) {
    for (const w of queryTokens(q))
      assert.ok(
        [...index].some((t) => t.startsWith(w)),
        `${q}: ${w}`,
      );
  }
});

test('builds a tsquery of every word as a prefix, and none for no word', () => {
  assert.equal(tsqueryText(['停车场', '管理']), '停车场:* & 管理:*');
  assert.equal(tsqueryText([]), null);
  assert.equal(tsqueryText(['犬', '管理']), '犬 & 管理:*', 'a single character is matched as itself');
});

test('recognises a 文号 and the brackets people type instead of 〔〕', () => {
  assert.equal(docNumberPattern('示政规〔2026〕3号'), '示政规〔2026〕3号');
  assert.equal(docNumberPattern('示政规[2026]3号'), '示政规〔2026〕3号');
  assert.equal(docNumberPattern('示政规（2026）3号'), '示政规〔2026〕3号');
  assert.equal(docNumberPattern('2026〕3'), '2026〕3');
  assert.equal(docNumberPattern('3号'), '3号');
  assert.equal(docNumberPattern('停车场管理'), null);
  assert.equal(docNumberPattern('2026年停车场管理办法'), null, 'a year in a sentence is not a 文号');
});

test('treats one or two characters as a short query', () => {
  assert.ok(isShortQuery('停车'));
  assert.ok(!isShortQuery('停车场'));
});

test('reads a 文号 however it is typed in the form GB/T 9704 prescribes', () => {
  for (const typed of [
    '示市监规2026年3号',
    '示市监规[2026]3号',
    '示市监规（2026）3号',
    '示市监规〔2026〕第3号',
    '示市监规〔2026〕03号',
  ])
    assert.equal(docNumberPattern(typed), '示市监规〔2026〕3号', typed);
  assert.equal(normaliseDocNumber('2026年3号'), '〔2026〕3号');
  assert.equal(normaliseDocNumber('【2026】3号'), '〔2026〕3号');
  assert.equal(normaliseDocNumber('〔2026〕3'), '〔2026〕3', 'without 号 it stays a prefix');
  assert.equal(normaliseDocNumber('2026年3月'), null);
  assert.equal(normaliseDocNumber('2026年停车场管理办法'), null);
});

test('puts each synonym of a word typed in its place, the longest word first', () => {
  const groups = [
    ['电动自行车', '电动车'],
    ['自行车', '单车'],
  ];
  assert.deepEqual(synonymVariants('电动车停放', groups), ['电动车停放', '电动自行车停放']);
  assert.deepEqual(synonymVariants('电动自行车', groups), ['电动自行车', '电动车']);
  assert.deepEqual(synonymVariants('停车场', groups), ['停车场']);
  const many = synonymVariants('甲乙', [
    ['甲', 'a', 'b', 'c', 'd'],
    ['乙', 'e', 'f', 'g', 'h'],
  ]);
  assert.equal(many.length, MAX_SYNONYM_VARIANTS);
});
