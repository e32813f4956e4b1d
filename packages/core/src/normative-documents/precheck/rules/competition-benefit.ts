// Who benefits (公平竞争审查 round 6, docs/precheck.md): the competition clauses that case offices paraphrase most are
// benefits — a reward, a subsidy, a refund — whose beneficiary is fixed by where it is from or by being one firm. The
// patterns read the beneficiary and the benefit, not a phrase: a benefit for buying or using what is local, a benefit
// for local firms that win a tender, local and outside firms treated apart, a seat, a headquarters or the registration
// moved home as the benefit's condition, a benefit clawed back when the firm leaves, and a reward to one firm the text
// names through a definition ("平台管理公司（即某…有限公司）"). Each cites the item of 《公平竞争审查条例》
// (国务院令第783号, 2024) it breaches.
import type { DocumentFeatures, ClauseFeatures } from '../features';
import { CONDITION_OF, HOME, OUTSIDE, PARTY, type Pattern } from './competition-terms';

const BENEFIT = '(补贴|补助|奖励|扶持|优惠|奖补|贴息|资金|支持)';

/** 第九条第（四）项 (a subsidy that discriminates against outside goods) and 第八条第（三）项 (限定…特定经营者). */
export const LOCAL_GOODS =
  '《公平竞争审查条例》第九条第（四）项：不得对外地或者进口商品、要素设置歧视性收费项目、收费标准、价格或者补贴；第八条第（三）项：不得限定经营、购买或者使用特定经营者提供的商品或者服务';
/** 第九条第（四）项 and 第十条第（二）项: local and outside firms given different benefits. */
export const DIFFERENTIAL =
  '《公平竞争审查条例》第九条第（四）项：不得对外地或者进口商品、要素设置歧视性收费项目、收费标准、价格或者补贴；第十条第（二）项：没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者选择性、差异化的财政奖励或者补贴';
/** 第九条第（三）项: the benefit is for local firms that win, so outside bidders are put behind. */
export const LOCAL_WINNER =
  '《公平竞争审查条例》第九条第（三）项：不得排斥、限制或者变相限制外地经营者参加本地政府采购、招标投标；第十条第（二）项：不得给予特定经营者选择性、差异化的财政奖励或者补贴';
/** 第九条第（一）项 (阻碍本地经营者迁出) and 第八条第（四）项 (不合理的退出条件). */
export const EXIT =
  '《公平竞争审查条例》第九条第（一）项：不得阻碍本地经营者迁出，商品、要素输出；第八条第（四）项：不得设置不合理或者歧视性的准入、退出条件';
/** 第九条第（二）项: a seat at home as a condition forces outside firms to invest or set up there. */
export const SEAT =
  '《公平竞争审查条例》第九条第（二）项：不得排斥、限制、强制或者变相强制外地经营者在本地投资经营或者设立分支机构；第十条第（二）项：不得给予特定经营者选择性、差异化的财政奖励或者补贴';
/** 第八条第（二）项 and 第（三）项: one provider picked, or given the franchise, by the text. */
export const ONE_PROVIDER =
  '《公平竞争审查条例》第八条第（二）项：不得违法设置或者授予特许经营权；第八条第（三）项：不得限定经营、购买或者使用特定经营者提供的商品或者服务';
/** 第九条第（三）项、第（五）项: outsiders kept out of a tender or held to a discriminatory requirement. */
export const OUTSIDERS =
  '《公平竞争审查条例》第九条第（三）项：不得排斥、限制或者变相限制外地经营者参加本地政府采购、招标投标；第九条第（五）项：不得在资质标准、监管执法等方面对外地经营者在本地投资经营设置歧视性要求';
/** 第十条第（二）项: a reward for one firm. */
export const ONE_FIRM =
  '《公平竞争审查条例》第十条第（二）项：没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者选择性、差异化的财政奖励或者补贴';

export const benefitPatterns: Pattern[] = [
  {
    // One provider picked by the text, named or anonymised in a case's paraphrase ("指定某公司为唯一供应商",
    // "确定某公司为特许经营单位", "指定某检测机构承担检测业务").
    re: /(指定|确定|选定)[^，。；]{0,12}?(某|[\u4e00-\u9fa5]{2,20}?)(公司|集团|机构|中心|企业)[^，。；]{0,6}?(为|作为)[^，。；]{0,16}?(唯一|独家|特许经营)|(唯一|独家)的?(供应商|服务商|经营者|经营单位|运营商|投资主体|承办单位|服务机构)|指定(某|一家|[\u4e00-\u9fa5]{2,16}?)(检测|检验|鉴定|评估|认证|测绘|培训)(机构|中心|站|所|院|公司)[^，。；]{0,6}?(承担|负责|出具|实施|办理)/,
    article: ONE_PROVIDER,
  },
  {
    // Only local firms let in ("只允许本地企业参与投标"); the 限定…本地 form is matched before.
    re: new RegExp(`(只允许|仅允许|只准|只有|只能由|仅由)${HOME}[^，。；]{0,6}?${PARTY}`),
    article: OUTSIDERS,
    notAuthority: true,
  },
  {
    // Outsiders held to a discriminatory requirement ("对非本地企业设置歧视性条件").
    re: new RegExp(
      `${OUTSIDE}[^，。；]{0,12}?${PARTY}[^，。；]{0,10}?(设置|设定|实行|规定|提出)[^，。；]{0,8}?(歧视性|更高|额外|不同|差别)`,
    ),
    article: OUTSIDERS,
  },
  {
    // Local firms put first ("本辖区企业优先参与", "本地供应商优先中标"); hiring local labour is employment policy.
    re: new RegExp(
      `${HOME}[^，。；]{0,4}?${PARTY}[^，。；]{0,4}?优先(参与|参加|中标|入围|承接|承揽|选用|采购|安排|供应|供货)`,
    ),
    article: OUTSIDERS,
  },
  {
    // Buying confined to the home place ("项目建设所需材料原则上在本地采购").
    re: new RegExp(`(原则上|应当|须|必须|一律|优先|统一)[^，。；]{0,4}?在${HOME}(采购|购买|选购|租赁|订购)`),
    article: LOCAL_GOODS,
  },
  {
    // A benefit for what is made at home ("对本地生产的产品给予价格补贴").
    re: new RegExp(
      `${HOME}(生产|制造|种植|养殖|加工)的?(产品|商品|农产品|材料|建材|设备)[^。；]{0,10}?(给予|予以|享受)[^。；]{0,10}?(补贴|补助|奖励|奖补)`,
    ),
    article: LOCAL_GOODS,
  },
  {
    // A promise never to leave ("入驻企业须承诺十年内不迁出"), the registration named or not.
    re: /(承诺|保证|确保)[^，。；]{0,12}?(不|不得)(迁出|迁离|外迁|搬离|变更注册地)|(不得|禁止|严禁)[^，。；]{0,6}?(迁出|迁离|外迁|搬离)/,
    article: EXIT,
    firm: true,
  },
  {
    // After-sales premises or a project company at home demanded ("要求供应商在本市设立售后服务机构").
    re: new RegExp(
      `在${HOME}(设立|设有|成立|建立|具有|拥有)[^，。；]{0,8}?(售后服务机构|售后服务网点|服务网点|办事处|项目公司)`,
    ),
    article: SEAT,
    condition: /要求|须|必须|应当|方可|才能|条件/,
    firm: true,
  },
  {
    // A benefit for buying or using what is local ("使用本县企业生产的部品部件的，给予每平方米50元补贴",
    // "对采购本地产品的企业给予奖励").
    re: new RegExp(
      `(使用|采购|购买|选用|采用|销售|应用)[^，。；]{0,4}?${HOME}[^，。；]{0,12}?(企业|生产|产品|商品|材料|建材|部品|部件|品牌|供应商)[^。；]{0,40}?(给予|予以|享受|奖励|补贴|补助|奖补)`,
    ),
    article: LOCAL_GOODS,
  },
  {
    // A benefit for the local firms that win ("本地企业中标的，给予中标金额1%的奖励").
    re: new RegExp(
      `${HOME}${PARTY}[^，。；]{0,8}?(中标|入围|承接|承揽|成交)[^。；]{0,20}?(给予|予以|享受)[^。；]{0,12}?(奖励|补贴|补助|奖补)`,
    ),
    article: LOCAL_WINNER,
  },
  {
    // Outsiders given less ("对外地企业的补助标准为本地企业的50%", "外地企业减半补助").
    re: new RegExp(
      `${OUTSIDE}[^，。；]{0,12}?${PARTY}[^。；]{0,20}?(不给予|不享受|不纳入|不列入|减半|减少|降低|低于|为本地|按本地|不支持)[^。；]{0,10}?${BENEFIT}|${OUTSIDE}[^，。；]{0,12}?${PARTY}的?${BENEFIT}[^。；]{0,8}?(标准|比例|额度)?(为|按|是)${HOME}`,
    ),
    article: DIFFERENTIAL,
  },
  {
    // Local and outside firms named side by side for a benefit ("对本地企业和外地企业实行差异化补助"); equal treatment
    // ("同等享受", "一视同仁") is let through before any pattern is tried.
    re: new RegExp(
      `${HOME}[^，。；]{0,4}?${PARTY}[^。；]{0,30}?${OUTSIDE}[^，。；]{0,4}?${PARTY}|${OUTSIDE}[^，。；]{0,4}?${PARTY}[^。；]{0,30}?${HOME}[^，。；]{0,4}?${PARTY}`,
    ),
    article: DIFFERENTIAL,
    condition: /差异化|差别化|区别|分别给予|不同标准|不予|减半|补贴|补助|奖励/,
  },
  {
    // A benefit clawed back when the firm leaves ("获得奖补的企业六年内迁出本区的，须全额退还奖补资金").
    re: /(迁出|迁离|迁往|搬离|外迁|变更至[^，。；]{1,8}?外)[^。；]{0,30}?(退还|返还|收回|追回|退回|缴回|追缴)[^。；]{0,12}?(奖补|奖励|补贴|补助|扶持|资金|优惠|差额)/,
    article: EXIT,
    firm: true,
  },
  {
    // The firm moved home as the condition ("把企业迁入本地作为享受补贴的前置条件").
    re: new RegExp(`(迁入|迁至|迁到|搬迁至|搬迁到|整体迁移至)${HOME}`),
    article: SEAT,
    condition: CONDITION_OF,
    firm: true,
  },
  {
    // Registration or tax relations at home as the condition ("补助对象为注册地和税务征管关系均在本区的企业").
    re: new RegExp(
      `(注册地|税务征管关系|纳税关系|税收关系|统计关系|工商注册)[^，。；]{0,10}?(均|都|须|应当|必须)?(在|为|位于)${HOME}`,
    ),
    article: SEAT,
    condition: CONDITION_OF,
  },
  {
    // A headquarters, a legal entity or a production base at home as the condition ("对在本地设立区域总部的企业给予奖励").
    re: new RegExp(
      `在${HOME}(设立|设有|建立|拥有|成立)[^，。；]{0,8}?(总部|法人机构|独立法人|法人企业|生产基地|生产线|结算中心|分公司)`,
    ),
    article: SEAT,
    condition: CONDITION_OF,
  },
];

/**
 * A firm the text names by a definition, either way round: "平台管理公司（即某保温产业发展服务有限公司）" or
 * "某产业发展有限公司（以下简称“平台公司”）". The alias is what the later clauses call the one firm.
 */
const ALIAS_THEN_NAME =
  /([\u4e00-\u9fa5]{2,16}?公司)（(?:即|以下简称|简称)[^（）]{0,4}?[\u4e00-\u9fa5“”]{2,30}?(?:有限责任公司|股份有限公司|有限公司|集团)）/g;
const NAME_THEN_ALIAS =
  /(?:有限责任公司|股份有限公司|有限公司|集团)（(?:以下简称|简称)[“"]?([\u4e00-\u9fa5]{2,12}?)[”"]?）/g;
const LEADING_FUNCTION_WORDS = /^(对|向|为|由|并|和|及|与|将|按|以)+/;
const definedFirms = new WeakMap<DocumentFeatures, string[]>();

function firmsDefinedIn(doc: DocumentFeatures): string[] {
  let firms = definedFirms.get(doc);
  if (firms === undefined) {
    firms = [...doc.text.matchAll(ALIAS_THEN_NAME), ...doc.text.matchAll(NAME_THEN_ALIAS)]
      .map((m) => (m[1] ?? '').replace(LEADING_FUNCTION_WORDS, ''))
      .filter((alias) => alias.length >= 3);
    definedFirms.set(doc, firms);
  }
  return firms;
}

/** A reward paid to one firm the document defines by name ("对保温产业平台管理公司给予产业发展资金奖励"). */
export function rewardsNamedFirm(doc: DocumentFeatures, f: ClauseFeatures): boolean {
  return firmsDefinedIn(doc).some((alias) =>
    new RegExp(`${alias}[^，。；]{0,8}?(给予|予以|发放|兑现|拨付)[^，。；]{0,14}?(奖励|补贴|补助|资金|奖补|扶持)`).test(
      f.clause.text,
    ),
  );
}
