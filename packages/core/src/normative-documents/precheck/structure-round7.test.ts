// The rules of the seventh round (docs/precheck.md, Evaluation), each written from a round-7 tuning clause — the
// 国家发展改革委 市场准入 cases (第5期、第六批、第七批) and the 市场监管总局 / provincial 公平竞争审查 cases — and the
// statute it breaches, never from a held-out finding. Each test quotes the real clause, then the lawful neighbours the
// rule must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { homePlaces, withHomeAsLocal } from './document/home-place';
import { clear, counted, flags } from './finding-asserts';

test('the home place is read from the issuer and the head of the title, with the short form a text uses', () => {
  assert.deepEqual(homePlaces({ issuer: '德阳市罗江区综合行政执法局' }), ['德阳市', '罗江区', '德阳', '罗江']);
  assert.deepEqual(homePlaces({ issuer: '象山县住房和城乡建设局' }), ['象山县', '象山']);
  assert.deepEqual(homePlaces({ title: '关于印发某办法的通知' }), []);
  // Offsets survive: "本地" stands where the name stood, and each of its offsets maps back.
  const { text, origin } = withHomeAsLocal('须在华蓥市设立分支机构', ['华蓥市', '华蓥']);
  assert.equal(text, '须在本地设立分支机构');
  assert.equal(origin[text.indexOf('设立')], '须在华蓥市设立分支机构'.indexOf('设立'));
  // A named city's urban area is left to the terms that read it ("在黄冈市区具有固定的经营场所").
  assert.equal(withHomeAsLocal('在黄冈市区具有', ['黄冈市', '黄冈']).text, '在黄冈市区具有');
});

test('competition: the document names its own place where others write 本地 (第九条)', () => {
  // 华蓥市互联网租赁自行车管理办法（征求意见稿）, as 国家发展改革委 第七批 quotes it.
  const huaying = {
    text: '互联网租赁自行车企业需在华蓥市设立分支机构，并需通过相关部门备案审查。',
    issuer: '华蓥市交通运输局',
  };
  flags(huaying, 'competition');
  // 罗江区's notice lists the conditions as bare items.
  const luojiang = { text: '在罗江注册全资运营子公司并在罗江缴纳相关税费', issuer: '德阳市罗江区综合行政执法局' };
  flags(luojiang, 'competition');
  flags({ text: '在罗江设立办公场所、负责人员和管理人员', issuer: '德阳市罗江区综合行政执法局' }, 'competition');
  // 惠安县: local firms put first, outsiders only when too few.
  flags(
    {
      text: '小规模公路、水利及其他工程施工根据本规定采用公开招标或邀请招标方式进行的，投标人根据项目特点所要求的相关资质，优先选择在惠安县注册登记的企业或分支机构，投标人数量不足的再从外县市产生。',
      issuer: '惠安县人民政府办公室',
    },
    'competition',
  );
  // Only the document's own place: another city named in the text is no home, and the same words with no issuer
  // name no place.
  clear({ text: '企业需在成都市设立分支机构。', issuer: '华蓥市交通运输局' }, 'competition');
  clear('互联网租赁自行车企业需在华蓥市设立分支机构。', 'competition');
  // A scope clause and a description of the place stay clear.
  clear({ text: '本办法适用于华蓥市行政区域内互联网租赁自行车的管理。', issuer: '华蓥市交通运输局' }, 'competition');
});

test('competition: a stake or status reserved to state-owned firms (第八条第（四）项, 优化营商环境条例 第十二条)', () => {
  // 平潭综合实验区管委会关于加快风能产业发展的实施意见, as the case paraphrases it.
  const pingtan = '参与开发风能资源的企业中，区属国有企业以入股的方式参与风场资源开发运营的持股比例不得低于20%。';
  flags(pingtan, 'competition');
  assert.match(counted(pingtan, 'competition')[0]?.basis ?? '', /《优化营商环境条例》第十二条/);
  // 郧阳区's auction notice: state ownership and investment at home as the bidder's qualification.
  flags(
    {
      text: '具有独立法人资格的国有或国有控股企业，实缴注册资金2亿元以上；竞得人须承诺在郧阳区境内投资不低于30亿元打造一个产业园区',
      issuer: '十堰市郧阳区自然资源和规划局',
    },
    'competition',
  );
  clear('深化国有企业改革，推动国有资本做强做优做大。', 'competition');
  clear('国有企业应当带头落实安全生产责任。', 'competition');
});

test('competition: a guarantee from a bank at home, a registration place confined (第九条)', () => {
  flags(
    { text: '竞买人在资质审查截止时间前提供十堰市境内任何银行的履约保函', issuer: '十堰市郧阳区自然资源和规划局' },
    'competition',
  );
  flags('要求运营企业在本地商业银行设立资金账户。', 'competition');
  flags('限定第三方监控机构的注册地等条件，要求相关企业向吐鲁番市道路运输管理机构进行备案。', 'competition');
  clear('鼓励本地银行开展履约保函业务。', 'competition');
  clear('投标人可以银行保函形式提交投标保证金。', 'competition');
});

test('competition: work routed to firms the text picks — one firm’s service, firms by count, a 定点 (第八条第（三）项)', () => {
  // 吐鲁番市应急管理局's notices, as the case paraphrases them.
  flags('将全市辖区内特别是鄯善县的车辆纳入吐鲁番市某信息技术有限公司提供的第三方监控服务中。', 'competition');
  flags('指定由2家公司完成4G视频主动安全智能监控设备的安装工作。', 'competition');
  // 白银市平川区卫生健康局.
  flags(
    '经区卫健局局务会议研究，确定白银市中心医院为全区食品和公共场所从业人员的预防性健康体检定点医疗机构，承担全区预防性健康体检工作。',
    'competition',
  );
  // 象山县's roster: the choice inside it is free, the roster is the agency's (优化营商环境条例 第四十三条).
  flags('有关单位和个人可从推荐名录中自主择优选定鉴定机构。', 'competition');
  clear('将符合条件的车辆纳入监管服务平台。', 'competition');
  clear('确定每年9月为安全生产宣传月。', 'competition');
  clear('各单位可自主选择具有相应资质的鉴定机构。', 'competition');
});

test('licensing: registration with the local body, a check before the 营业执照, a precondition of a licence (许可法 第十七条)', () => {
  // 象山县房屋安全鉴定市场管理细则 (象建房〔2022〕1号).
  flags(
    '鉴定机构在本县行政区域范围内开展房屋安全鉴定业务的，在取得市住建局备案证明后应向县住建局进行登记。',
    'licensing',
  );
  flags('年度考核分低于60分的视为考核不合格，予以撤销登记。', 'licensing');
  // 南靖县民宿管理办法, as the case paraphrases it.
  flags(
    '南靖县民宿发展协调小组对拟新开办民宿的消防安全、卫生等实地核验、集体评审通过后，县市场监督管理局才可为经营者办理营业执照。',
    'licensing',
  );
  // 正安县's notice, as the case paraphrases it.
  flags('将“必须挂靠公司经营”“提供挂靠公司的审查意见”等作为办理城镇燃气经营许可证和年审的前置条件。', 'licensing');
  // The agency's own review of a plan, an inspection after the licence, and a ban on such preconditions stay clear.
  clear('项目方案经专家评审通过后，由区政府组织实施。', 'licensing');
  clear('不得将无关事项作为办理许可证的前置条件。', 'licensing');
  clear('在本县从事家政服务的，可以向县商务局申请纳入诚信服务名单。', 'licensing');
});

test('licensing: conditions added to a licence — a capital threshold, a demanded intermediary (第十六条第四款)', () => {
  // 沧州市行政审批局's 审查要点.
  flags(
    '对从事包装装潢印刷品和其他印刷品印刷经营活动的企业设立审批：需提供会计师事务所的验资报告或银行存款证明，银行账户余额不少于5万元。',
    'licensing',
  );
  // 长汀县促进民宿高质量发展实施意见（试行）: the fire-safety appraisal licence was abolished in 2019.
  const changting = '民宿经营者要委托在省消防总队备案有法定资质的第三方鉴定机构对民宿消防安全进行评估。';
  flags(changting, 'licensing');
  assert.match(counted(changting, 'licensing')[0]?.basis ?? '', /《优化营商环境条例》第四十三条/);
  clear('经营者可以委托具有相应资质的机构开展消防安全评估。', 'licensing');
  clear(
    '特种设备使用单位应当委托具有资质的检验机构进行定期检验，依据《中华人民共和国特种设备安全法》第四十条。',
    'licensing',
  );
});

test('the second batch: a zone as home, local plates, a class of work handed to one firm, conditions and a roster as the gate', () => {
  // 丽水经济技术开发区's transport scheme (丽经开〔2021〕39号): the zone's own text calls it 开发区.
  assert.ok(homePlaces({ title: '丽水经济技术开发区工程渣土运输管理实施方案' }).includes('开发区'));
  const lishui = { title: '丽水经济技术开发区工程渣土、建筑垃圾、混凝土、砂石料运输管理实施方案（试行）' };
  flags(
    { ...lishui, text: '具有独立法人资格，且在开发区注册公司，持有相关行政管理部门核发的营业执照等证照' },
    'competition',
  );
  flags('全区范围内工程运输车须先到公安交警部门办理或转籍为本地号牌。', 'competition');
  flags('除市本级和莲都区车牌外，其他外地牌照一律不得在开发区从事工程渣土运输', 'competition');
  flags(
    '实行工程运输承运资质管理。符合以下条件的运输企业，方可在本区范围内从事工程渣土、建筑垃圾、混凝土、砂石料运输业务：',
    'licensing',
  );
  // 武义县's notice: a roster as the gate.
  flags('个人或未纳入运输企业准入名录的企业及车辆，不得在县域范围内从事建筑垃圾运输。', 'licensing');
  // 贺兰县住房和城乡建设局 (贺建发〔2017〕127号).
  flags('凡贺兰县境内的有线电视工程，均由某公司建设。', 'competition');
  clear('符合以下条件的企业，方可申请本办法规定的补贴：', 'licensing');
  clear('工程建设均由建设单位负责组织实施。', 'competition');
  clear('机动车应当按规定悬挂号牌。', 'competition');
});

test('a list of what the drafting body or the tenderer may not do creates none of it; its own 公平竞争审查 is procedure', () => {
  // 浙江省招标投标领域公平竞争审查细则 (2025), a lawful round-7 document: each line lists a banned measure.
  const zhejiang = [
    '（二）起草单位应当落实全国统一的市场准入条件，对经营者参与投标活动，不得制定以下政策措施：',
    '1. 对市场准入负面清单以外的行业、领域、业务，要求经营者在参与投标活动前取得行政许可；',
    '2. 要求经营者在本地区设立分支机构、缴纳税收社保或者与本地区经营主体组成联合体；',
    '（八）招标人在编制招标文件时，不得设置以下限制条件：',
    '12. 对仅需提供有关资质证明文件、证照、证件复印件的，要求必须提供原件；对按规定可以采用“多证合一”电子证照的，要求必须提供纸质证照；',
    '13. 要求投标人取得培训合格证、上岗证等特定地区或者特定行业组织颁发的相关证书，或者取得特定行业组织成员身份；',
  ].join('\n');
  for (const category of ['competition', 'licensing', 'certificate', 'fee'] as const) clear(zhejiang, category);
  clear('招标人应当在公开发布招标文件前开展公平竞争审查，并作出书面审查结论。', 'obligation');
  // A list the public must keep to is read as before: its items bind the public.
  flags(['经营者应当遵守下列规定：', '1. 必须在本地设立分支机构；'].join('\n'), 'competition');
});
