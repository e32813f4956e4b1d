import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  precheck,
  precheckCategories,
  precheckCategoryLabels,
  precheckSeverityLabels,
  type PrecheckCategory,
} from './index';

function categoriesOf(text: string): PrecheckCategory[] {
  return [...new Set(precheck({ text }).findings.map((f) => f.category))];
}

function assertFlags(text: string, category: PrecheckCategory): void {
  assert.deepEqual(categoriesOf(text), [category], text);
}

function assertClean(text: string): void {
  assert.deepEqual(precheck({ text }).findings, [], text);
}

test('flags a clause that sets a fine without a legal basis', () => {
  assertFlags('对违反本办法的，由区城市管理局处以五千元以上一万元以下罚款。', 'penalty');
  assertFlags('经营者拒不改正的，由区市场监管局吊销其营业执照。', 'penalty');
});

test('does not flag a clause that restates the 行政处罚法 or refers to the laws in general', () => {
  assertClean('违反本办法规定的，由区市场监督管理局依照《中华人民共和国行政处罚法》第二十八条的规定处以罚款。');
  assertClean('违反本办法规定的，由有关部门依照有关法律、法规的规定予以处罚。');
  assertClean('对违反本办法规定的，由区市场监管局责令改正。');
});

test('treats "依法" with an amount fixed by the document as setting the fine itself', () => {
  assertFlags('违反本办法规定的，由区生态环境分局依法处以二万元罚款。', 'penalty');
});

test('flags approval gates binding citizens and firms but not approvals inside the administration', () => {
  assertFlags('申请人须经区市场监督管理局批准方可从事经营活动。', 'licensing');
  assertFlags(
    '在本区开办培训机构的，除具备《中华人民共和国民办教育促进法》规定的条件外，还应当取得区教育局的准入意见。',
    'licensing',
  );
  assertClean('区财政局拨付专项资金，须经区人民政府批准后方可执行。');
  assertClean('从事食品经营活动，应当依法取得食品经营许可。');
});

test('flags coercive measures and leaves safeguards and court enforcement alone', () => {
  assertFlags('对拒不整改的，由执法大队予以查封、扣押。', 'coercion');
  assertClean('严禁违反法定权限、条件、程序对市场主体的财产实施查封、冻结和扣押等行政强制措施。');
  assertClean('当事人逾期不履行行政决定的，区城管局可以依法申请人民法院强制执行。');
  assertClean('加强行政执法队伍建设，提高执法人员素质。'); // "加强行政" holds "强行" across two words
});

test('flags fees and deposits levied on firms but not bans on charging or payments by the government', () => {
  assertFlags('企业应当向区住房和城乡建设局缴纳农民工工资保证金。', 'fee');
  assertClean('行政机关提供行政许可申请书格式文本，不得收费。');
  assertClean('区财政局应当按照合同约定及时向中标企业支付服务费。');
  assertClean('施工总承包单位应当依照《保障农民工工资支付条例》第三十二条的规定缴存工资保证金。');
});

test('a duty to display the charges (公示收费标准) discloses a price, it does not levy a fee', () => {
  assertClean('经营性停车场应当在显著位置公示收费标准。');
  // a duty of the operator without a cited basis may still be an obligation finding, but never a fee
  assert.ok(!categoriesOf('经营者应当在经营场所醒目位置公布收费项目和收费依据。').includes('fee'));
  // the same clause that makes the operator charge a fee of its own is still a fee
  assertFlags('经营性停车场应当向停车人收取停车管理费。', 'fee');
});

test('applying for a licence the national rules already require (按照国家有关规定…申请许可) creates none', () => {
  assertClean('培训机构应当经街道办事处同意，按照国家有关规定到区教育局申请办学许可。');
  assertFlags('培训机构应当经街道办事处同意，到区教育局申请办学许可。', 'licensing');
});

test('flags duties added to citizens and firms but not duties of administrative bodies or encouragement', () => {
  assertFlags('辖区内的个体工商户应当于每年1月31日前向街道办事处报送上一年度经营情况。', 'obligation');
  assertFlags('对未缴清物业服务费的业主，不予办理房屋装修备案手续。', 'obligation');
  assertClean('各街道办事处应当于每年12月31日前向区政府报告本年度法治政府建设情况。');
  assertClean('鼓励企业建立合规管理体系，支持行业协会开展自律管理。');
  assertClean('经营者应当依照《中华人民共和国价格法》第十三条的规定明码标价。');
});

test('flags local protection, designated suppliers and selective subsidies', () => {
  assertFlags('外地企业不得参与本区政府投资项目招标。', 'competition');
  assertFlags('政府投资项目所需建筑材料，应当优先采购本地企业生产的产品。', 'competition');
  assertFlags('各经营单位必须安装区公安分局指定品牌的视频监控设备。', 'competition');
  assertFlags('仅对本地企业给予补贴。', 'competition');
  assertClean('各部门不得限定或者变相限定单位和个人经营、购买、使用其指定的经营者提供的商品和服务。');
  assertClean('行政机关不得要求外地企业在本地设立分支机构。');
});

test('flags certificates the government can obtain itself, and not the rule that forbids them', () => {
  assertFlags('申请人应当提供由社区出具的无违法犯罪证明。', 'certificate');
  assertClean('行政机关不得要求申请人提供循环证明、重复证明、无谓证明。');
  assertClean('申请人的户籍信息由受理部门通过部门间核查获取，不再要求申请人提供证明。');
});

test('rates circular and duplicate certificates higher than other certificate demands', () => {
  const duplicate = precheck({ text: '申请人已在其他部门提交过的材料，办理本事项时仍须再次提供相关证明。' }).findings;
  const other = precheck({ text: '申领创业补贴的，应当提供社区出具的本人未就业证明。' }).findings;
  assert.equal(duplicate[0]?.severity, 'high');
  assert.equal(other[0]?.severity, 'medium');
});

test('reports a basis cited only elsewhere in the article at low severity', () => {
  const text = '第九条　违反本办法规定的，依照《中华人民共和国食品安全法》的规定处罚。情节严重的，吊销其营业执照。';
  const [finding] = precheck({ text }).findings;
  assert.equal(finding?.category, 'penalty');
  assert.equal(finding?.severity, 'low');
  assert.equal(finding?.text, '情节严重的，吊销其营业执照。');
});

test('points every finding at its clause: start and end slice back to the clause text', () => {
  const text =
    '第一条　为了规范管理，制定本办法。\n第二条　申请人须经区商务局批准方可开业。\n第三条　违反本办法规定的，处以一千元罚款。';
  const findings = precheck({ text }).findings;
  assert.deepEqual(
    findings.map((f) => [f.category, f.text]),
    [
      ['licensing', '申请人须经区商务局批准方可开业。'],
      ['penalty', '违反本办法规定的，处以一千元罚款。'],
    ],
  );
  for (const f of findings) {
    assert.equal(text.slice(f.start, f.end), f.text);
    assert.ok(f.basis.length > 0 && f.advice.length > 0);
  }
});

test('labels every category and severity in Chinese', () => {
  for (const c of precheckCategories) assert.match(precheckCategoryLabels[c], /[\u4e00-\u9fa5]/);
  assert.deepEqual(precheckSeverityLabels, { high: '高', medium: '中', low: '低' });
});
