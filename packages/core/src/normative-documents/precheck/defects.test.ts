import { test } from 'node:test';
import assert from 'node:assert/strict';
import { precheck } from './run';
import type { PrecheckCategory, PrecheckFinding } from './types';

function findingOf(text: string, category: PrecheckCategory): PrecheckFinding {
  const found = precheck({ text }).findings.find((f) => f.category === category);
  assert.ok(found, `expected a ${category} finding in: ${text}`);
  assert.notEqual(found.severity, 'low', text);
  return found;
}

test('disguised licences: a 备案 with a check and a receipt, annual 核验, registration of outsiders, caps with consent, 上岗证', () => {
  findingOf(
    '第七条　经营者应当在开业前向区商务局备案，经审核符合条件的，发给备案回执；未取得备案回执的，不得开展经营活动。',
    'licensing',
  );
  findingOf('第九条　培训机构应当每年接受区教育局年度核验，年度核验不合格的，不得继续招生。', 'licensing');
  findingOf('第十条　外地建筑企业进入本县承揽工程的，应当先到县住建局办理登记手续后方可承接业务。', 'licensing');
  findingOf('第十一条　每个乡镇设立农资经营网点不得超过5个，新设网点须经所在乡镇人民政府同意。', 'licensing');
  findingOf('第十二条　从事家政服务的人员须持有区人社局核发的上岗证方可上岗。', 'licensing');
});

test('competition: a named supplier, a designated testing centre, a local-preference quota', () => {
  findingOf('第十三条　全区中小学校服统一由区教育局指定的某某服饰有限公司供应。', 'competition');
  const lab = findingOf(
    '第十四条　建设工程质量检测统一由市建设工程质量检测中心承担，其他检测机构出具的报告不予认可。',
    'competition',
  );
  assert.match(lab.basis, /优化营商环境条例》第四十三条/);
  findingOf('第十五条　政府投资项目使用本地企业生产的建材比例不得低于60%。', 'competition');
});

test('competition: a firm named outright, a quoted platform, a designated garage or hospital, a roster to choose from', () => {
  findingOf('第一条　直接指定某某网络科技有限责任公司统一负责全区系统软件的开发建设。', 'competition');
  findingOf('第二条　全市道路运输企业及从业人员安装应用“某某帮”安全培训管理服务平台。', 'competition');
  findingOf('第三条　货运企业按照二级维护的要求，到指定的某某汽车修理厂开展维护工作。', 'competition');
  findingOf('第四条　干部职工健康体检定点为某某市第一人民医院。', 'competition');
  findingOf('第五条　建立中介服务机构名录库，限定项目业主在服务机构名录中选择测绘单位。', 'competition');
  findingOf('第八条　市直学校学生装采购供应商为某某实业有限公司。', 'competition');
  findingOf('第九条　严禁任何学校和个人与中标供应商以外的商家直接订购学生装。', 'competition');
  findingOf('第十条　课后服务课程统一纳入某教育集团开发的“课后服务管理平台”运作。', 'competition');
  findingOf('第十一条　设立第三方机构目录库，由学校在目录库内选择第三方机构。', 'competition');
  findingOf('第十二条　供货企业原则上选择本区辖区内的生产企业。', 'competition');
  // An agency choosing for itself through a tender names no firm and binds no one.
  assert.equal(
    precheck({
      text: '第六条　采购人应当依法通过公开招标确定供应商，不得限定或者指定特定的专利、商标、品牌。',
    }).findings.filter((f) => f.category === 'competition' && f.severity !== 'low').length,
    0,
  );
});

test('disposing of seized property is a coercive measure', () => {
  findingOf('第七条　被扣留的车辆由市、区人民政府收购、置换或者托运回原籍。', 'coercion');
});

test('penalties in disguise: a 违约金 or a 通报 for breaking the document', () => {
  const f = findingOf('第十六条　商户违反本规定占道经营的，应当向市场管理方支付违约金500元，并在全区通报。', 'penalty');
  assert.match(f.advice, /违约金/);
});

test('a blanket bar for 失信 entries cites the national rule on proportionate punishment', () => {
  const f = findingOf('第十七条　被列入失信名单的企业，暂停其在本区办理的一切行政审批事项。', 'obligation');
  assert.equal(f.severity, 'high');
  assert.match(f.basis, /国办发〔2020〕49号/);
});

test('cutting water and power to force compliance cites 行政强制法 第四十三条', () => {
  const f = findingOf(
    '第十八条　对拒不拆除违法建筑的，由供水、供电企业停止供水、供电，直至当事人履行拆除决定。',
    'coercion',
  );
  assert.match(f.basis, /第四十三条第二款/);
  // The statute's own ban, restated, is a protection.
  assert.deepEqual(
    precheck({
      text: '第十八条　行政机关不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行相关行政决定。',
    }).findings,
    [],
  );
});

test('clawing back benefits already granted is retroactive', () => {
  findingOf('第十九条　本办法施行前已经发放的补贴，不符合本办法规定条件的，一律予以追回。', 'retroactivity');
  assert.deepEqual(precheck({ text: '第十九条　本办法施行前已经发放的补贴，不予追回。' }).findings, []);
});

test('a mandatory internal review before 复议 or 诉讼 restricts remedies', () => {
  const f = findingOf(
    '第二十条　当事人对处理决定不服的，应当先向区信访局申请复查，未经复查的，不得申请行政复议或者提起行政诉讼。',
    'obligation',
  );
  assert.match(f.basis, /行政复议法》第二条/);
  assert.match(f.advice, /直接申请行政复议/);
});

test('providers designated by count, business sent to them, and the designation enforced by 考核 or 通报', () => {
  findingOf('第三条　指定2家保险经纪公司为本行业责任保险经纪机构，明确5家保险机构为承保机构。', 'competition');
  findingOf('第四条　有关企业应当在上述保险机构进行投保。', 'competition');
  const text =
    '第一条　全区物业服务企业应当安装应用“安居通”物业培训服务平台。\n第二条　要将平台的应用情况纳入日常监管，定期检查和通报平台上培训开展情况。';
  const enforced = precheck({ text }).findings.filter((f) => f.category === 'competition');
  assert.deepEqual(
    enforced.map((f) => [f.severity, f.text.slice(0, 3)]),
    [
      ['high', '全区物'],
      ['medium', '要将平'],
    ],
  );
  // the same supervision of a duty nobody designated a provider for is no competition finding
  const plain = '第一条　物业服务企业应当开展从业人员培训。\n第二条　要将培训开展情况纳入日常监管，定期检查和通报。';
  assert.ok(!precheck({ text: plain }).findings.some((f) => f.category === 'competition'));
});
