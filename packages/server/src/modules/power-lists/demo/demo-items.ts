// The demo region's lists, generated (labelled 演示): for each department of the 示范区 the powers its own laws give
// it, named the way published lists name them (对……的处罚, ……的监督检查, ……许可), some 3,000 items across the ten
// kinds — the size of seed 004's district (25 departments, 2,175 事项). Deterministic: the same every seed.
import type { ListItem, PowerItemKind } from '@fazhi/core/power-lists';

interface DepartmentPowers {
  org: string;
  law: string;
  /** conduct an item punishes (对……的处罚) */
  conduct: string[];
  /** what it inspects and licenses */
  objects: string[];
}

const departments: DepartmentPowers[] = [
  {
    org: '示范区市场监督管理局',
    law: '《中华人民共和国食品安全法》',
    conduct: [
      '未取得食品经营许可从事食品经营活动',
      '经营超过保质期的食品',
      '生产经营不符合食品安全标准的食品',
      '未按规定进行进货查验',
      '虚假宣传',
      '未明码标价',
      '销售不合格产品',
      '使用未经检验的特种设备',
    ],
    objects: ['食品经营', '特种设备', '计量器具', '药品零售', '医疗器械经营', '工业产品生产'],
  },
  {
    org: '示范区应急管理局',
    law: '《中华人民共和国安全生产法》',
    conduct: [
      '未建立安全生产责任制',
      '未对从业人员进行安全生产教育和培训',
      '未按规定配备安全生产管理人员',
      '危险物品未按规定储存',
      '未制定生产安全事故应急救援预案',
      '特种作业人员未持证上岗',
    ],
    objects: ['危险化学品经营', '烟花爆竹经营', '非煤矿山', '工贸企业安全生产'],
  },
  {
    org: '示范区生态环境分局',
    law: '《中华人民共和国大气污染防治法》',
    conduct: [
      '超标排放大气污染物',
      '未依法取得排污许可证排放污染物',
      '不正常运行防治污染设施',
      '未依法进行环境影响评价',
      '违法倾倒危险废物',
      '噪声超标排放',
    ],
    objects: ['排污单位', '建设项目环境影响', '危险废物经营', '辐射安全'],
  },
  {
    org: '示范区交通运输局',
    law: '《中华人民共和国道路运输条例》',
    conduct: [
      '未取得道路运输经营许可擅自从事道路运输经营',
      '客运车辆不按批准的线路行驶',
      '货运车辆超限运输',
      '未按规定维护和检测运输车辆',
      '出租汽车拒载',
      '擅自改装营运车辆',
    ],
    objects: ['道路客运经营', '道路货运经营', '机动车维修经营', '出租汽车经营'],
  },
  {
    org: '示范区住房和城乡建设局',
    law: '《建设工程质量管理条例》',
    conduct: [
      '未取得施工许可证擅自施工',
      '违反工程建设强制性标准',
      '未组织竣工验收擅自交付使用',
      '未按规定办理工程质量监督手续',
      '物业服务企业擅自改变公共设施用途',
      '房地产开发企业未取得预售许可预售商品房',
    ],
    objects: ['建筑工程施工', '商品房预售', '物业服务', '燃气经营'],
  },
  {
    org: '示范区城市管理综合执法局',
    law: '《城市市容和环境卫生管理条例》',
    conduct: ['擅自设置户外广告', '占道经营', '随意倾倒建筑垃圾', '擅自占用城市道路', '违法建设', '损毁城市绿化设施'],
    objects: ['城市道路占用', '户外广告设置', '建筑垃圾处置', '城市绿化'],
  },
  {
    org: '示范区卫生健康委员会',
    law: '《中华人民共和国基本医疗卫生与健康促进法》',
    conduct: [
      '未取得医疗机构执业许可证擅自执业',
      '使用非卫生技术人员从事医疗卫生技术工作',
      '公共场所未取得卫生许可证经营',
      '违规处置医疗废物',
      '未按规定报告传染病疫情',
    ],
    objects: ['医疗机构执业', '公共场所卫生', '放射诊疗', '生活饮用水卫生'],
  },
  {
    org: '示范区人力资源和社会保障局',
    law: '《中华人民共和国劳动合同法》',
    conduct: [
      '未与劳动者订立书面劳动合同',
      '拖欠劳动者工资',
      '违法招用未满十六周岁的未成年人',
      '未依法缴纳社会保险费',
      '职业中介机构提供虚假就业信息',
    ],
    objects: ['人力资源服务', '劳务派遣经营', '职业技能培训'],
  },
  {
    org: '示范区自然资源分局',
    law: '《中华人民共和国土地管理法》',
    conduct: ['非法占用土地', '未经批准擅自转让土地使用权', '非法采矿', '未按规定履行土地复垦义务', '测绘成果管理违法'],
    objects: ['建设用地', '采矿权', '测绘资质', '不动产登记'],
  },
  {
    org: '示范区农牧水利局',
    law: '《中华人民共和国农产品质量安全法》',
    conduct: [
      '销售不符合农产品质量安全标准的农产品',
      '经营假劣农药',
      '违法取水',
      '未经许可经营种子',
      '违规使用兽药',
      '河道管理范围内违法建设',
    ],
    objects: ['农药经营', '种子生产经营', '取水', '动物防疫', '河道采砂'],
  },
  {
    org: '示范区教育局',
    law: '《中华人民共和国民办教育促进法》',
    conduct: ['擅自举办民办学校', '民办学校违规招生', '校外培训机构超范围培训', '学校未落实安全管理制度'],
    objects: ['民办学校办学', '校外培训机构', '教师资格'],
  },
  {
    org: '示范区公安分局',
    law: '《中华人民共和国治安管理处罚法》',
    conduct: [
      '扰乱公共秩序',
      '违反危险物品管理规定',
      '旅馆业未按规定登记住宿旅客',
      '违反消防安全管理规定',
      '违规燃放烟花爆竹',
    ],
    objects: ['旅馆业特种行业', '剧毒化学品购买', '大型群众性活动安全'],
  },
  {
    org: '示范区商务局',
    law: '《单用途商业预付卡管理办法（试行）》',
    conduct: ['发卡企业未按规定备案', '未按规定存管预付资金', '成品油零售企业违规经营', '拍卖企业违规经营'],
    objects: ['单用途预付卡', '成品油零售', '报废机动车回收'],
  },
  {
    org: '示范区民政局',
    law: '《社会组织登记管理条例》',
    conduct: [
      '社会组织未按规定参加年度检查',
      '擅自以社会组织名义开展活动',
      '养老机构未按规定落实安全措施',
      '违规开展殡葬服务',
    ],
    objects: ['社会团体登记', '养老机构', '殡葬服务'],
  },
  {
    org: '示范区财政局',
    law: '《中华人民共和国会计法》',
    conduct: ['不依法设置会计账簿', '伪造变造会计凭证', '政府采购违法', '违规使用财政资金'],
    objects: ['代理记账机构', '政府采购活动', '财政资金使用'],
  },
  {
    org: '示范区统计局',
    law: '《中华人民共和国统计法》',
    conduct: ['拒绝提供统计资料', '提供不真实统计资料', '迟报统计资料'],
    objects: ['统计调查对象', '统计执法检查'],
  },
  {
    org: '示范区审计局',
    law: '《中华人民共和国审计法》',
    conduct: ['拒绝或者拖延提供与审计事项有关的资料', '转移隐匿违法取得的资产'],
    objects: ['财政收支', '国有资产'],
  },
  {
    org: '示范区发展和改革委员会',
    law: '《中华人民共和国价格法》',
    conduct: ['不执行政府定价', '违规收取费用', '未按规定报送节能审查'],
    objects: ['固定资产投资项目节能', '企业投资项目'],
  },
  {
    org: '示范区政务服务局',
    law: '《优化营商环境条例》',
    conduct: ['窗口工作人员违规办理政务服务事项'],
    objects: ['政务服务事项办理'],
  },
  { org: '示范区信访局', law: '《信访工作条例》', conduct: ['信访事项办理超期'], objects: ['信访事项办理'] },
];

const codeOf: Record<PowerItemKind, string> = {
  licensing: 'XK', penalty: 'CF', coercion: 'QZ', levy: 'ZS', benefit: 'JF', inspection: 'JC',
  confirmation: 'QR', reward: 'JL', adjudication: 'CJ', other: 'QT',
}; // prettier-ignore

const chineseNumber = (n: number): string => {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n]!;
  if (n < 20) return `十${d[n - 10]}`;
  if (n < 100) return `${d[Math.floor(n / 10)]}十${d[n % 10]}`;
  return `一百${n % 100 === 0 ? '' : n % 100 < 10 ? `零${d[n % 100]}` : chineseNumber(n % 100)}`;
};

const responsibilities = (kind: PowerItemKind) =>
  kind === 'penalty'
    ? [
        '立案责任：对发现的违法行为予以审查，决定是否立案',
        '调查责任：全面、客观、公正调查，收集证据',
        '审查责任：审查案件事实、证据、程序和法律适用',
        '告知责任：告知当事人拟作出的处罚及其陈述、申辩和听证权利',
        '决定责任：依法作出处罚决定',
        '送达责任：依法送达行政处罚决定书',
        '执行责任：监督当事人履行处罚决定',
      ]
    : kind === 'licensing'
      ? [
          '受理责任：公示申请条件和材料，一次性告知补正',
          '审查责任：审查申请材料，组织现场核查',
          '决定责任：在法定期限内作出决定',
          '送达责任：制发并送达许可证件',
          '事后监管责任：加强对被许可人的监督检查',
        ]
      : ['执行责任：依法履行职责', '监督责任：加强事中事后监管'];

const accountability = [
  '对符合法定条件的申请不予受理或者不在法定期限内作出决定的',
  '违反法定程序实施的',
  '滥用职权、玩忽职守、徇私舞弊的',
  '其他违反法律法规规章规定的',
];

/** The powers list's items of the demo region: body names resolved by `orgIdByName`. */
export function demoPowerItems(orgIdByName: ReadonlyMap<string, string>): ListItem[] {
  const out: ListItem[] = [];
  departments.forEach((d, n) => {
    const bodyOrgId = orgIdByName.get(d.org);
    if (!bodyOrgId) return;
    const dept = String(n + 1).padStart(2, '0');
    const seq: Partial<Record<PowerItemKind, number>> = {};
    const add = (itemKind: PowerItemKind, name: string, article: number, subItems: string[] = []) => {
      seq[itemKind] = (seq[itemKind] ?? 0) + 1;
      out.push({
        code: `159901-${dept}-${codeOf[itemKind]}-${String(seq[itemKind]).padStart(4, '0')}`,
        name,
        itemKind,
        subItems,
        legalBases: [
          { law: d.law, article: `第${chineseNumber(article)}条`, clause: article % 3 === 0 ? '第一款' : '' },
        ],
        bodyOrgId,
        responsibilities: responsibilities(itemKind),
        accountability,
        extra: {},
      });
    };
    let article = 20;
    const next = () => (article = article >= 150 ? 20 : article + 1);
    // each conduct is punished in several forms the laws distinguish (情节, 主体), as published lists split them
    for (const c of d.conduct)
      for (const form of [
        '',
        '（单位）',
        '（个人）',
        '（个体工商户）',
        '情节严重的',
        '逾期不改正的',
        '造成严重后果的',
        '拒不配合调查的',
        '两年内再次违法的',
        '违法所得较大的',
        '涉及未成年人的',
        '在重大活动期间实施的',
      ])
        add(
          'penalty',
          `对${form.startsWith('（') ? c + form : form ? `${c}且${form.replace(/的$/, '')}` : c}的处罚`,
          next(),
        );
    for (const o of d.objects) {
      add('licensing', `${o}许可`, next(), [
        `${o}许可（新办）`,
        `${o}许可（变更）`,
        `${o}许可（延续）`,
        `${o}许可（注销）`,
      ]);
      add('inspection', `对${o}的监督检查`, next());
      add('inspection', `对${o}的专项检查`, next());
      add('inspection', `对${o}的年度检查`, next());
      add('coercion', `对${o}中涉嫌违法物品的查封、扣押`, next());
      add('coercion', `对${o}中涉嫌违法场所的查封`, next());
      add('confirmation', `${o}相关事项的确认`, next());
      add('confirmation', `${o}相关资格的认定`, next());
      add('other', `${o}信息公示`, next());
    }
    add('reward', `对${d.org.replace('示范区', '')}工作中作出突出贡献的单位和个人的奖励`, next());
    add('adjudication', `${d.objects[0] ?? d.org}相关权属争议的裁决`, next());
    add('levy', `${d.objects[0] ?? d.org}相关行政事业性收费的征收`, next());
    add('benefit', `${d.objects[0] ?? d.org}相关补助资金的给付`, next());
  });
  return out;
}

const reformModes = ['直接取消审批', '审批改为备案', '实行告知承诺', '优化审批服务'] as const;

/** The other five lists, drawn from the same departments' objects (the licensing items, filings, certificates…). */
export function demoOtherItems(powers: readonly ListItem[]) {
  const licences = powers.filter((i) => i.itemKind === 'licensing');
  const base = (i: ListItem, prefix: string, name: string): ListItem => ({
    ...i,
    code: i.code.replace('-XK-', `-${prefix}-`),
    name,
    subItems: [],
    extra: {},
  });
  return {
    licensing: licences.map((i) => ({
      ...base(i, 'XK', i.name),
      itemKind: 'licensing' as const,
      subItems: i.subItems,
      extra: { licenceName: `${i.name.replace(/许可$/, '')}许可证` },
    })),
    business_licensing: licences.map((i, n) => ({
      ...base(i, 'SQ', i.name),
      itemKind: 'licensing' as const,
      extra: { reformMode: reformModes[n % 4]! },
    })),
    filing: licences.map((i) => ({
      ...base(i, 'BA', `${i.name.replace(/许可$/, '')}备案`),
      itemKind: 'other' as const,
      extra: { filingParty: '从事相关经营活动的企业和个体工商户' },
    })),
    certification: licences
      .filter((_, n) => n % 3 === 0)
      .map((i) => ({
        ...base(i, 'ZM', `${i.name.replace(/许可$/, '')}无违法违规记录证明`),
        itemKind: 'other' as const,
        extra: { certificateName: '无违法违规记录证明', issuingUnit: '申请人所在地的行业主管部门' },
      })),
    public_service: licences.map((i) => ({
      ...base(i, 'GF', `${i.name.replace(/许可$/, '')}政策咨询服务`),
      itemKind: 'other' as const,
      extra: { serviceTarget: '企业和群众' },
    })),
  };
}
