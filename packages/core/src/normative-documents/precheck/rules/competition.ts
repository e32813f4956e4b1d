// 公平竞争: 37号 — 不得违法排除、限制公平竞争; 公平竞争审查条例 (国务院令第783号, 2024-08-01) 第八条 (市场准入和
// 退出、限定特定经营者), 第九条 (外地经营者、商品和要素的自由流动、招标投标和政府采购), 第十条 (选择性补贴、
// 税收优惠); 优化营商环境条例 第十二条、第十三条 (平等对待), 第四十三条 (不得指定中介服务机构), 第六十四条.
import { basisScope, chunkBefore, modalAt, subjectAt } from '../features';
import { GB_37, afterBasis, matchesIn, type ClauseRule, type Match } from './shared';
import type { ClauseFeatures, DocumentFeatures } from '../features';
import {
  AGREEMENT,
  AUTHORITY,
  BIDDERS,
  CONDITION_OF,
  DESIGNATED,
  ENTRY,
  FIRM,
  FREE_FLOW,
  HOME,
  LOCAL,
  OUTSIDE,
  PARTY,
  SEATED,
  SUBSIDY,
  type Pattern,
} from './competition-terms';
import { ONE_FIRM, benefitPatterns, rewardsNamedFirm } from './competition-benefit';
import { round7Patterns } from './competition-entry';
import { round8Patterns } from './competition-round8';
import { withHomeAsLocal } from '../document/home-place';

const PATTERNS: Pattern[] = [
  {
    re: new RegExp(
      `(限定|限于|仅限|只能|必须|应当|须|一律|优先|原则上)[^，。；]{0,8}?(选用|采购|购买|使用|选择|委托|采用|承接|承揽|参与|参加|由|从|向)[^，。；]{0,6}?${LOCAL}[^，。；]{0,12}?${PARTY}`,
    ),
    article: FREE_FLOW,
    notAuthority: true,
  },
  { re: new RegExp(`(限定|仅限|限于|只限)[^，。；]{0,6}?${LOCAL}`), article: FREE_FLOW },
  {
    re: new RegExp(`${OUTSIDE}[^，。；]{0,12}?${PARTY}[^，。；]{0,15}?(不得|禁止|限制|暂停|一律|须|应当|必须|不予)`),
    article: FREE_FLOW,
  },
  { re: new RegExp(`(有别于|区别于|不同于|严于|高于)[^，。；]{0,6}?${LOCAL}`), article: FREE_FLOW },
  {
    // Who may take part, defined as local only ("参加摇号的为县内施工企业", "注册地在某县…不包括分公司").
    re: new RegExp(
      `(参加|参与|报名|入围|入库)[^，。；]{0,12}?(的|对象)?(为|是|限|仅限|限于|只限)[^，。；]{0,4}?(${LOCAL.slice(1, -1)}|县内|当地)`,
    ),
    article: FREE_FLOW,
  },
  {
    re: /(注册地|所在地|住所地)(在|为|位于)[^，。；]{1,12}?(省|市|县|区)[^。；]{0,30}?(不包括|除外|不含)?/,
    article: FREE_FLOW,
    needsModal: false,
  },
  { re: new RegExp(`(严禁|禁止|不允许|不准)(任何)?${OUTSIDE}[^，。；]{0,6}?${PARTY}`), article: FREE_FLOW },
  {
    // Doing one's registration business at home ("企业在本市办理设立、变更、备案等登记注册业务时") is no seat demanded.
    re: new RegExp(`在${LOCAL}(?!办理)[^，。；]{0,8}?(注册|设立|纳税|缴税|缴纳税|分支机构|子公司|工商登记|登记注册)`),
    article: FREE_FLOW,
    needsModal: true,
  },
  {
    re: new RegExp(
      `(招标|投标|政府采购|采购|评标|评审)[^。；]{0,30}?(${LOCAL.slice(1, -1)}|外地)[^。；]{0,20}?(加分|优先|限制|不得|排除|扣分)`,
    ),
    article: FREE_FLOW,
  },
  {
    re: new RegExp(
      `${LOCAL}${PARTY}[^。；]{0,30}?(政府采购|招标|投标|评标|评审)[^。；]{0,20}?(加分|优先|价格扣除|优惠|扣分)`,
    ),
    article: FREE_FLOW,
  },
  {
    re: new RegExp(
      `${LOCAL}[^，。；]{0,10}?(企业|供应商|投标人)[^，。；]{0,12}?(加[0-9一二三四五六七八九十]+分|优先中标)`,
    ),
    article: FREE_FLOW,
  },
  {
    re: /(到|在|向|从|使用|选用|购买|委托|接受|安装|采用|选择)[^，。；]{0,8}?(指定|确定|统一确定)的?[^，。；]{0,8}?(供应商|经营者|企业|单位|机构|中介|检测机构|服务机构|事务所|公司|品牌|产品|网点|平台|厂家)/,
    article: DESIGNATED,
    needsModal: true,
  },
  {
    re: /由[^，。；]{0,8}?(指定|统一确定)的?[^，。；]{0,8}?(供应商|经营者|企业|单位|机构|中介|事务所|公司|平台|厂家)[^，。；]{0,6}?(承办|负责|实施|提供|办理|承担|统一)/,
    article: DESIGNATED,
  },
  { re: /独家|专营权|排他性/, article: DESIGNATED },
  {
    // A named firm picked outright ("直接指定某某有限责任公司统一负责…", "统一使用某科技有限公司的装置").
    re: /(指定|统一(使用|采购|购买|安装|选用|采用|办理|投保))[^，。；]{0,4}?[\u4e00-\u9fa5]{2,30}(有限责任公司|有限公司|公司|集团)/,
    article: DESIGNATED,
  },
  {
    // A named product or platform the public must install or use ("安装应用“某某”培训平台").
    re: /(安装|使用|应用|接入|采购|购买|下载)[^，。；]{0,4}?“[^”]{2,12}”[^，。；]{0,20}?(平台|系统|软件|APP|app|装置|设备)/,
    article: DESIGNATED,
  },
  {
    // Sent to a designated named provider ("到指定的某某汽车修理厂开展维护", "定点为某某医院").
    re: /(到|去|向|从|在)(其)?指定的[^，。；]{2,20}?(修理厂|维修厂|医院|协会|学校|培训机构|公司)|定点(为|在)[^，。；]{2,30}?(医院|公司|修理厂|中心|机构)/,
    article: DESIGNATED,
  },
  {
    // Whole lines of supply routed to one firm ("服装采购统一由某某公司组织供货", "一律由某某公司集中采购供给").
    re: /(统一|一律|均|全部|具体)由[^，。；]{2,16}?(公司|集团)[^，。；]{0,6}?(统一|负责|组织|集中|代理|发行|供货|供应|提供|承办|办理)/,
    article: DESIGNATED,
  },
  {
    // Payment owed to a named firm ("向某某燃气发展有限公司交纳管道燃气用户建设安装费").
    re: /向[^，。；]{2,30}?(有限责任公司|有限公司|股份有限公司|集团)[^，。；]{0,4}?(交纳|缴纳|支付|缴付)/,
    article: DESIGNATED,
  },
  {
    // The supplier named in the text ("学生装采购供应商为某某实业有限公司").
    re: /供应商(为|是)[^，。；]{2,30}?(有限责任公司|有限公司|公司|厂)/,
    article: DESIGNATED,
  },
  {
    // Providers picked by count and named as such ("指定2家保险经纪公司为…经纪机构", "明确10家保险机构为…承保机构").
    re: /(指定|明确|确定|选定)[^，。；]{0,4}?[0-9０-９一二两三四五六七八九十]+家[^，。；]{0,30}?为[^，。；]{0,40}?(机构|单位|企业|公司|供应商|服务商|医院)/,
    article: DESIGNATED,
  },
  {
    // Business sent to the providers just named ("要求相关企业在上述保险机构进行投保").
    re: /(在|向|到|从)上述[^，。；]{0,12}?(机构|公司|企业|单位|供应商|厂家|医院|服务商)[^，。；]{0,8}?(投保|购买|采购|办理|维修|检测|订购|进行)/,
    article: DESIGNATED,
  },
  {
    // Buying from anyone but the chosen ones banned ("严禁…与中标供应商以外的商家直接订购").
    re: /(严禁|禁止|不得)[^，。；]{0,20}?(与|向|从|订购|购买|采购)[^，。；]{0,12}?以外的?(商家|企业|厂家|供应商|经营者)/,
    article: DESIGNATED,
  },
  {
    // Work routed through one firm's platform ("统一纳入某教育集团开发的“课后服务管理平台”运作").
    re: /(统一|纳入|使用|安装|接入)[^，。；]{0,30}?(集团|公司)(开发|建设|运营|提供)的[^，。；]{0,16}?(平台|系统|软件)/,
    article: DESIGNATED,
  },
  {
    // Choice confined to a list the agency set up ("设立…机构目录库，设定入库限制性条件，由学校在目录库内选择").
    re: /(名录|名单|目录库|名录库|备选库)(内|中)(选择|选取|选用)[^，。；]{0,10}?(机构|单位|企业|供应商|公司)/,
    article: DESIGNATED,
  },
  {
    // Buyers confined to a roster the agency keeps ("限定…业主在服务机构名录中选择测绘单位").
    re: /限定[^，。；]{0,30}?(名录|名单|目录|备选库|名录库)[^，。；]{0,6}?(选择|选取|选用|确定)/,
    article: DESIGNATED,
  },
  {
    // 指定中介: one named testing or appraisal body, or refusing the reports of every other.
    re: /统一由[^，。；]{2,30}?(检测|检验|鉴定|评估|认证|测绘|审图|咨询|代理)(中心|机构|站|所|院|公司)[^，。；]{0,6}?(承担|负责|出具|实施|办理)|其他[^，。；]{0,10}?(检测|检验|鉴定|评估|认证)(机构|单位|中心)[^，。；]{0,10}?(出具的)?[^，。；]{0,10}?(不予认可|不予采信|无效|不予受理)/,
    article: DESIGNATED,
  },
  {
    // Local-preference quotas written as a share ("本地企业生产的建材比例不得低于60%").
    re: new RegExp(
      `${LOCAL}[^。；]{0,20}?(比例|份额|占比)[^。；]{0,8}?(不得低于|不低于|应当达到|达到|以上)|(不得低于|不低于|达到)[^。；]{0,6}?[0-9０-９]+(%|％)[^。；]{0,10}?${LOCAL}`,
    ),
    article: FREE_FLOW,
  },
  {
    re: /(使用|采购|购买|选用|采用|委托|接受|安装)[^，。；]{0,6}?[\u4e00-\u9fa5]{2,20}(有限公司|股份有限公司|集团)/,
    article: DESIGNATED,
    needsModal: true,
  },
  {
    re: /(从|在)[^，。；]{0,20}?(名录|名单|推荐目录|备选库)[^，。；]{0,4}?(中|内)?[^，。；]{0,4}?(选择|选取|选用|选定|确定|采购|产生)/,
    article: DESIGNATED,
    needsModal: true,
  },
  {
    re: /由[\u4e00-\u9fa5]{2,20}(有限公司|股份有限公司|集团)[^，。；]{0,10}?(统一|独家|负责|提供|供应|实施|承担)/,
    article: DESIGNATED,
  },
  {
    re: new RegExp(
      `(仅|只|限于|仅限|只限)[^，。；]{0,10}?${LOCAL}[^，。；]{0,20}?(补贴|奖励|补助|优惠|扶持|奖补|贴息)`,
    ),
    article: SUBSIDY,
  },
  {
    re: /(地方财政贡献|地方留成|地方税收|纳税额|缴纳的税收|税收贡献)[^，。；]{0,15}?(返还|奖励|补贴)|按[^，。；]{0,10}?(纳税|税收)[^，。；]{0,10}?(比例|给予)[^，。；]{0,10}?(返还|奖励|补贴)/,
    article: SUBSIDY,
  },
  {
    // A reward that grows with the tax paid, across the commas of one sentence ("对年纳税额达到100万元以上的电子商务企业，
    // 每增加100万元给予30万元奖励").
    re: /(纳税额|纳税总额|缴纳税款|税收贡献|财政贡献)[^。；]{0,40}?(给予|予以)[^。；]{0,12}?(奖励|补贴|返还|奖补)/,
    article: SUBSIDY,
  },
  {
    re: /对[\u4e00-\u9fa5]{2,20}(有限公司|集团)[^，。；]{0,20}?(补贴|奖励|返还|优惠)/,
    article: SUBSIDY,
  },
  {
    // Bidders confined to one organisational form ("投标人必须是…具有独立法人资格的单位"): branches and other
    // organisations that may bid are shut out.
    re: /(投标人|供应商|竞标人|竞买人|响应人)[^。；]{0,30}?(必须|须|应当|应)[^。；]{0,24}?独立法人资格/,
    article: BIDDERS,
  },
  {
    // A seat at home made the condition of a benefit or of taking part ("企业需将注册地迁入本区才能享受相关优惠政策",
    // "必须在某区注册、办理税务登记", "依法在本市登记注册…的销售实体单位" as who may sign up).
    re: new RegExp(
      `(在|迁入|迁至|迁到|落户)${HOME}(?!办理)[^，。；]{0,14}?${SEATED}|${SEATED}[^，。；]{0,4}?(迁入|迁至|迁到|落户)${HOME}|落户${HOME}`,
    ),
    article: FREE_FLOW,
    condition: CONDITION_OF,
  },
  {
    // Premises at home demanded ("要求招标代理机构在黄冈市区具有固定的经营场所").
    re: new RegExp(`在${HOME}(有|具有|设有|设立|拥有)[^，。；]{0,8}?(固定的?)?(经营场所|办公场所|营业场所|服务网点)`),
    article: FREE_FLOW,
    condition: CONDITION_OF,
  },
  {
    // Moving away banned ("需承诺5年内不得将工商注册、纳税、统计等关系迁出某区").
    re: /(不得|不|禁止|严禁)[^，。；]{0,16}?(注册|纳税|统计|关系|注册地|税收)[^，。；]{0,8}?迁出/,
    article: ENTRY,
  },
  {
    // Firms registered elsewhere left out of a reward ("其中对非本地注册的服务公司不进行奖励").
    re: new RegExp(
      `${OUTSIDE}注册[^，。；]{0,12}?(不进行|不予|不给予|不享受|不纳入|不列入)[^，。；]{0,4}?(奖励|补贴|补助|扶持|支持)`,
    ),
    article: SUBSIDY,
  },
  {
    // Outsiders held to a standard locals are not ("外埠机动车…办理机动车转移登记的，应当达到…排放标准"): one comma
    // may fall between the outsider and the requirement.
    re: new RegExp(
      `(外地|外埠|外省|外市|外县|非本地|非本市)[^，。；]{0,12}?${PARTY}[^。；]{0,30}?(应当|须|必须)(达到|符合|执行|满足)[^。；]{0,30}?(标准|条件|要求)`,
    ),
    article: FREE_FLOW,
  },
  {
    // One bank, platform or firm imposed by count ("只能绑定一张南昌农商银行的银行卡用于缴费").
    re: /只能[^，。；]{0,6}?(绑定|使用|选择|办理|开立|开设|购买|安装|接入)[^，。；]{0,4}?(一|1)(张|家|个|款)[^，。；]{0,20}?(银行|公司|平台|企业|机构|卡)/,
    article: DESIGNATED,
  },
  {
    // Choice confined to a counted set ("必须从获得校服制作资格标的5家校服生产制作企业中“五选一”选择一家").
    re: /从[^，。；]{0,30}?[0-9０-９一二两三四五六七八九十]+家[^，。；]{0,20}?(企业|公司|机构|单位|供应商|厂家)中[^，。；]{0,10}?(选择|选取|选定|确定|“)/,
    article: DESIGNATED,
  },
  {
    // The makers written into the text ("装置的厂家及型号为某某股份有限公司生产的C6D型").
    re: /(厂家|厂商|生产企业|品牌|服务商|承办单位|运营商)(及型号|及品牌)?(为|是)[^，。；]{2,40}?(有限责任公司|有限公司|公司|厂)/,
    article: DESIGNATED,
  },
  {
    // A line of business handed to one firm ("…一体化经营…通过购买服务授予县某集团公司").
    re: /(经营|经营权|特许经营)[^。；]{0,80}?授予[^，。；]{0,12}?(公司|集团|企业)(?![^，。；]{0,6}(称号|荣誉))/,
    article: DESIGNATED,
  },
  {
    // Rewards for a roster the agency picked ("加大对“链主”企业进档奖励", "将‘种子库’企业优先纳入…资金池支持名录").
    re: /(“[^”]{1,8}”|‘[^’]{1,8}’|种子库|名录库|白名单|链主)企业[^，。；]{0,16}?(优先|进档|加大)?[^，。；]{0,16}?(奖励|补贴|补助|资金|扶持)/,
    article: SUBSIDY,
    condition: /优先|进档|加大/,
  },
  { re: /(设置|设定|提高)[^，。；]{0,10}?准入(条件|门槛|标准)|准入门槛/, article: ENTRY },
  { re: new RegExp(`不得进入${LOCAL}市场|禁止[^，。；]{0,10}?进入${LOCAL}`), article: ENTRY },
  ...benefitPatterns,
  ...round7Patterns,
  ...round8Patterns,
];

/**
 * A prohibition addressed to the administration ("各部门不得限定…", "不得要求外地企业在本地设立分支机构") protects
 * competition; the same words addressed to outsiders ("外地企业不得参与…") restrict it, and those are matched by
 * patterns that begin with the outsider.
 */
const SAFEGUARD_BEFORE = /(不得|禁止|严禁|不允许|不准|杜绝|防止|纠正|清理|废除)[^，。；]{0,30}$/;
const EQUAL_TREATMENT = /平等对待|一视同仁|公平参与|平等参与|同等对待|同等享受|同等适用|不分所有制|不论所有制|不区分/;

/**
 * The clause as the patterns read it: the document's own place names stand as 本地 (document/home-place.ts); `at`
 * maps an offset of that reading back to the clause.
 */
function localView(doc: DocumentFeatures, f: ClauseFeatures): LocalView {
  let view = localViews.get(f);
  if (view === undefined) {
    view = readLocally(doc, f);
    localViews.set(f, view);
  }
  return view;
}

interface LocalView {
  view: ClauseFeatures;
  at: (pos: number) => number;
}

/** Every pattern reads the clause; the reading is made once per clause. */
const localViews = new WeakMap<ClauseFeatures, LocalView>();
const identity = (pos: number) => pos;

function readLocally(doc: DocumentFeatures, f: ClauseFeatures): LocalView {
  if (!doc.homePlaces.some((p) => f.clause.text.includes(p))) return { view: f, at: identity };
  const { text, origin } = withHomeAsLocal(f.clause.text, doc.homePlaces);
  if (text === f.clause.text) return { view: f, at: identity };
  const start = f.clause.start;
  return {
    view: { ...f, clause: { ...f.clause, text } },
    at: (pos) => start + (origin[pos - start] ?? f.clause.text.length),
  };
}

/**
 * A bare item that opens on the seat it asks for ("在罗江注册全资运营子公司并在罗江缴纳相关税费", an item of the
 * conditions a notice lists): the item is the requirement, with no verb of its own.
 */
const BARE_SEAT_ITEM = /^[（(]?[一二三四五六七八九十0-9]{0,3}[）)、.．]?\s*在/;

function live(doc: DocumentFeatures, f: ClauseFeatures, p: Pattern): Match[] {
  const { view, at } = localView(doc, f);
  const bare = BARE_SEAT_ITEM.test(view.clause.text);
  const found = matchesIn(view, p.re).map((m) => ({ ...m, start: at(m.start), end: at(m.end) }));
  return found.filter((m) => {
    if (SAFEGUARD_BEFORE.test(chunkBefore(doc, f, m.start))) return false;
    if (p.notAuthority && AUTHORITY.test(m.text)) return false;
    // A ban on requiring a designated product ("燃气经营者不得有下列行为：…要求燃气用户购买其指定的产品") protects the
    // customer's choice, whoever it binds.
    if (
      p.article === DESIGNATED &&
      modalAt(doc, f, m.start) === 'prohibit' &&
      /(要求|强制|强迫|限定)[^，。；]{0,6}$/.test(chunkBefore(doc, f, m.start))
    ) {
      return false;
    }
    // "行政机关…不得滥用行政权力，实施下列行为，限定…": a ban on the administration reaching over its commas.
    if (modalAt(doc, f, m.start) === 'prohibit' && subjectAt(doc, f, m.start) === 'administrative') return false;
    if (p.needsModal && !bare && !['must', 'prohibit'].includes(modalAt(doc, f, m.end) ?? '')) return false;
    if (p.firm && !FIRM.test(f.clause.text)) return false;
    if (p.condition !== undefined) {
      const lead = f.clause.leadIn === undefined ? '' : (doc.clauses[f.clause.leadIn]?.clause.text ?? '');
      if (!bare && !p.condition.test(f.clause.text) && !p.condition.test(lead)) return false;
    }
    return true;
  });
}

/** Cheap pre-filter: words every pattern above contains at least one of. */
const TRIGGER =
  /统一|定点|“|‘|限定|上述|家|供应商|以外|统一由|其他|注册地|所在地|住所地|参加|参与|本地|本市|本区|本县|本省|本镇|当地|辖区|区内|市内|县内|省内|本行政区域|外|非本|进口|指定|确定|独家|专营|排他|公司|集团|名录|名单|目录|备选库|准入|财政贡献|地方留成|税收|纳税|独立法人|我市|我区|我县|我省|某|市区|城区|县城|迁|落户|只能|厂家|授予|种子库|链主|国有|推荐名|留存|留成|增值税|所得税|税额|园|贡献|定点|所在地|获得|属公司|属企业/;

/** Work awarded without competition ("可以直接发包"), read in the clause or in the clause announcing its items. */
const DIRECT_AWARD = /直接(发包|委托|采购|确定|指定|授予)/;
/** …to whoever signed a cooperation agreement with the agency ("（十）…与我局签订战略合作协议的"). */
const AGREEMENT_PARTNER = /(签订|签署|订立)[^，。；]{0,12}?(战略合作|合作)(框架)?(协议|备忘录)/;

function awardedToPartner(doc: DocumentFeatures, f: ClauseFeatures): boolean {
  if (!AGREEMENT_PARTNER.test(f.clause.text)) return false;
  const lead = f.clause.leadIn === undefined ? undefined : doc.clauses[f.clause.leadIn];
  return DIRECT_AWARD.test(f.clause.text) || (lead !== undefined && DIRECT_AWARD.test(lead.clause.text));
}

export const competitionRule: ClauseRule = (doc, f) => {
  if (EQUAL_TREATMENT.test(f.clause.text)) return null;
  const hit = awardedToPartner(doc, f)
    ? { article: AGREEMENT }
    : rewardsNamedFirm(doc, f)
      ? { article: ONE_FIRM }
      : TRIGGER.test(localView(doc, f).view.clause.text)
        ? PATTERNS.find((p) => live(doc, f, p).length > 0)
        : undefined;
  if (hit === undefined) return null;
  if (/国务院批准/.test(f.clause.text)) return null;
  const scope = basisScope(doc, f, { kinds: ['law', 'regulation'], generic: false });
  return afterBasis(
    {
      category: 'competition',
      severity: 'high',
      basis: `${hit.article}；${GB_37}：不得违法排除、限制公平竞争，不得设置市场准入和退出条件`,
      advice:
        '该条款可能排除、限制公平竞争。请按照公平竞争审查制度进行审查：删除对本地、特定经营者的限定、指定或差别性待遇，改为对各类经营者一视同仁的条件；确有法律、行政法规依据或经国务院批准的，应当注明。',
    },
    scope,
  );
};
