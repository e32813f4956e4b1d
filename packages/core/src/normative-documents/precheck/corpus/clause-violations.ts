// Clauses that breach a prohibition on 行政规范性文件, written in the style of county-level drafts. Each note names
// the prohibition; none of the clauses cites a basis that would cover it.
import type { CorpusEntry } from './types';

export const clauseViolations: CorpusEntry[] = [
  // 设定行政许可 / 增设许可条件 (行政许可法 第十七条、第十六条第四款; 优化营商环境条例 第三十九条)
  {
    text: '从事网络预约出租汽车经营的，须经区交通运输局审批同意后方可开展经营活动。',
    expected: ['licensing'],
    note: '以“须经审批方可”自设许可',
  },
  {
    text: '本区对户外广告设施设置实行许可管理，未取得设置许可证的，任何单位和个人不得设置户外广告设施。',
    expected: ['licensing'],
    note: '实行许可管理并以许可证为前提',
  },
  {
    text: '在本区开办校外培训机构的，除具备《中华人民共和国民办教育促进法》规定的条件外，还应当取得区教育局出具的准入审核意见。',
    expected: ['licensing'],
    note: '在上位法条件之外增设许可条件',
  },
  {
    text: '养犬人应当向所在街道办事处申领养犬登记证，未经登记的不得饲养。',
    expected: ['licensing'],
    note: '以登记证变相设定许可',
  },
  {
    text: '物业服务企业进驻本区开展业务，应当先经区住建局备案认定后方可承接物业项目。',
    expected: ['licensing'],
    note: '以备案认定变相设定许可',
  },
  {
    text: '商场、超市举办商业促销活动的，应当经区商务局审核同意后方可举办。',
    expected: ['licensing'],
    note: '自设审核同意',
  },
  {
    text: '申请食品经营许可的，申请人除提交法定材料外，还须提交经营场所周边居民同意意见书。',
    expected: ['licensing'],
    note: '增加办理许可的条件',
  },
  {
    text: '电动自行车经营者经区市场监管局年检合格后，方可继续销售。',
    expected: ['licensing'],
    note: '以年检变相设定许可',
  },
  // 设定行政处罚 (行政处罚法 第十六条)
  {
    text: '违反本办法第八条规定，擅自占用公共绿地的，由区城市管理综合行政执法局责令改正，处以五百元以上二千元以下罚款。',
    expected: ['penalty'],
    note: '自设罚款',
  },
  {
    text: '经营者拒不执行明码标价规定的，由区市场监管局没收其违法所得，并吊销其营业执照。',
    expected: ['penalty'],
    note: '自设没收违法所得、吊销执照',
  },
  {
    text: '对未按规定落实扬尘防治措施的施工单位，由区住建局责令停产停业整顿。',
    expected: ['penalty'],
    note: '自设责令停产停业',
  },
  {
    text: '违反本规定的，由区交通运输局予以通报批评，并处以一千元罚款。',
    expected: ['penalty'],
    note: '自设通报批评和罚款',
  },
  {
    text: '出租人未办理租赁登记的，由公安派出所给予警告，三年内不得再次申请房屋租赁补贴。',
    expected: ['penalty'],
    note: '自设警告和资格罚',
  },
  {
    text: '违反本办法规定的，由区生态环境分局依法处以二万元罚款。',
    expected: ['penalty'],
    note: '“依法”之名下自定罚款数额',
  },
  {
    text: '对违反本办法规定的行为，由区农业农村局予以处罚。',
    expected: ['penalty'],
    note: '将违反规范性文件本身设为处罚事由',
  },
  {
    text: '违反本办法擅自在街道两侧设置摊点的，暂扣其营业执照三个月。',
    expected: ['penalty'],
    note: '自设暂扣许可证件',
  },
  // 设定行政强制 (行政强制法 第十条)
  {
    text: '对逾期不拆除违法建设的，由区城管局组织强制拆除。',
    expected: ['coercion'],
    note: '自设强制执行方式',
  },
  {
    text: '对涉嫌无证经营的场所，执法人员可以当场查封，并扣押相关物品。',
    expected: ['coercion'],
    note: '自设查封、扣押',
  },
  {
    text: '对欠缴物业费超过六个月的业主，物业服务企业可以采取停止供水、供电措施。',
    expected: ['coercion'],
    note: '授权以停水停电迫使履行',
  },
  {
    text: '对拒不缴纳保证金的企业，区人力资源和社会保障局可以冻结其银行账户资金。',
    expected: ['coercion'],
    note: '自设冻结',
  },
  {
    text: '对违反本办法运输建筑垃圾的车辆，由区城管局暂扣车辆，并拖移至指定停车场。',
    expected: ['coercion'],
    note: '自设暂扣车辆、拖移',
  },
  {
    text: '发现违规经营的，街道综合执法队可以先行扣留其经营物品，待当事人接受处理后返还。',
    expected: ['coercion'],
    note: '自设扣留财物',
  },
  {
    text: '对拒不配合疫情防控的人员，社区可以采取强制隔离措施。',
    expected: ['coercion'],
    note: '限制人身自由的强制措施',
  },
  // 收费、保证金、征收 (优化营商环境条例 第二十五条)
  {
    text: '进入本区从事建筑施工的企业，应当按照合同价款的百分之二向区住建局缴纳履约保证金。',
    expected: ['fee'],
    note: '自设涉企保证金',
  },
  {
    text: '申请户外广告设置许可的，由区城管局按每平方米每年五十元收取设置管理费。',
    expected: ['fee'],
    note: '实施许可收费',
  },
  {
    text: '参加年度评优的企业，应当交纳评审费三百元。',
    expected: ['fee'],
    note: '借评比收费',
  },
  {
    text: '新建住宅小区的开发企业应当按每平方米十元的标准缴纳社区公共服务配套费。',
    expected: ['fee'],
    note: '自设配套费',
  },
  {
    text: '各商户应当按照营业面积向街道办事处交纳市容环境卫生管理押金。',
    expected: ['fee'],
    note: '自设押金',
  },
  {
    text: '企业申报高新技术企业所需的专项审计，由区科技局指定的会计师事务所承办，审计费用由企业承担。',
    expected: ['fee', 'competition'],
    note: '指定中介并转嫁费用',
  },
  {
    text: '对本区范围内的临时占道经营活动征收占道费。',
    expected: ['fee'],
    note: '自设征收',
  },
  {
    text: '各村（社区）应当按照户籍人口每人每年二十元的标准向镇政府缴纳治安联防经费。',
    expected: ['fee'],
    note: '摊派经费',
  },
  // 无依据增加义务、减损权利 (37号; 优化营商环境条例 第六十四条)
  {
    text: '辖区内的个体工商户应当于每年1月31日前向街道办事处报送上一年度经营情况。',
    expected: ['obligation'],
    note: '无依据增设报送义务',
  },
  {
    text: '凡在本区居住满三个月的外来人员，必须到社区登记并参加每季度一次的法治教育培训。',
    expected: ['obligation'],
    note: '无依据增设登记、培训义务',
  },
  {
    text: '对未缴清物业服务费的业主，不予办理房屋装修备案手续。',
    expected: ['obligation'],
    note: '以无关事项捆绑减损权利',
  },
  {
    text: '业主不得将住宅出租给无本地户籍的人员居住。',
    expected: ['obligation'],
    note: '限制财产权',
  },
  {
    text: '餐饮经营者应当在店堂醒目位置张贴区商务局统一印制的文明用餐宣传画。',
    expected: ['obligation'],
    note: '无依据增设义务',
  },
  {
    text: '疫情解除前，禁止本区居民前往外地出行。',
    expected: ['obligation'],
    note: '限制出行自由',
  },
  {
    text: '小区业主应当每年参加两次以上社区志愿服务活动。',
    expected: ['obligation'],
    note: '把倡导事项变为义务',
  },
  {
    text: '本区企业招用员工时，应当优先招用本区户籍劳动者。',
    expected: ['obligation'],
    note: '干预用工自主、就业歧视',
  },
];
