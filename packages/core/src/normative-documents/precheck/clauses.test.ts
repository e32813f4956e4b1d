import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses } from './clauses';
import { analyse, subjectAt } from './features';
import { findDates, parseNumber } from './numerals';
import { segment } from './segment';

const DRAFT = [
  '某区户外广告设施管理办法',
  '第一章　总则',
  '第一条　为了规范户外广告设施管理，制定本办法。',
  '第二条　设置户外广告设施的，应当遵守下列规定：（一）保持整洁；（二）定期检查。',
  '违反前款规定的，由区城管局责令改正；拒不改正的，依法处理。',
].join('\n');

test('splits a draft into articles, paragraphs, items and sentences with offsets into the text', () => {
  const clauses = splitClauses(DRAFT);
  for (const c of clauses) assert.equal(DRAFT.slice(c.start, c.end), c.text);
  assert.deepEqual(
    clauses.map((c) => c.text),
    [
      '某区户外广告设施管理办法',
      '第一章　总则',
      '为了规范户外广告设施管理，制定本办法。',
      '设置户外广告设施的，应当遵守下列规定：',
      '保持整洁；',
      '定期检查。',
      '违反前款规定的，由区城管局责令改正；',
      '拒不改正的，依法处理。',
    ],
  );
  assert.equal(clauses[1]?.kind, 'heading');
  assert.equal(clauses[4]?.kind, 'item');
});

test('keeps the paragraphs of one article together and links items to the clause that announces them', () => {
  const clauses = splitClauses(DRAFT);
  const [lead, first, second, para, tail] = clauses.slice(3);
  assert.equal(lead?.article, para?.article, 'a second paragraph stays in 第二条');
  assert.notEqual(clauses[2]?.article, lead?.article);
  assert.equal(first?.leadIn, 3);
  assert.equal(second?.leadIn, 3);
  assert.equal(para?.sentence, tail?.sentence, '"；" splits clauses inside one sentence');
});

test('treats each paragraph as an article in a text without 第X条, and "一、" lines as headings', () => {
  const text = '一、总体要求\n（一）各部门应当加强协作。\n（二）鼓励企业参与。';
  const clauses = splitClauses(text);
  assert.deepEqual(
    clauses.map((c) => [c.text, c.kind]),
    [
      ['总体要求', 'heading'],
      ['各部门应当加强协作。', 'item'],
      ['鼓励企业参与。', 'item'],
    ],
  );
  assert.notEqual(clauses[1]?.article, clauses[2]?.article);
});

test('does not split inside a cited title or at an article number inside a citation', () => {
  const text = '依照《中华人民共和国行政处罚法》第二十八条的规定处理。';
  const clauses = splitClauses(text);
  assert.equal(clauses.length, 1);
  assert.equal(clauses[0]?.text, text);
});

test('segments with jieba, keeping domain terms whole and offsets exact', () => {
  const text = '由区城管局责令停产停业，外地企业不得参与。';
  const tokens = segment(text, 10);
  for (const t of tokens) assert.equal(text.slice(t.start - 10, t.end - 10), t.word);
  const words = tokens.map((t) => t.word);
  assert.ok(words.includes('责令停产停业'));
  assert.ok(words.includes('外地企业'));
});

test('finds the party a duty binds, not the object of a verb or preposition', () => {
  const doc = analyse(
    '区住建局应当督促建设单位落实责任。申请人须经区政府批准。采购活动应当平等对待内资企业和外商投资企业。',
  );
  const [first, second, third] = doc.clauses;
  assert.ok(first && second && third);
  assert.equal(subjectAt(doc, first, first.clause.end), 'administrative', '督促建设单位: the 住建局 is bound');
  assert.equal(subjectAt(doc, second, second.clause.end), 'private', '经区政府批准: the 申请人 is bound');
  assert.equal(subjectAt(doc, third, third.clause.end), null, 'both firms are objects of 对待');
  assert.ok(third.tokens.filter((t) => t.subject === 'private').every((t) => t.isObject));
});

test('reads Chinese and Arabic numbers and dates', () => {
  assert.equal(parseNumber('十二'), 12);
  assert.equal(parseNumber('二十五'), 25);
  assert.equal(parseNumber('５'), 5);
  assert.equal(parseNumber('二〇二四'), 2024);
  assert.equal(parseNumber('半'), null);
  assert.deepEqual(
    findDates('自二〇二四年三月一日起至2025年2月28日止').map((d) => d.iso),
    ['2024-03-01', '2025-02-28'],
  );
  assert.deepEqual(findDates('2024年2月30日'), [], 'an impossible date is not a date');
});
