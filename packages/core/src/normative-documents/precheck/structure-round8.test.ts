// The rules of the eighth round (docs/precheck-rounds.md, round 8), each written from a round-8 tuning clause — the
// 市场监管总局 公平竞争审查督查整改 and 制止滥用行政权力 cases, 国家发展改革委's 市场准入 cases — and the statute it
// breaches, never from a held-out finding. Each test quotes the real clause, then the lawful neighbours the rule must
// leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clear, counted, flags } from './finding-asserts';

test('competition: a reward paid as a share of the tax the firm leaves behind (第十条)', () => {
  // 常德市促进建筑业高质量发展的若干政策措施; 荆州市沙市区…促进建筑业发展实施意见; 古田县 古政办〔2021〕13号.
  flags('补贴相关建设单位，补贴额度为该项目建筑业企业缴纳增值税和企业所得税地方留存部分的10%。', 'competition');
  flags(
    { text: '企业当年缴纳税收按沙市本级留成部分的20％奖励给参建企业。', issuer: '荆州市沙市区人民政府' },
    'competition',
  );
  const gutian =
    '对2022年9月5日内在我县累计入库税额（含增值税、城市维护建设税、企业所得税、个人所得税和印花税）超过1亿元以上的企业，再给予企业地方成部分 5%的奖励。';
  flags(gutian, 'competition');
  assert.match(counted(gutian, 'competition')[0]?.basis ?? '', /第十条/);
  // Tax owed at a statutory rate, and a duty to pay it, reward nobody.
  clear('对符合条件的小型微利企业，按照国家规定减按20%的税率缴纳企业所得税。', 'competition');
  clear('企业应当依法缴纳增值税和企业所得税。', 'competition');
});

test('competition: a firm that took a benefit may not leave, however the text words it (第九条第（一）项)', () => {
  // 甘洛县稳增长稳市场主体保就业若干政策措施; 武侯区促进电商直播产业发展扶持办法（试行）.
  flags('获得政府奖励的企业，10年内不外迁至县外（包括将公司资质剥离）。', 'competition');
  flags(
    {
      text: '企业在武侯区正常经营的存续期不得低于10年或投资协议约定年限，在此期间迁出武侯区的，原享受的扶持补贴资金须全部退回。',
      issuer: '成都市武侯区人民政府办公室',
    },
    'competition',
  );
  // Moving away with nothing to return, and returning what was obtained by fraud, bar no exit.
  clear('企业迁出本区的，应当依法办理税务迁移手续。', 'competition');
  clear('以欺骗手段取得补贴资金的，由财政部门责令退回。', 'competition');
});

test('competition: the providers a text names, as 定点, as the qualified firms, or as the one that handles the work (第八条第（三）项)', () => {
  // 海东市干部保健委员会办公室 东干保办〔2021〕2号 and 〔2022〕2号.
  flags(
    '2021年健康体检由青海省人民医院、青海大学附属医院、青海省中医院、青海省心脑血管病专科医院、海东市第一人民医院、海东市第二人民医院作为定点体检医院。',
    'competition',
  );
  flags(
    '青海省某6家医疗机构作为市直各单位干部职工2022年健康体检的定点体检医院，体检经费由省财政干部职工健康体检补助资金和市财政补助资金构成。',
    'competition',
  );
  // 银川市教育局 银教发〔2019〕124号; 中宁县教育体育局.
  flags('具备安装资质的企业分别是宁夏某保安电子服务有限公司、宁夏某智能科技有限公司。', 'competition');
  // 白银市人民政府办公室 (2012); 秀山县农业农村委员会 (2018); 伊川县人民政府办公室 (2022); 零陵区教育局 (2021).
  flags(
    '团体意外伤害保险业务由市人力资源和社会保障局委托某保险公司白银分公司承办，市社会保险服务中心作为团体意外伤害保险的投保人具体管理。',
    'competition',
  );
  flags(
    '二、试点保险机构：2018年生猪养殖收益保险由某2家财险秀山支公司共同承担，山羊养殖收益保险承保机构为某1家财险秀山支公司。',
    'competition',
  );
  flags('制定研学旅行运营方案，以某企业为主体承办县内研学旅行活动。', 'competition');
  flags('明确要求全县各中小学校、职业中专学生到零陵某医院进行视力检查。', 'competition');
  // 滕州市人民政府办公室: the work reserved to a state-owned firm.
  flags('由市住房和城乡建设局委托国有企业作为2022年老旧小区改造项目实施主体。', 'competition');
  // Applying to become a 定点, a public body handling a service, and any qualified firm stay clear.
  clear('符合条件的医疗机构可以申请作为定点医疗机构，经评估后签订服务协议。', 'competition');
  clear('具备相应资质的企业均可参与投标。', 'competition');
  clear('参保人员在定点医疗机构发生的医疗费用，按规定报销。', 'competition');
  clear('学生视力检查由学校组织，家长可自主选择具备资质的医疗机构。', 'competition');
});

test('competition: suppliers confined to a park or a roster, and rosters rewarded (第八条第（三）项)', () => {
  // 巴州卫健委…注册企业采购药品、设备、耗材工作方案（试行）.
  flags(
    '各级各类公立医疗卫生机构在采购前必须严格审核医疗配送企业资质，查看医疗企业是否在巴州医药智能物流产业园入园注册。',
    'competition',
  );
  // 邯郸市城郊水电管理处 供电施工队伍资格审查管理办法（试行）; 大连市自然资源局 大自然资便笺〔2021〕175号.
  flags(
    '凡需在我处供电线路设备上T接、施工的队伍，严格从我处审核通过的《合格供电施工队伍名录》中择优选用，禁止《合格供电施工队伍名录》之外的施工队伍在我处或需接入我处的供电线路施工。',
    'competition',
  );
  flags(
    '自6月20日起，各建设单位竣工验收阶段所涉及到的所有测绘中介服务事项，必须在大连市建设工程联合审批平台上从已公布的“多测合一”中介服务机构名录中选定一家测绘资质单位进行测绘作业。',
    'competition',
  );
  // 永昌县2022年农业生产托管项目实施方案.
  flags(
    '县农业农村局要根据各类服务组织的特点，建立起县域农业生产托管服务组织名录库，实行名录管理，将服务能力强、服务效果好、运营管理规范、服务质量和价格得到服务对象认可和好评的服务组织，予以重点扶持。',
    'competition',
  );
  // A park's own services and a public register of firms stay clear.
  clear('园区管委会为在产业园注册的企业提供政务代办服务。', 'competition');
  clear('建立企业信用信息公示名录，向社会公开。', 'competition');
});

test('competition: local firms considered, picked or rewarded first, and experience at home demanded (第九条)', () => {
  // 通榆县肉牛养殖园区运营管理方案（试行）; 朱家角镇建设项目管理办法 青朱府〔2021〕36号; 霞浦县促进建筑业持续健康发展实施意见.
  flags(
    '根据市场价格，通过规范的采购程序，购买初次产犊的优质基础母牛，在同等价格的基础上，优先考虑本地龙头企业。',
    'competition',
  );
  flags(
    '由领导小组会议讨论决定或通过比价形式确定施工单位，原则上选取注册并纳税在本镇的具备相应资质的企业。',
    'competition',
  );
  flags(
    '我县民营投资（含房地产）项目在满足资质许可的条件下，依法发包给本地施工企业施工的，给予投资建设单位奖励。',
    'competition',
  );
  // 天津市工业和信息化局 关于征集5G应用解决方案供应商的通知: the issuer's city is the home place.
  flags(
    {
      text: '申报单位应具有三个或三个以上5G典型应用场景的建设经验，至少有一个场景在天津市已落地实施且愿意主动配合开展现场调研和宣传推广。',
      issuer: '天津市工业和信息化局',
    },
    'competition',
  );
  // A project to be carried out at home asks nothing of the firm's past; hiring local labour is employment policy.
  clear({ text: '申报项目须在天津市实施，并于2023年底前完工。', issuer: '天津市工业和信息化局' }, 'competition');
  clear('鼓励企业优先招用本地劳动力。', 'competition');
});

test('licensing: a consent, a filing or an opinion placed in front of a certificate, a closure or the 营业执照 (行政许可法 第十七条)', () => {
  // 洋县移民（脱贫）搬迁产业孵化基地服务管理办法（试行） 洋政办发〔2021〕13号.
  flags('自然资源局核发《不动产权登记证书》前，应征得园区办同意。', 'licensing');
  flags('入园企业合并、分立、停业及注销等，要提前3个月书面报告园区办备案。', 'licensing');
  // 德宏州's notice on used-car markets, as 国家发展改革委 paraphrases it.
  flags(
    '有关申请需经商务部门核实后，工商行政管理（市场监管）机关根据商务主管部门的意见，对符合条件的予以发放营业执照，不符合条件的不予发放营业执照。',
    'licensing',
  );
  // 宜昌市住房和城乡建设局 宜市住建文〔2021〕9号.
  flags(
    '对经多次督促仍未申请合同网签资格、仍未提供诚信服务房信码的房地产经纪机构纳入重点监管范围，情节严重的会同市场监管等相关部门实施联合惩戒，拒不整改到位的坚决清理出房地产经纪市场。',
    'licensing',
  );
  // The issuing body's own review, the registration authority's check, and a change registered after the fact stay
  // clear.
  clear('发证机关在核发许可证前，应当对申请材料进行审查。', 'licensing');
  clear('经市场监督管理局审核，符合条件的，核发营业执照。', 'licensing');
  clear('企业合并、分立的，应当自作出决议之日起30日内向登记机关申请变更登记。', 'licensing');
});

test('competition, second batch: contribution-linked support, claw-backs in other words, named operators and 定点, lists that refuse the rest (第八条至第十条)', () => {
  // 江苏 某县级市 关于进一步促进全市建筑业高质量发展的实施意见; 北京 某区支持企业发展办法（试行）.
  flags('凡本土建筑业企业在市外承接工程，回我市结算清缴，按该企业经济贡献额度进行奖励。', 'competition');
  flags('同一企业在同一年度内享受多项资金支持的，支持总额原则上不超过其当年区域综合贡献的60%。', 'competition');
  // 江苏 某县“十四五”企业上市（挂牌）行动计划.
  flags(
    '（七）相关要求。企业在享受奖励政策前，须对本企业在上市成功后5年内注册地不迁出我县向县政府作出书面承诺，如违反承诺，收（扣）回已兑现的奖励资金。',
    'competition',
  );
  // 北京 某区美丽乡村建设工作方案; 山东 某市抗疫企业风险过桥基金实施办法; 江苏 某市 定点体检单位的通知.
  flags('发挥专业公司的力量，将某公司作为区级项目管理公司，由其对美丽乡村建设进行全过程管理。', 'competition');
  flags(
    '由某市财金有限公司委托其权属公司某市财融应急转贷基金公司作为基金的运营机构，负责基金的日常管理和运营。',
    'competition',
  );
  flags('市级机关工作人员定点体检单位为某市人民医院、某市中医院、某健康管理中心、某医院。', 'competition');
  // 江苏 某市公共资源交易中心's list of guarantee issuers; 扬州 某镇's tender; 江苏 某市's scrapping subsidy.
  flags(
    '公布的71家出函机构可供投标人选择办理投标保函（保单）业务，非公布名单中机构出具的保函（保单）文件平台恕不接受。',
    'competition',
  );
  flags('在项目所在地成立服务机构或分公司并设置合适的办公场地。', 'competition');
  flags(
    {
      text: '享受本市提前淘汰报废的国三及以下排放标准柴油车补贴需符合如下要求：机动车在补贴通告发布之日至2022年12月31日在本市报废汽车回收企业报废，并办理注销登记手续。',
      issuer: '某市生态环境局',
    },
    'competition',
  );
  // 盐城 消防验收技术服务机构 信用评价计分方法; 北京 某区拆除腾退地块复绿管理办法.
  flags('企业在盐城市范围以外获得的不在加分统计范围。', 'competition');
  flags('由区园林绿化局组织属地镇（街道）或区属公司进行临时绿化造林。', 'competition');
  // A commendation, a tender's result, a 定点's duties, a roster anyone may join, and an inspection at home with no
  // benefit attached stay clear.
  clear('对在安全生产工作中作出突出贡献的单位和个人给予奖励。', 'competition');
  clear('经公开招标确定的公司作为运营单位，签订特许经营协议。', 'competition');
  clear('定点医疗机构为参保人员提供医疗服务，应当严格执行医疗保障政策。', 'competition');
  clear('机动车应当在本市机动车检验机构进行安全技术检验。', 'competition');
});

test('lawful neighbours from the 优化营商环境条例 of the tuning part stay clear', () => {
  // 重庆市优化营商环境条例 and 上海市优化营商环境条例: registering at home is the firm's own business, not a seat demanded.
  clear(
    '企业等经营主体在本市办理设立、变更、备案等登记注册业务或者申报年报时，市场监管部门应当告知其填报法律文书送达地址。',
    'competition',
  );
  // …while a benefit that demands the registration at home is still read (昆明 某区 旅游业补助, a round-2 tuning case).
  flags('申报转型升级发展旅游业补助资金的企业，必须在某区注册、办理税务登记且独立核算的企业。', 'competition');
  // 重庆市优化营商环境条例: a ban whose act lists the measures bans every one of them.
  clear(
    '严禁违反法定权限、条件、程序对市场主体的财产和企业经营者个人财产实施查封、冻结和扣押等行政强制措施。',
    'coercion',
  );
  flags('对拒不整改的经营者，可以查封、冻结和扣押其财产。', 'coercion');
});
