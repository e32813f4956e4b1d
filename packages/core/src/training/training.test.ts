import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  blueprintShortages,
  drawPaper,
  isRight,
  questionProblems,
  readAnswer,
  score,
  startRefusal,
  totalPoints,
  type BankQuestion,
} from './index';

test('a question is checked whole: options, answer letters and the answer count of its kind', () => {
  assert.deepEqual(questionProblems({ kind: 'single', stem: '题', options: ['甲', '乙'], answer: ['A'] }), []);
  assert.deepEqual(questionProblems({ kind: 'true_false', stem: '题', options: [], answer: ['B'] }), []);
  const bad = questionProblems({ kind: 'multiple', stem: ' ', options: ['甲'], answer: ['A'] });
  assert.deepEqual(
    bad.map((p) => p.field),
    ['stem', 'options', 'answer'],
  );
  assert.match(
    questionProblems({ kind: 'multiple', stem: '题', options: ['甲', '乙', '丙'], answer: ['A'] })[0]!.message,
    /至少两项/,
  );
  assert.equal(questionProblems({ kind: 'single', stem: '题', options: ['甲', '甲'], answer: ['A'] }).length, 1);
});

test('an answer typed in a cell is read as sorted letters; 正确/错误 as A/B', () => {
  assert.deepEqual(readAnswer('multiple', 'c, a、B'), ['A', 'B', 'C']);
  assert.deepEqual(readAnswer('true_false', '正确'), ['A']);
  assert.deepEqual(readAnswer('true_false', '×'), ['B']);
});

const bank: BankQuestion[] = Array.from({ length: 30 }, (_, i) => ({
  id: `q${String(i).padStart(2, '0')}`,
  kind: i < 15 ? 'single' : i < 22 ? 'multiple' : 'true_false',
  tags: i % 2 === 0 ? ['行政处罚法'] : ['行政许可法'],
}));

test('the same seed draws the same paper, whatever the bank’s order; another seed another one', () => {
  const parts = [
    { kind: 'single', tag: '行政处罚法', count: 5, points: 2 },
    { kind: 'multiple', tag: null, count: 3, points: 4 },
    { kind: 'true_false', tag: null, count: 4, points: 1 },
  ] as const;
  const a = drawPaper(parts, bank, 42);
  assert.deepEqual(drawPaper(parts, [...bank].reverse(), 42), a);
  assert.notDeepEqual(drawPaper(parts, bank, 43), a);
  assert.equal(new Set(a.map((q) => q.questionId)).size, 12);
  assert.ok(a.slice(0, 5).every((q) => Number(q.questionId.slice(1)) % 2 === 0));
  assert.equal(totalPoints(parts), 26);
});

test('a blueprint the bank cannot fill names the part and how many there are', () => {
  assert.deepEqual(blueprintShortages([{ kind: 'true_false', tag: '行政许可法', count: 5, points: 1 }], bank), [
    { part: 0, kind: 'true_false', tag: '行政许可法', wanted: 5, available: 4 },
  ]);
  assert.throws(() => drawPaper([{ kind: 'true_false', tag: '行政许可法', count: 5, points: 1 }], bank, 1));
});

test('marking: exactly the right options score, no partial credit; a sitting starts only when allowed', () => {
  assert.ok(isRight(['A', 'C'], ['C', 'A']));
  assert.ok(!isRight(['A', 'C'], ['A']));
  assert.ok(!isRight(['A'], null));
  assert.equal(
    score([
      { points: 2, correct: ['A'], given: ['A'] },
      { points: 4, correct: ['A', 'B'], given: ['A', 'B', 'C'] },
    ]),
    2,
  );
  const base = {
    running: false,
    attemptsUsed: 0,
    attemptsAllowed: 2,
    opensOn: '2026-08-01',
    closesOn: '2026-08-31',
    today: '2026-08-14',
    passed: false,
  };
  assert.equal(startRefusal(base), null);
  assert.match(startRefusal({ ...base, running: true })!, /尚未交卷/);
  assert.match(startRefusal({ ...base, attemptsUsed: 2 })!, /2次/);
  assert.match(startRefusal({ ...base, today: '2026-09-01' })!, /已经结束/);
});

test('a unit is short of lectures while it has held fewer than the minimum this year', async () => {
  const { lecturesShort } = await import('./study');
  assert.ok(lecturesShort(1, 2));
  assert.ok(!lecturesShort(2, 2));
});
