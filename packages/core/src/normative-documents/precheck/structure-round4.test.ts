// The rules of the fourth round (docs/precheck.md, Evaluation), each with the real clause of the tuning part that
// motivated it: 地方性法规 on heating, prepaid cards and administrative fees (bench/precheck-corpus/lawful/, read from
// the LawRefBook repository's transcription of the texts in force) drew false alarms that no 法规 deserves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validityExemption } from './document/kind';
import { isLocalRegulation } from './document/local-regulation';
import { clear, flags } from './finding-asserts';
import { precheck } from './run';

const SHANDONG = '山东省人民代表大会常务委员会';

test('a 法规 is told by the session line its head opens with, bracketed or led by its date', () => {
  // 台州市企业信用促进条例 as the national database prints it: the date leads the session line, no brackets.
  const head = '2019年12月18日 台州市第五届人民代表大会常务委员会第二十四次会议通过\n2020年3月26日 浙江省…批准\n';
  assert.equal(isLocalRegulation({ text: `${head}第一条 为了促进企业信用建设……` }), true);
  // A 法规 cited in a sentence, with the session that passed it, does not make the citing document a 法规.
  const citing = '根据2019年12月18日台州市第五届人民代表大会常务委员会第二十四次会议通过的条例，制定本办法。';
  assert.equal(isLocalRegulation({ text: citing }), false);
});

test('validity: a 地方性法规 need not state a 有效期 — the limit binds local 行政规范性文件 only', () => {
  // 台州市企业信用促进条例 第三十五条
  const text = '第一条 为了促进企业信用建设，制定本条例。\n第三十五条 本条例自2020年7月1日起施行。';
  const issuer = '台州市人民代表大会常务委员会';
  assert.equal(validityExemption({ title: '台州市企业信用促进条例', issuer, text }), '地方性法规');
  assert.deepEqual(
    precheck({ text, title: '台州市企业信用促进条例', issuer }).findings.filter((f) => f.category === 'validity'),
    [],
  );
  // The same clause in a city government's 办法 still needs its 有效期.
  flags({ text, title: '台州市企业信用促进办法', issuer: '台州市人民政府' }, 'validity');
});

test('licensing and fees in a 法规 are checks, not likely violations (行政许可法 第十五条)', () => {
  // 山东省供热条例 第三十条
  const text = '第三十条 未经供热主管部门批准，供热企业不得擅自停业。';
  flags(text, 'licensing');
  clear({ text, issuer: SHANDONG }, 'licensing');
  const low = precheck({ text, issuer: SHANDONG }).findings.find((f) => f.category === 'licensing');
  assert.equal(low?.severity, 'low');
  assert.match(low?.advice ?? '', /第十五条/);
  // A charge a 法规 sets is a check as well; in a 行政规范性文件 it stays high.
  const levy = '第八条 新建住宅的建设单位应当缴纳供热设施配套费。';
  flags(levy, 'fee');
  clear({ text: levy, issuer: SHANDONG }, 'fee');
});

test('fee: the price of heat or water the public is supplied with is no levy, whoever collects it', () => {
  // 山东省供热条例 第二十二条, 第二十一条; 青岛市供热条例 第三十七条
  clear('供热企业应当向最终用户收取热费。', 'fee');
  clear('用户不具备分户用热计量条件的，按照供热面积收费。', 'fee');
  clear('供热单位应当按照规定收取热费，用户应当按照规定及时向供热单位交纳热费。', 'fee');
  // A management fee an operator is made to charge is still a fee (categories.test.ts), and so is a connection fee.
  flags('经营性停车场应当向停车人收取停车管理费。', 'fee');
  flags('用户应当缴纳供热设施配套费。', 'fee');
});

test('fee: 收费 named as a term, a collector or a thing consumed levies nothing', () => {
  // 北京市单用途预付卡管理条例 第十三条: the items list what the receipt must state.
  clear(
    '第十三条 经营者应当向消费者出具载明下列内容的凭据：\n（一）双方名称或者姓名、联系方式等；\n（三）兑付商品或者服务项目的内容、地点、数量、质量及兑付计算种类、收费标准、扣费方式；',
    'fee',
  );
  // 北京市单用途预付卡管理条例 第十四条: the "费" of 消费者 is no charge.
  clear(
    '第十四条 预付卡设定有效期限、预收金额较大等对消费者有重大利害关系的内容，经营者应当在书面合同中向消费者作出风险提示。',
    'fee',
  );
  // 山东省供热条例 第二十二条: who collects, not what is collected.
  clear('供热企业和受委托的收费单位应当向用户出具供热企业统一专用发票。', 'fee');
  flags('办理登记的企业应当向区市场监管局缴纳保证金5万元。', 'fee');
});
