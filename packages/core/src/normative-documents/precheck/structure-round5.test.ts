// The rules of the fifth round (docs/precheck.md, Evaluation), each with the real clause of the tuning part that
// motivated it: 地方性法规 in force that set 查封 or 扣押 (bench/precheck-corpus/lawful/, read from the LawRefBook
// repository's transcription of the national database) drew coercion findings that 行政强制法 第十条第三款 answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clear, counted, flags } from './finding-asserts';
import { precheck } from './run';

const XINXIANG = '新乡市人民代表大会常务委员会';
const ZHEJIANG = '浙江省人民代表大会常务委员会';
const NINGBO = '宁波市人民代表大会常务委员会';

function coercion(text: string, issuer?: string) {
  return precheck({ text, issuer }).findings.filter((f) => f.category === 'coercion');
}

test('coercion: a 法规 may set 查封 and 扣押 (行政强制法 第十条第三款) — a check, not a likely violation', () => {
  // 新乡市户外广告设置管理条例 第二十三条
  const seize =
    '第二十三条 城市管理行政主管部门在履行户外广告设置监督管理职能时可以查封、扣押与涉嫌违法广告设置直接相关的广告物品、经营工具、设备等财物。';
  // In a 行政规范性文件 it stays high: 法律、法规以外的其他规范性文件不得设定行政强制措施 (第十条第四款).
  flags(seize, 'coercion');
  clear({ text: seize, issuer: XINXIANG }, 'coercion');
  const [low] = coercion(seize, XINXIANG);
  assert.equal(low?.severity, 'low');
  assert.match(low?.basis ?? '', /第十条第三款：尚未制定法律、行政法规，且属于地方性事务的/);
  assert.match(low?.advice ?? '', /尚未制定法律、行政法规且属于地方性事务/);
  assert.doesNotMatch(low?.basis ?? '', /第十条第四款/);
  // 浙江省无人驾驶航空器公共安全管理规定 第十四条: 扣押 alone.
  const aircraft =
    '第十四条 无人驾驶航空器违反规定飞行，可能危及公共安全的，公安机关可以采取拦截、迫降、捕获等方式对无人驾驶航空器予以扣押。';
  flags(aircraft, 'coercion');
  clear({ text: aircraft, issuer: ZHEJIANG }, 'coercion');
});

test('coercion: the receipt of a seizure (暂扣凭证) names papers, it sets no second measure', () => {
  // 宁波市出租汽车客运管理条例 第三十五条
  const taxi =
    '第三十五条 车辆无营运权证从事出租汽车服务且无法当场提供其他有效证件的，交通运输主管部门可以扣押其车辆，并出具省交通运输主管部门统一印制的暂扣凭证。';
  flags(taxi, 'coercion');
  clear({ text: taxi, issuer: NINGBO }, 'coercion');
});

test('coercion: what no 法规 may set stays reported — 冻结, 限制人身自由, enforcement, disposal', () => {
  // 第九条第一项、第四项 are reserved to law (第十条第二款 withholds them even from 行政法规); 第十三条: 强制执行 by law.
  const freeze = '第二十条 对拒不缴纳罚款的经营者，市场监督管理部门可以冻结其存款、汇款。';
  flags({ text: freeze, issuer: XINXIANG }, 'coercion');
  const liberty = '第二十一条 对拒绝接受检查的人员，公安机关可以限制其人身自由二十四小时。';
  flags({ text: liberty, issuer: XINXIANG }, 'coercion');
  // 查封 beside 冻结 in one clause: the 冻结 keeps the clause reported.
  const both = '第二十二条 城市管理行政主管部门可以查封其经营场所，并冻结其银行账户。';
  flags({ text: both, issuer: XINXIANG }, 'coercion');
  const demolish = '第二十三条 逾期不拆除的，城市管理行政主管部门可以强制拆除。';
  flags({ text: demolish, issuer: XINXIANG }, 'coercion');
  // Disposing of what was seized is enforcement (第十二条第三项), as the 杭州 case of the corpus shows.
  const disposal = '第二十四条 被扣押的车辆由市人民政府统一收购、置换。';
  flags({ text: disposal, issuer: XINXIANG }, 'coercion');
});

test('penalty, not coercion: 暂扣 of a 营运权证 or 从业资格证 suspends a licence (行政处罚法 第九条第三项)', () => {
  // 宁波市出租汽车客运管理条例 第四十二条
  const suspend =
    '第四十二条 出租汽车驾驶员违反本条例第十五条规定的，由出租汽车管理机构责令其改正，处三百元以上三千元以下罚款，可以并处暂扣三十日以下的车辆营运权证、从业资格证；';
  clear(suspend, 'coercion');
  flags(suspend, 'penalty');
  // In the 法规 itself the penalty is a check (行政处罚法 第十二条).
  assert.equal(counted({ text: suspend, issuer: NINGBO }, 'penalty').length, 0);
});

test('coercion: cutting power to fight a fire, or an outage given as a cause, forces nobody (第四十三条 untouched)', () => {
  // 重庆市消防条例 第五十三条第二项, 第四十五条
  clear('（二）截断电力、可燃气体和液体的输送，限制用火用电；', 'coercion');
  clear(
    '第四十五条 因道路施工或者因停水、停电、切断通信线路可能影响灭火救援工作的，有关单位应当事先通知公安机关消防机构。',
    'coercion',
  );
  flags('对拒不整改的经营户，由供水企业停止供水。', 'coercion');
  flags('拒不改正的，可以对其停水停电。', 'coercion');
});

test('competition: applying to the local authority chooses no 经营者', () => {
  // 重庆市消防条例 第二十五条
  clear(
    '第二十五条 公众聚集场所在投入使用、营业前，建设单位或使用单位应当向当地公安机关消防机构申请消防安全检查。',
    'competition',
  );
  flags('第二十五条 建设单位应当从当地检测机构中选择一家开展消防检测。', 'competition');
  flags('建设单位应当选用本地企业生产的建材。', 'competition');
});

test('certificate: a firm issuing its own results truthfully is no 证明事项', () => {
  // 广东省道路运输条例 第三十三条第二款
  clear(
    '机动车维修质量检验经营者应当如实出具检测报告、检验结果证明，并对其真实性和准确性承担法律责任。',
    'certificate',
  );
  flags('申请人应当出具有资质的检测机构检验合格证明。', 'certificate');
});

test('coercion: a supplier stopping its own supply forces nobody; 行政强制法 第四十三条 is a cut to force compliance', () => {
  // 菏泽市城市供水条例, 商丘市城市供水条例 第三十八条, 东营市城市供水条例, 青岛市城市供水条例 第四十九条: an outage named,
  // a stop for unsafe water, a supplier fined for stopping supply, its notice, its contract remedy for its own bill.
  for (const text of [
    '连续停止供水超过二十四小时的，供水企业、自建设施供水管理单位、二次供水设施管理单位应当采取应急供水措施，为居民提供基本生活用水。',
    '第三十八条 二次供水水质应当符合国家规定的饮用水标准。二次供水水质不符合国家规定的饮用水标准的，二次供水设施管理单位应当立即停止供水，组织清洗、消毒，及时告知用户。',
    '（二）擅自停止供水或者未履行停水通知义务的，处一万元以上五万元以下的罚款；',
    '单位用户在接到水费催交通知后超过十五日无正当理由仍未交纳水费的,供水企业可以按照合同约定停止供水。',
    '停止供水的，供水企业应当提前四十八小时通知用户。',
  ]) {
    clear(text, 'coercion');
  }
  // The cut as the means of making someone comply stays high, whoever carries it out.
  flags('对欠缴物业费超过六个月的业主，物业服务企业可以采取停止供水、供电措施。', 'coercion');
  flags('对拒不拆除违法建筑的，由供水、供电企业停止供水、供电，直至当事人履行拆除决定。', 'coercion');
  flags({ text: '对拒不拆除违法建筑的，由供水企业停止供水。', issuer: XINXIANG }, 'coercion');
});

test('coercion: the sanction of 城市供水条例 第三十五条第二款 said again is a check citing that regulation', () => {
  // 东营市城市供水条例
  const text = '转供城市供水，情节严重的，报经有批准权的人民政府批准，还可以在一定时间内停止供水。';
  clear(text, 'coercion');
  const [low] = coercion(text);
  assert.equal(low?.severity, 'low');
  assert.match(low?.basis ?? '', /《城市供水条例》第三十五条第二款/);
  assert.match(low?.advice ?? '', /盗用、转供/);
});

test('competition: a ban on requiring a designated product protects the customer, whoever it binds', () => {
  // 洛阳市燃气管理条例 第十七条
  clear(
    '第十七条 燃气经营企业不得有下列行为：\n（一）向不具备安全条件的用户供气；\n（三）要求燃气用户购买其指定的产品或者服务；',
    'competition',
  );
  flags('第十七条 燃气用户应当购买燃气经营企业指定的产品。', 'competition');
});

test('certificate: a 法规 is itself a basis for a 证明事项 (优化营商环境条例 第四十四条) — a check', () => {
  // 浙江省燃气管理条例 第十九条
  const text =
    '第十九条 申请从事瓶装燃气经营的单位和个人，应当向市、县燃气主管部门提出申请，并附具符合本条例第十八条第二款规定条件的有关证明材料。';
  flags(text, 'certificate');
  clear({ text, issuer: ZHEJIANG }, 'certificate');
  const low = precheck({ text, issuer: ZHEJIANG }).findings.find((f) => f.category === 'certificate');
  assert.match(low?.advice ?? '', /第四十四条/);
  // A circular certificate is no less circular in a 法规.
  flags({ text: '申请人已提交营业执照的，仍应当再次提交营业执照复印件并出具证明。', issuer: ZHEJIANG }, 'certificate');
});
