import { test } from 'node:test';
import assert from 'node:assert/strict';
import { precheck } from '../run';
import { titleFromFirstLine } from './title';
import { validityExemption } from './kind';

test('takes the first line as the title when it reads like one', () => {
  assert.equal(titleFromFirstLine('某区农贸市场管理暂行办法\n第一条　…'), '某区农贸市场管理暂行办法');
  assert.equal(
    titleFromFirstLine('\n  关于规范停车收费的通知（征求意见稿）\n正文'),
    '关于规范停车收费的通知（征求意见稿）',
  );
  assert.equal(titleFromFirstLine('某县农村宅基地管理办法（试行）\n…'), '某县农村宅基地管理办法（试行）');
  assert.equal(titleFromFirstLine('第一条　为了规范管理，制定本办法。'), undefined);
  assert.equal(titleFromFirstLine('各乡镇人民政府，县直各单位：'), undefined);
  assert.equal(titleFromFirstLine('经研究，现将有关事项通知如下。'), undefined);
});

test('a pasted 暂行办法 gets the 2-year limit without --title', () => {
  const text =
    '某区农贸市场管理暂行办法\n第一条　为规范农贸市场管理，制定本办法。\n第二条　本办法自2025年1月1日起施行，有效期5年。';
  const validity = precheck({ text }).findings.filter((f) => f.category === 'validity');
  assert.equal(validity.length, 1);
  assert.match(validity[0]?.advice ?? '', /不超过2年/);
  // Given explicitly, the title wins over the first line.
  assert.deepEqual(
    precheck({ text, title: '某区农贸市场管理办法' }).findings.filter((f) => f.category === 'validity'),
    [],
  );
});

test('the validity check applies only to kinds of document that must carry one', () => {
  assert.equal(
    validityExemption({ title: '国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知', text: '' }),
    '中央国家机关制发的文件',
  );
  assert.equal(
    validityExemption({ title: '水利部关于印发水利建设市场主体信用信息管理办法的通知', text: '' }),
    '中央国家机关制发的文件',
  );
  assert.equal(validityExemption({ title: '河北省人工影响天气管理规定', text: '政府令〔2010〕第15号\n…' }), '规章');
  assert.equal(validityExemption({ title: '浠水县人民政府工作规则', text: '' }), '内部工作规则或工作安排');
  assert.equal(validityExemption({ title: '某区农贸市场管理暂行办法', text: '' }), null);
  const central =
    '国务院办公厅关于进一步优化营商环境的通知\n各省、自治区、直辖市人民政府：\n一、……\n本通知自印发之日起施行。';
  assert.deepEqual(precheck({ text: central }).findings, []);
});

test('the validity finding cites the national sources, or the region rule it is given, never another province', () => {
  const text = '第一条　为规范管理，制定本办法。\n第二条　本办法自2025年1月1日起施行。';
  const national = precheck({ text, title: '某区农贸市场管理办法' }).findings.find((f) => f.category === 'validity');
  assert.ok(national);
  assert.match(national.basis, /国办发〔2018〕37号/);
  assert.doesNotMatch(national.basis, /内蒙古/);
  assert.match(national.advice, /请在附则中写明/);
  const regional = precheck({
    text,
    title: '某区农贸市场管理办法',
    regionRule: '示范省行政规范性文件管理办法',
  }).findings.find((f) => f.category === 'validity');
  assert.match(regional?.basis ?? '', /^《示范省行政规范性文件管理办法》：行政规范性文件应当载明有效期/);
});

test("the region's rule given with its article (a region setting's source) is cited as given", () => {
  const text = '第一条　为规范管理，制定本办法。\n第二条　本办法自2025年1月1日起施行。';
  const finding = precheck({
    text,
    title: '某区农贸市场管理办法',
    regionRule: '《区落实法治建设试行意见》第（六）项',
  }).findings.find((f) => f.category === 'validity');
  assert.match(finding?.basis ?? '', /^《区落实法治建设试行意见》第（六）项：行政规范性文件应当载明有效期/);
});
