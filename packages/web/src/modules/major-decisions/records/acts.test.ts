// The declared acts' logic the act forms run on: which acts a record offers, in their declared order; what
// submitting posts (the endpoint under the decision, the body made from the values and the record); the title
// read from the record; the text helpers the bodies use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { act, actRequest, lines, offeredActs, optional, titleOf } from './acts';

interface Rec {
  id: string;
  abilities: { first: boolean; second: boolean };
  names: string[];
  draft: string | null;
}

const first = act<Rec, { when: string }>({
  title: '第一项',
  path: 'first',
  offered: (r) => r.abilities.first,
  fields: ['when'],
  submitText: '提交',
  done: '已提交',
  form: () => null,
});
const second = act<Rec, { names?: string; note?: string }>({
  title: (r) => (r.draft ? '修改' : '拟订'),
  path: 'second/result',
  offered: (r) => r.abilities.second && r.names.length > 0,
  fields: ['names', 'note'],
  submitText: '提交',
  done: '已提交',
  body: (v, r) => ({ names: lines(v.names), note: optional(v.note), count: r.names.length }),
  form: () => null,
});
const rec = (over: Partial<Rec> = {}): Rec => ({
  id: 'd1',
  abilities: { first: true, second: true },
  names: ['甲'],
  draft: null,
  ...over,
});

test('a record offers the acts its abilities and state allow, in their declared order', () => {
  assert.deepEqual(
    offeredActs([second, first], rec()).map((a) => a.path),
    ['second/result', 'first'],
  );
  assert.deepEqual(
    offeredActs([first, second], rec({ abilities: { first: false, second: true } })).map((a) => a.path),
    ['second/result'],
  );
  // the ability alone is not enough where the act waits for something else
  assert.deepEqual(
    offeredActs([first, second], rec({ names: [] })).map((a) => a.path),
    ['first'],
  );
});

test('submitting posts to the act’s endpoint under the decision, the values as they are or its body', () => {
  assert.deepEqual(actRequest(first, rec(), { when: '2027-01-23' }), {
    url: '/decisions/d1/first',
    body: { when: '2027-01-23' },
  });
  assert.deepEqual(
    actRequest(second, rec({ id: 'd2', names: ['甲', '乙'] }), { names: ' 张三 \n\n李四\n', note: '  ' }),
    {
      url: '/decisions/d2/second/result',
      body: { names: ['张三', '李四'], note: undefined, count: 2 },
    },
  );
});

test('a title that depends on the record is read from it', () => {
  assert.equal(titleOf(first, rec()), '第一项');
  assert.equal(titleOf(second, rec()), '拟订');
  assert.equal(titleOf(second, rec({ draft: '草案' })), '修改');
});

test('lines and optional text: blanks dropped', () => {
  assert.deepEqual(lines(undefined), []);
  assert.deepEqual(lines('a\n  b  \n\n'), ['a', 'b']);
  assert.equal(optional(undefined), undefined);
  assert.equal(optional(' \n'), undefined);
  assert.equal(optional(' 理由 '), '理由');
});
