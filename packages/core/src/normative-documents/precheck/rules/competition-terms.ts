// The words the competition rules share (competition.ts and competition-benefit.ts): where the home place is, who is
// from elsewhere, what a seat there is, what a seat is made a condition of, and the bases the findings cite.
export const LOCAL = '(本地|本市|本区|本县|本省|本镇|当地|辖区内?|区内|市内|县内|省内|本行政区域内?)';
export const OUTSIDE =
  '(外地|外埠|外来|市域外|县域外|区域外|外省|外市|外区|外县|非本地|非本市|非本区|非本县|市外|区外|县外|省外|辖区外|进口)';
export const PARTY =
  '(企业|经营者|供应商|厂商|商家|产品|商品|品牌|生产|施工队伍|单位|机构|材料|建材|车辆|机动车|劳务|投标人|服务)';
/**
 * The home place as a document names it: 本地 words, the first person of its issuer ("我县"), an anonymised place in a
 * published case ("某区"), or a named city's urban area ("黄冈市区").
 */
export const HOME = `(${LOCAL.slice(1, -1)}|我(市|区|县|省|镇)|某(市|区|县|镇)|[\u4e00-\u9fa5]{2,4}(市区|城区|县城))`;
/** Registration, tax or a standing office there. */
export const SEATED = '(注册|登记|落户|纳税|缴税|税务登记|工商登记|办事机构|分支机构|常设机构|子公司)';
/** What the seat is made a condition of: a benefit, taking part, or entry to a roster. */
export const CONDITION_OF =
  /才能|方可|方能|才可|享受|补贴|补助|奖励|扶持|优惠|奖补|申报|报名|资格|条件|入库|名录库|纳入|必须|须|需|应当|要求/;

export interface Pattern {
  re: RegExp;
  article: string;
  /** Needs a binding modal verb ("应当", "须") somewhere before it to mean a requirement. */
  needsModal?: boolean;
  /** Counts only when the clause or the clause announcing it also says what the match is a condition of. */
  condition?: RegExp;
  /** Not when the local party is an authority: applying to "当地公安机关消防机构" chooses no 经营者. */
  notAuthority?: true;
  /** Counts only when the clause names a 经营者 too: a person's 户口 moving away is no firm's exit. */
  firm?: true;
}

/** A 经营者 named in the clause. */
export const FIRM = /企业|公司|经营者|经营主体|市场主体|机构|总部|项目|供应商|厂商/;

/** An administrative body, which is no 经营者 (反垄断法 第十五条: who produces or sells goods or provides services). */
export const AUTHORITY = /机关|主管部门|人民政府|行政部门|监督管理部门/;

export const FREE_FLOW =
  '《公平竞争审查条例》第九条：不得限制外地经营者、商品和要素进入本地市场，不得排斥、限制外地经营者参加本地政府采购、招标投标，不得在资质标准、监管执法等方面设置歧视性要求；《优化营商环境条例》第十三条';
export const DESIGNATED =
  '《公平竞争审查条例》第八条第（三）项：不得限定经营、购买或者使用特定经营者提供的商品；《优化营商环境条例》第四十三条：行政机关不得为市场主体指定或者变相指定中介服务机构';
export const SUBSIDY =
  '《公平竞争审查条例》第十条：没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者税收优惠或者选择性、差异化的财政奖励、补贴；《优化营商环境条例》第十二条';
export const BIDDERS =
  '《中华人民共和国招标投标法》第十八条第二款：招标人不得以不合理的条件限制或者排斥潜在投标人，不得对潜在投标人实行歧视待遇；《中华人民共和国政府采购法》第二十二条第二款：不得以不合理的条件对供应商实行差别待遇或者歧视待遇；《公平竞争审查条例》第八条';
export const AGREEMENT =
  '《中华人民共和国反垄断法》第四十条：行政机关不得滥用行政权力，通过与经营者签订合作协议、备忘录等方式，妨碍其他经营者进入相关市场或者对其他经营者实行不平等待遇；《公平竞争审查条例》第八条第（三）项';
export const ENTRY =
  '《公平竞争审查条例》第八条：不得设置不合理或者歧视性的准入、退出条件；《优化营商环境条例》第二十条、第六十四条';
