// Entry and designation as the round-7 tuning cases wrote them (docs/precheck.md, structure-round7.test.ts): the
// market-access cases of 国家发展改革委 and the 公平竞争审查 cases of 市场监管总局 name the owner, the bank, the
// roster and the provider a text demands, rather than using the words 本地 or 指定的. Each pattern reads that
// structure — who must hold the stake, where the guarantee must come from, who the work is routed to — and cites the
// item of 《公平竞争审查条例》 (国务院令第783号) it breaches.
import { DESIGNATED, ENTRY, FREE_FLOW, LOCAL, type Pattern } from './competition-terms';
import { ONE_PROVIDER, SEAT } from './competition-benefit';

/** 第八条第（四）项 and 优化营商环境条例 第十二条: a stake or status reserved to state-owned firms. */
export const OWNERSHIP = `${ENTRY}；《公平竞争审查条例》第八条第（四）项：不得设置不合理或者歧视性的准入、退出条件；《优化营商环境条例》第十二条第二款：政府及其有关部门在政府资金安排、土地供应、税费减免、资质许可、标准制定、项目申报、职称评定、人力资源政策等方面，应当依法平等对待各类市场主体，不得制定或者实施歧视性政策措施`;

const COUNT = '[0-9０-９一二两三四五六七八九十]+';

export const round7Patterns: Pattern[] = [
  {
    // A share reserved to state-owned firms ("区属国有企业以入股的方式参与…的持股比例不得低于20%"), or the status
    // demanded of whoever takes part ("具有独立法人资格的国有或国有控股企业").
    re: /(国有|国有控股|国有独资|国企)[^。；]{0,30}?(持股比例|股权比例|股比|出资比例)[^。；]{0,6}?(不得低于|不低于|不少于|应当达到|达到)|(具有|具备|须为|应为|必须为|必须是|限于|仅限)[^，。；]{0,12}?的?国有(或者?国有控股|控股|独资)?(企业|公司)/,
    article: OWNERSHIP,
  },
  {
    // Investment at home pledged as a condition ("竞得人须承诺在郧阳区境内投资不低于30亿元").
    re: new RegExp(`承诺在${LOCAL}[^，。；]{0,8}?(投资|建设|设立|新建)`),
    article: SEAT,
  },
  {
    // A guarantee or an account with a bank at home ("提供十堰市境内任何银行的履约保函", "在本地商业银行设立资金账户").
    re: new RegExp(
      `(提供|出具|开立|开具)[^，。；]{0,12}?${LOCAL}[^，。；]{0,10}?银行[^，。；]{0,8}?(保函|保证)|在${LOCAL}[^，。；]{0,8}?银行[^，。；]{0,6}?(开立|开设|设立|开户)`,
    ),
    article: FREE_FLOW,
  },
  {
    // The registration place of providers confined, as a case paraphrases it ("限定第三方监控机构的注册地等条件").
    re: /限定[^，。；]{0,16}?(注册地|所在地|住所地|注册登记地)/,
    article: FREE_FLOW,
  },
  {
    // Users routed into one firm's service ("将…车辆纳入某信息技术有限公司提供的第三方监控服务中").
    re: /纳入[^，。；]{0,24}?(有限责任公司|有限公司|股份有限公司|公司|集团)(提供|运营|建设|开发)的[^，。；]{0,16}?(服务|平台|系统)/,
    article: DESIGNATED,
  },
  {
    // Work handed to firms picked by count ("指定由2家公司完成…安装工作").
    re: new RegExp(
      `指定由?${COUNT}家[^，。；]{0,8}?(公司|企业|机构|单位)[^，。；]{0,4}?(完成|负责|承担|实施|安装|提供|承办)`,
    ),
    article: DESIGNATED,
  },
  {
    // One named provider made the 定点 of a whole area ("确定白银市中心医院为全区…定点医疗机构").
    re: /(确定|指定|选定)[\u4e00-\u9fa5]{2,20}?(医院|中心|公司|集团|机构|学校|站|所)为[^，。；]{0,30}?(定点|指定|唯一|独家)/,
    article: ONE_PROVIDER,
  },
  {
    // A whole class of work in the area handed to one firm, named or anonymised ("凡贺兰县境内的有线电视工程，均由某公司
    // 建设").
    re: /(均|统一|一律|全部)由(某|[\u4e00-\u9fa5]{2,16}?)(公司|集团)[^，。；]{0,4}?(建设|施工|安装|实施|经营|清运|运营|承建|承接)/,
    article: ONE_PROVIDER,
  },
  {
    // Local number plates demanded, outside plates barred ("转籍为本地号牌", "其他外地牌照一律不得在开发区从事…运输").
    re: /(转籍|办理)[^，。；]{0,6}?为?(本地|本市)(号牌|牌照|车牌)|(外地|外省|外市|非本地|非本市)(牌照|号牌|车牌)[^，。；]{0,10}?(一律)?(不得|禁止|不准)/,
    article: FREE_FLOW,
  },
  {
    // Buyers sent to a roster the agency keeps and recommends ("有关单位和个人可从推荐名录中自主择优选定鉴定机构"):
    // a designation in disguise even where the choice inside it is free.
    re: /(从|在)[^，。；]{0,6}?(推荐名录|推荐名单|推荐目录)[^，。；]{0,4}?(中|内)?[^，。；]{0,8}?(选定|选择|选取|选用|确定|委托)/,
    article: DESIGNATED,
  },
];
