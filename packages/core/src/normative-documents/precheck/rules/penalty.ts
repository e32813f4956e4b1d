// 行政处罚: 行政处罚法 第十六条 — 除法律、法规、规章外，其他规范性文件不得设定行政处罚; 37号 lists it among the
// powers a 规范性文件 may not create. The penalty types follow 行政处罚法 第九条.
import { basisScope, chunkBefore } from '../features';
import { createsRule } from '../structure';
import { GB_37, NEGATED_TAIL, SUSPENDED_LICENCE, afterBasis, matchesIn, type ClauseRule } from './shared';

const NUMBER = '[零〇一二两三四五六七八九十百千万0-9０-９.]+';

/** Penalty types of 第九条 that always weigh on property, licences or liberty. */
const HEAVY_PENALTIES = [
  new RegExp(`(处以?|并处|可处|给予|予以|罚)[^，。；]{0,30}?罚款|罚款${NUMBER}元`),
  /没收(其)?(违法所得|非法所得|非法财物|违法经营|[^，。；]{0,8}?(工具|设备|物品|财物|货物|商品|车辆|保证金|押金))/,
  /吊销(其)?[^，。；]{0,12}?(许可证|执照|证书|资质|证件|资格)/,
  SUSPENDED_LICENCE,
  /责令停产停业|责令(其)?停业(整顿)?|责令关闭|责令停止营业|停业整顿/,
  /行政拘留|予以拘留/,
  /降低(其)?资质等级/,
  /限制从业|禁止从业|限制开展生产经营活动/,
];

/** Lighter types, and penalties announced without a type ("予以处罚"). */
const LIGHT_PENALTIES = [
  /(给予|予以|处以?)(警告|通报批评)/,
  /取消(其)?[^，。；]{0,12}?资格/,
  new RegExp(`${NUMBER}年内不得(再次)?(申请|参加|参与|从事|承接|报名)`),
  /(予以|给予|进行|实施)(行政)?处罚/,
];

const AMOUNT = new RegExp(`${NUMBER}(元|万元)`);

/**
 * Penalties in disguise: a 违约金 owed to the administration or a public 通报/曝光 for breaking the document's own
 * rules is a sanction (行政处罚法 第二条: 以减损权益或者增加义务的方式予以惩戒), whatever the document calls it.
 */
const DISGUISED = [
  /违反本(办法|规定|细则|通知|意见|方案|制度)[^。]{0,40}?(违约金|通报|曝光|公开批评|黑名单)/,
  /(支付|缴纳|交纳|承担)[^，。；]{0,10}?违约金/,
  /(予以|进行|在[^，。；]{0,10})(通报|曝光)(?!制度)/,
];

/**
 * A condition of eligibility that names a past sanction ("当前未被建设行政主管部门取消投标资格", "近三年未受到…处罚")
 * describes who may apply; it sets no penalty.
 */
// No "的" in between: "未被批准擅自建设的处以罚款" names the offence, then the penalty.
const NOT_SANCTIONED = /(未被|未受到|没有被|未曾被)[^，。；的]{0,20}$/;

/** Cheap pre-filter: a clause without any of these words cannot set a penalty. */
const TRIGGER = /罚|没收|吊销|暂扣|责令|停业|拘留|资质|资格|从业|限制开展|不得|处罚|警告|通报|违约金|曝光|黑名单/;

export const penaltyRule: ClauseRule = (doc, f) => {
  if (!TRIGGER.test(f.clause.text)) return null;
  // A definition, a list of kinds of act, a rule of the agency's own procedure (裁量基准, 听证, 罚缴分离) or a
  // restated statute article regulates penalties; it does not create one.
  if (!createsRule(doc, f)) return null;
  const live = (re: RegExp) =>
    matchesIn(f, re).filter((m) => {
      const before = chunkBefore(doc, f, m.start);
      return !NEGATED_TAIL.test(before) && !NOT_SANCTIONED.test(before);
    });
  const heavy = HEAVY_PENALTIES.some((re) => live(re).length > 0);
  const light = !heavy && LIGHT_PENALTIES.some((re) => live(re).length > 0);
  const disguised = !heavy && !light && DISGUISED.some((re) => live(re).length > 0);
  if (!heavy && !light && !disguised) return null;
  // "依法处以罚款" restates the law, but "依法处以二千元罚款" fixes an amount the document itself chose.
  const scope = basisScope(doc, f, { kinds: ['law', 'regulation', 'rule'], generic: !AMOUNT.test(f.clause.text) });
  return afterBasis(
    {
      category: 'penalty',
      severity: heavy ? 'high' : 'medium',
      basis: `《中华人民共和国行政处罚法》第十六条：除法律、法规、规章外，其他规范性文件不得设定行政处罚；${GB_37}：不得设定行政处罚`,
      advice: disguised
        ? '该条款以违约金、通报、曝光等名义对违反本文件的行为予以惩戒，实质是设定行政处罚。规范性文件不得设定行政处罚，请删除；确需惩戒的，应当引用设定该处罚的法律、法规、规章条文。'
        : '规范性文件不得设定行政处罚。请删除该处罚内容，或改为引用设定该处罚的法律、法规、规章条文（如“依照《××法》第××条的规定处罚”）；属于裁量基准的，应当在上位法规定的处罚种类和幅度内细化并注明依据。',
    },
    scope,
  );
};
