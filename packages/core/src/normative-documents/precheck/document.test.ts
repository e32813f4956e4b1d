import { test } from 'node:test';
import assert from 'node:assert/strict';
import { internalOfficeKind, issuerFromTitle, precheck, type PrecheckFinding } from './index';

const only = (findings: PrecheckFinding[], category: string) => findings.filter((f) => f.category === category);

test('flags a document issued by an internal office of a department', () => {
  const findings = precheck({ text: '各中小学校应当做好课后服务工作。', issuer: '区教育局基础教育科' }).findings;
  assert.equal(only(findings, 'issuer').length, 1);
  assert.match(only(findings, 'issuer')[0]?.advice ?? '', /内设机构/);
});

test('finds the internal office in the signature block and points at it', () => {
  const text = '一、各街道办事处应当加强日常巡查。\n区城市管理局市容管理科\n2024年5月10日';
  const [finding] = only(precheck({ text }).findings, 'issuer');
  assert.equal(finding?.text, '区城市管理局市容管理科');
  assert.equal(text.slice(finding?.start, finding?.end), finding?.text);
});

test('accepts a department, a government and the government general office as issuers', () => {
  for (const issuer of ['区城市管理局', '某区人民政府', '区人民政府办公室', '国务院办公厅', '某街道办事处']) {
    assert.equal(internalOfficeKind(issuer), null, issuer);
    assert.deepEqual(precheck({ text: '各部门应当抓好落实。', issuer }).findings, [], issuer);
  }
  const internal: [string, string][] = [
    ['区市场监督管理局办公室', '办公室'],
    ['区财政局预算股', '股'],
    ['省教育厅高等教育处', '处'],
    ['区城管局执法大队', '大队'],
  ];
  for (const [name, kind] of internal) {
    assert.equal(internalOfficeKind(name), kind, name);
  }
  assert.equal(issuerFromTitle('区市场监督管理局办公室关于规范登记工作的通知'), '区市场监督管理局办公室');
});

test('flags a 暂行 document whose validity exceeds two years', () => {
  const text = '第十二条　本办法自2024年3月1日起施行，有效期3年。';
  const [finding] = precheck({ text, title: '某区老旧小区改造资金管理暂行办法' }).findings;
  assert.equal(finding?.category, 'validity');
  assert.equal(finding?.severity, 'high');
  assert.equal(finding?.text, '本办法自2024年3月1日起施行，有效期3年。');
  assert.deepEqual(
    precheck({ text, title: '某区老旧小区改造资金管理办法' }).findings,
    [],
    'three years suit an ordinary 办法',
  );
});

test('flags a document without a validity period, and an unlimited one', () => {
  const missing = precheck({
    text: '第十五条　本细则自2024年7月1日起施行。',
    title: '某区宅基地管理实施细则',
  }).findings;
  assert.deepEqual(
    missing.map((f) => [f.category, f.severity]),
    [['validity', 'medium']],
  );
  const unlimited = precheck({ text: '第十八条　本办法自印发之日起施行，长期有效。' }).findings;
  assert.deepEqual(
    unlimited.map((f) => [f.category, f.severity]),
    [['validity', 'high']],
  );
});

test('does not mistake the validity of a licence for the validity of the document', () => {
  const text = '第五条　准营证有效期为三年。\n第六条　本办法自2024年3月1日起施行，有效期2年。';
  assert.deepEqual(precheck({ text, title: '某区夜间经济管理暂行办法' }).findings, []);
});

test("does not take a sentence about validity periods for the document's own validity", () => {
  const text = '各部门制定的规范性文件应当注明有效期，有效期最长不得超过5年。';
  const findings = precheck({ text, title: '某区加强规范性文件管理的试行意见' }).findings;
  assert.deepEqual(
    findings.map((f) => [f.category, f.start, f.end]),
    [['validity', 0, 0]],
  );
});

test('computes the validity from an end date and the publication date', () => {
  const text = '本方案自印发之日起实施，有效期至2030年12月31日。';
  const long = precheck({ text, title: '某区三年行动方案', publicationDate: '2024-06-01' }).findings;
  assert.deepEqual(only(long, 'validity').length, 1);
  const fine = precheck({ text, title: '某区三年行动方案', publicationDate: '2026-01-01' }).findings;
  assert.deepEqual(fine, []);
});

test('flags an effective date before the publication date', () => {
  const text = '第二十五条　本办法自2024年1月1日起施行，有效期5年。';
  const findings = precheck({ text, publicationDate: '2024-04-15' }).findings;
  assert.deepEqual(
    findings.map((f) => [f.category, f.severity]),
    [['retroactivity', 'high']],
  );
  assert.match(findings[0]?.advice ?? '', /2024-01-01/);
  assert.deepEqual(precheck({ text, publicationDate: '2023-12-20' }).findings, []);
});

test('uses the signature date when no publication date is given, at medium severity', () => {
  const text = '第二十条　本办法自2024年2月1日起施行，有效期5年。\n区人民政府\n2024年3月20日';
  const findings = precheck({ text }).findings;
  assert.deepEqual(
    findings.map((f) => [f.category, f.severity]),
    [['retroactivity', 'medium']],
  );
});

test('flags wording that applies the document to earlier facts but not favourable carry-overs', () => {
  const flagged = precheck({ text: '本办法施行前已经发生但尚未处理的违法行为，依照本办法处理。' }).findings;
  assert.equal(flagged[0]?.category, 'retroactivity');
  assert.deepEqual(precheck({ text: '本办法施行前已经取得的许可证件，在有效期内继续有效。' }).findings, []);
  assert.deepEqual(precheck({ text: '建立食品安全追溯体系，实现产品来源可追溯。' }).findings, []);
  assert.deepEqual(precheck({ text: '本办法不溯及既往。' }).findings, []);
});

test('rejects a malformed publication date', () => {
  assert.throws(() => precheck({ text: '各部门应当抓好落实。', publicationDate: '2024-13-01' }), RangeError);
});

test('finds nothing in a clean document', () => {
  const text = [
    '某区行政规范性文件合法性审核办法',
    '第一条　为了规范行政规范性文件合法性审核工作，根据《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》，制定本办法。',
    '第二条　区司法局负责区政府行政规范性文件的合法性审核。',
    '第三条　起草单位应当在提请审议前将草案送区司法局审核，审核时间一般不少于5个工作日。',
    '第四条　区司法局应当对下列事项进行审核：',
    '（一）制定主体是否合法；',
    '（二）是否违法设定行政许可、行政处罚、行政强制等事项；',
    '（三）是否违法减损公民、法人和其他组织的合法权益或者增加其义务。',
    '第五条　鼓励公民、法人和其他组织对行政规范性文件提出意见和建议。',
    '第六条　本办法自2024年6月1日起施行，有效期5年。',
    '某区人民政府',
    '2024年5月20日',
  ].join('\n');
  assert.deepEqual(
    precheck({ text, title: '某区行政规范性文件合法性审核办法', publicationDate: '2024-05-20' }).findings,
    [],
  );
});

test('reviews a whole draft and reports each problem at its clause', () => {
  const text = [
    '第一条　为了规范物业管理活动，根据《物业管理条例》，制定本办法。',
    '第二条　物业服务企业应当每年向区住建局缴纳信用保证金二万元。',
    '第三条　在本区从事物业服务的企业，应当从区住建局公布的企业名录中产生。',
    '第四条　对逾期不交纳物业服务费的业主，物业服务企业可以停止供水、供电。',
    '第五条　违反本办法第二条规定的，由区住建局给予警告，并处五千元罚款。',
    '第六条　本办法自2024年1月1日起施行。',
    '区住房和城乡建设局物业管理科',
    '2024年3月1日',
  ].join('\n');
  const findings = precheck({ text, title: '某区住宅小区物业管理暂行办法' }).findings;
  assert.deepEqual(
    findings.map((f) => f.category),
    ['fee', 'competition', 'coercion', 'penalty', 'validity', 'retroactivity', 'issuer'],
  );
  for (const f of findings) assert.equal(text.slice(f.start, f.end), f.text);
});

test('a 规章 implementing a named law: its duties ask for a check (low), a 规范性文件 with the same words is flagged', () => {
  const body =
    '第一条　为有效控制尘污染，根据《中华人民共和国大气污染防治法》等法律、法规规定，制定本通告。\n第二条　禁止区内不得新建采石场，经营者应当采取防尘措施。';
  const rule = only(precheck({ text: `某市人民政府令第121号\n${body}` }).findings, 'obligation');
  assert.deepEqual(
    rule.map((f) => f.severity),
    ['low'],
  );
  assert.match(rule[0]?.advice ?? '', /《中华人民共和国大气污染防治法》.*第九十三条/);
  const notice = only(precheck({ text: body, title: '某区关于控制尘污染的通知' }).findings, 'obligation');
  assert.deepEqual(
    notice.map((f) => f.severity),
    ['medium'],
  );
});
