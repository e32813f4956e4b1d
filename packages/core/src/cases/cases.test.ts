import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closedPauses, pauseEndProblem, partyProblems } from './index';

test('a person is identified by a valid 身份证号, an organisation by a valid 统一社会信用代码, each problem at once', () => {
  assert.deepEqual(
    partyProblems({ kind: 'person', name: '张三', idNumber: '11010519491231002X', phone: '13800138000' }),
    [],
  );
  assert.deepEqual(partyProblems({ kind: 'organisation', name: '某公司', creditCode: '91350100M000100Y43' }), []);
  assert.deepEqual(
    partyProblems({
      kind: 'person',
      name: '张三',
      idNumber: '110105194912310021',
      creditCode: '91350100M000100Y43',
      phone: '123',
    }).map((p) => p.field),
    ['idNumber', 'creditCode', 'phone'],
  );
  assert.deepEqual(
    partyProblems({
      kind: 'organisation',
      name: '某公司',
      creditCode: '91350100M000100Y44',
      idNumber: '11010519491231002X',
    }).map((p) => p.field),
    ['creditCode', 'idNumber'],
  );
});

test('the engine counts around closed pauses; an open one holds the clock until it ends, never before it began', () => {
  const pauses = [
    { cause: 'correction', reason: '补正', from: '2026-08-14', to: '2026-08-20' },
    { cause: 'suspension', reason: '中止', from: '2026-09-01', to: null },
  ];
  assert.deepEqual(closedPauses(pauses), [{ from: '2026-08-14', to: '2026-08-20', reason: '补正' }]);
  assert.equal(pauseEndProblem(pauses[1]!, '2026-08-31'), '结束日期不得早于开始日期 2026-09-01');
  assert.equal(pauseEndProblem(pauses[1]!, '2026-09-01'), null);
  assert.equal(pauseEndProblem(pauses[0]!, '2026-09-01'), '该期间已经结束');
});
