import { test } from 'node:test';
import assert from 'node:assert/strict';
import { precheckCommand } from './index';

const DRAFT = '第一条　申请人须经区商务局批准方可开业。\n第二条　本办法自2024年1月1日起施行，有效期5年。';

test('prints one JSON object with the findings and exits 0', () => {
  const result = precheckCommand(DRAFT, ['precheck', 'draft.txt']);
  assert.equal(result.code, 0);
  assert.equal(result.stderr, '');
  const parsed = JSON.parse(result.stdout) as { findings: Record<string, unknown>[] };
  assert.equal(parsed.findings.length, 1);
  assert.deepEqual(Object.keys(parsed.findings[0] ?? {}), [
    'category',
    'severity',
    'text',
    'start',
    'end',
    'basis',
    'advice',
  ]);
  assert.equal(parsed.findings[0]?.category, 'licensing');
});

test('prints { "findings": [] } for a clean text', () => {
  const result = precheckCommand('各部门应当抓好落实。', ['-']);
  assert.deepEqual(result, { code: 0, stdout: '{ "findings": [] }\n', stderr: '' });
});

test('passes --title, --issuer and --publication-date to the analyzer', () => {
  const result = precheckCommand(DRAFT, [
    '-',
    '--title',
    '某区商业网点管理暂行办法',
    '--issuer=区商务局市场科',
    '--publication-date',
    '2024-03-01',
  ]);
  const categories = (JSON.parse(result.stdout) as { findings: { category: string }[] }).findings.map(
    (f) => f.category,
  );
  // The issuer is named only in the arguments, so its finding has the empty span at 0 and comes first.
  assert.deepEqual(categories, ['issuer', 'licensing', 'validity', 'retroactivity']);
});

test('exits 2 with a one-line Chinese message on bad arguments', () => {
  for (const argv of [
    [],
    ['a.txt', 'b.txt'],
    ['a.txt', '--author', 'x'],
    ['a.txt', '--title'],
    ['a.txt', '--publication-date', '2024-02-30'],
    ['a.txt', '--validity-years', '-1'],
  ]) {
    const result = precheckCommand(DRAFT, argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^[^\n]*[\u4e00-\u9fa5][^\n]*\n$/, argv.join(' '));
  }
});
