// Designation, exit and tax-linked rewards as the round-8 tuning cases wrote them (docs/precheck-rounds.md,
// structure-round8.test.ts): 市场监管总局's 公平竞争审查督查整改 and 制止滥用行政权力 cases quote texts that name the
// hospitals, insurers, installers or parks a buyer is sent to, pay a share of the tax a firm leaves behind, or make a
// firm that took a reward stay. Each pattern reads that structure — who the work is routed to, what the amount is a
// share of, what the beneficiary may not do — and cites the item of 《公平竞争审查条例》 (国务院令第783号) it breaches.
import { DESIGNATED, HOME, PARTY, SUBSIDY, type Pattern } from './competition-terms';
import { EXIT, ONE_PROVIDER, OUTSIDERS, SEAT } from './competition-benefit';
import { OWNERSHIP } from './competition-entry';

const COUNT = '[0-9０-９一二两三四五六七八九十]+';
/** A provider as a text names it or a published case anonymises it ("某保险公司白银分公司", "青海省人民医院"). */
const PROVIDER = '(公司|分公司|支公司|集团|医院|医疗机构|中心|机构)';
const BENEFIT = '(奖励|补贴|补助|奖补|扶持|返还)';
/** Taking back what was paid, as the texts write it ("收（扣）回已兑现的奖励资金"). */
const CLAW = '(退还|返还|收回|追回|退回|缴回|追缴|扣回|收（扣）回)';

export const round8Patterns: Pattern[] = [
  {
    // The amount is a share of the tax the firm pays ("补贴额度为该项目建筑业企业缴纳增值税和企业所得税地方留存部分的
    // 10%", "企业当年缴纳税收按沙市本级留成部分的20％奖励给参建企业").
    re: new RegExp(
      `(留成|留存|入库税额|缴纳税收|增值税|所得税)[^。；]{0,16}?部分的?[0-9０-９.]+\\s*(%|％)[^。；]{0,8}?${BENEFIT}|${BENEFIT}[^。；]{0,16}?为[^。；]{0,30}?(留成|留存)部分的?[0-9０-９.]+\\s*(%|％)`,
    ),
    article: SUBSIDY,
  },
  {
    // A reward that grows with the tax paid, a parenthesis of taxes between ("累计入库税额（含增值税…印花税）超过1亿元
    // 以上的企业，再给予…5%的奖励").
    re: new RegExp(`(入库税额|入库税收|累计税额)[^。；]{0,80}?(给予|予以)[^。；]{0,16}?${BENEFIT}`),
    article: SUBSIDY,
  },
  {
    // A firm that took a benefit must not move away, with no "承诺" or "不得" ("获得政府奖励的企业，10年内不外迁至县外").
    re: new RegExp(
      `(获得|享受|接受|取得)[^。；]{0,12}?(奖励|补贴|补助|扶持|奖补|优惠)[^。；]{0,16}?${COUNT}年内?(不|不得)(外迁|迁出|迁离|搬离)`,
    ),
    article: EXIT,
    firm: true,
  },
  {
    // The benefit named before the claw-back ("在此期间迁出武侯区的，原享受的扶持补贴资金须全部退回").
    re: new RegExp(`(迁出|迁离|迁往|搬离|外迁)[^。；]{0,20}?(奖补|奖励|补贴|补助|扶持|资金|优惠)[^。；]{0,10}?${CLAW}`),
    article: EXIT,
    firm: true,
  },
  {
    // Named providers made the 定点 of a whole group ("由青海省人民医院、…海东市第二人民医院作为定点体检医院",
    // "某6家医疗机构作为…定点体检医院"); a body applying to become one ("医疗机构可以申请作为定点医疗机构") names none.
    re: new RegExp(`(由|某|${COUNT}家)[^。；]{0,80}?${PROVIDER}作为[^，。；]{0,30}?(定点|承检|承办|承保)`),
    article: DESIGNATED,
  },
  {
    // The firms a text writes in as the qualified ones ("具备安装资质的企业分别是宁夏某保安电子服务有限公司、…").
    re: /(资质|资格)的?(企业|单位|机构|公司)(分别)?(是|为)[^，。；]{0,40}?(有限责任公司|有限公司|公司)/,
    article: DESIGNATED,
  },
  {
    // A line of work handed to one named firm or a counted few ("业务由…委托某保险公司白银分公司承办", "收益保险由某2家
    // 财险秀山支公司共同承担", "以某企业为主体承办县内研学旅行活动").
    re: new RegExp(
      `(委托|由)(某|${COUNT}家|[\\u4e00-\\u9fa5]{2,20}?)[^，。；]{0,12}?(公司|分公司|支公司|集团)(共同|统一)?(承办|承担|承保|经办|承接)|以(某|[\\u4e00-\\u9fa5]{2,16}?)(企业|公司|集团)为主体[^，。；]{0,4}?(承办|承接|负责|实施|运营)`,
    ),
    article: ONE_PROVIDER,
  },
  {
    // People sent to one named provider ("明确要求全县各中小学校、职业中专学生到零陵某医院进行视力检查").
    re: /(要求|须|必须|应当|统一)[^，。；]{0,30}?到[\u4e00-\u9fa5]{0,8}?某[\u4e00-\u9fa5]{0,8}?(医院|公司|机构|中心)[^，。；]{0,4}?(进行|接受|办理|参加)/,
    article: DESIGNATED,
  },
  {
    // Work reserved to state-owned firms ("由市住房和城乡建设局委托国有企业作为…改造项目实施主体").
    re: /(委托|指定|确定|由)国有(独资|控股)?(企业|公司)[^，。；]{0,4}?(作为|为|担任)[^，。；]{0,24}?(实施主体|建设主体|运营主体|代建单位|承办单位)/,
    article: OWNERSHIP,
  },
  {
    // Suppliers confined to those registered in one park ("查看医疗企业是否在巴州医药智能物流产业园入园注册",
    // "在巴州智能医药物流产业园注册的医药生产（经营）企业进行…采购").
    re: /在[^，。；]{2,24}?(产业园|物流园|园区)[^，。；]{0,4}?(入园)?(注册|登记|入驻)/,
    article: DESIGNATED,
    condition: /采购|必须|须|方可|审核|查看|限定/,
  },
  {
    // Everyone outside the agency's roster barred ("禁止《合格供电施工队伍名录》之外的施工队伍在我处…施工").
    re: /(禁止|严禁|不得|不允许)[^，。；]{0,4}?[《“]?[^，。；]{0,16}?(名录|名单|目录|名录库)[》”]?(之外|以外)的?[^，。；]{0,8}?(队伍|单位|企业|机构|公司|供应商)/,
    article: DESIGNATED,
  },
  {
    // A roster the agency builds and then supports ("建立起县域农业生产托管服务组织名录库，实行名录管理，将…服务组织，
    // 予以重点扶持").
    re: /(建立|设立)[^，。；]{0,24}?(名录库|名录|名单)[^。；]{0,80}?(予以|给予)[^，。；]{0,4}?(重点)?(扶持|支持|奖励|补贴|倾斜)/,
    article: DESIGNATED,
  },
  {
    // Local firms considered first ("在同等价格的基础上，优先考虑本地龙头企业").
    re: new RegExp(`优先(考虑|选取|选定)${HOME}[^，。；]{0,8}?${PARTY}`),
    article: OUTSIDERS,
    notAuthority: true,
  },
  {
    // A contractor or supplier picked from the firms seated at home ("原则上选取注册并纳税在本镇的具备相应资质的企业").
    re: new RegExp(
      `(选取|选定|选择)(注册|登记|纳税|注册并纳税|注册、纳税)[^，。；]{0,4}?在${HOME}[^，。；]{0,12}?${PARTY}`,
    ),
    article: OUTSIDERS,
    notAuthority: true,
  },
  {
    // A benefit for awarding work to local firms ("依法发包给本地施工企业施工的，给予投资建设单位奖励").
    re: new RegExp(
      `(发包给|分包给|交由|委托)${HOME}[^，。；]{0,12}?${PARTY}[^。；]{0,30}?(给予|予以|享受)[^。；]{0,12}?${BENEFIT}`,
    ),
    article: OUTSIDERS,
  },
  {
    // Experience at home demanded of who may apply ("至少有一个场景在天津市已落地实施"); a project to be carried out
    // at home ("申报项目须在本市实施") asks nothing of the firm's past.
    re: new RegExp(
      `至少[^，。；]{0,12}?在${HOME}(已|曾)?(落地实施|实施|承接|完成)|在${HOME}(已|曾)(落地实施|实施过?|承接过?|完成过?)`,
    ),
    article: OUTSIDERS,
  },
  {
    // The benefit named after the claw-back, taken back in a form the older pattern did not read ("…5年内注册地不迁出
    // 我县向县政府作出书面承诺，如违反承诺，收（扣）回已兑现的奖励资金").
    re: new RegExp(
      `(迁出|迁离|迁往|搬离|外迁)[^。；]{0,30}?(收（扣）回|扣回)[^。；]{0,12}?(奖补|奖励|补贴|补助|扶持|资金|优惠)`,
    ),
    article: EXIT,
    firm: true,
  },
  {
    // A benefit measured by the firm's economic contribution ("按该企业经济贡献额度进行奖励", "按照地方经济贡献的一定
    // 比例给予奖励", "支持总额原则上不超过其当年区域综合贡献的60%"); a reward for "突出贡献" is a commendation.
    re: /(经济|综合|地方|财政|税收)贡献[^。；]{0,24}?(奖励|补贴|补助|奖补|返还)|(奖励|补贴|补助|奖补|支持)(总额|金额|额度|资金)?[^。；]{0,16}?(不超过|不高于|按|为|以)[^。；]{0,12}?(经济|综合|地方|财政|税收)贡献/,
    article: SUBSIDY,
  },
  {
    // A named firm made the operator or manager ("将某公司作为区级项目管理公司", "由某市财金有限公司委托其权属公司某市
    // 财融应急转贷基金公司作为基金的运营机构"); one picked by tender or selection is not named by the text.
    re: /(?<!(招标|竞争性|公开|比选|遴选)[^，。；]{0,6})(将|由|委托|确定|指定)(?![^，。；]{0,10}?(招标|竞争性|公开|比选|遴选))[^，。；]{0,40}?(公司|集团)(（[^）]{1,12}）)?[^，。；]{0,4}?作为[^，。；]{0,12}?(管理公司|运营机构|运营主体|实施主体|承办单位|运营单位|服务机构|代建单位)/,
    article: ONE_PROVIDER,
  },
  {
    // The 定点 providers written in by name ("市级机关工作人员定点体检单位为某市人民医院、某市中医院…").
    re: /定点[^，。；]{0,6}?(单位|医院|医疗机构|机构)(为|是)(某|[\u4e00-\u9fa5]{2,12}?)(人民医院|医院|中医院|中心|公司)/,
    article: DESIGNATED,
  },
  {
    // Whatever a body off the agency's list issues refused ("非公布名单中机构出具的保函（保单）文件平台恕不接受").
    re: /非[^，。；]{0,6}?(名单|名录|目录)[^，。；]{0,6}?(机构|单位|企业)[^，。；]{0,20}?(不接受|不予接受|不予认可|无效|恕不)/,
    article: DESIGNATED,
  },
  {
    // A branch or office demanded where the project is ("在项目所在地成立服务机构或分公司并设置合适的办公场地").
    re: /在(项目所在地|项目实施地|服务所在地)(成立|设立|设置)[^，。；]{0,8}?(服务机构|分公司|分支机构|办事处|服务网点)/,
    article: SEAT,
  },
  {
    // A benefit tied to a firm at home doing the work ("享受本市…补贴需符合如下要求：机动车…在本市报废汽车回收企业报废").
    re: new RegExp(`在${HOME}[^，。；]{0,10}?(企业|机构|公司|网点)(报废|回收|维修|检测|购买|办理)`),
    article: OUTSIDERS,
    condition: /补贴|补助|奖励|享受/,
  },
  {
    // Achievements elsewhere left out of a score ("企业在盐城市范围以外获得的不在加分统计范围").
    re: /(范围以外|以外|之外)获得的?[^，。；]{0,4}?(不在|不予|不作|不计入?)[^，。；]{0,6}?(加分|计分|统计|认可)/,
    article: OUTSIDERS,
  },
  {
    // Work given to the district's own firms ("由区园林绿化局组织属地镇（街道）或区属公司进行临时绿化造林").
    re: /(区属|市属|县属)(国有)?(公司|企业)[^，。；]{0,4}?(进行|承担|负责|实施|承建)/,
    article: OWNERSHIP,
  },
];
