// 收费、保证金、征收: 优化营商环境条例 第二十五条 — 设立涉企行政事业性收费、涉企保证金应当有法律、行政法规依据或者
// 经国务院批准，目录清单之外一律不得执行; 行政许可法 第五十八条 — 实施许可不得收费; 37号 — 不得违法增加义务
// (the 安徽 implementing notice adds: no 行政征收, no fees without provincial approval; statutes §4.1).
import { basisScope, chunkBefore, subjectAt } from '../features';
import { createsRule } from '../structure';
import { GB_37, NEGATED_TAIL, afterBasis, matchesIn, type ClauseRule, type Match } from './shared';

// "费" of 消费/浪费/花费 is no charge ("预收金额较大等对消费者…" collects nothing from 消费者).
const FEE_OBJECT = '((?<![消浪花])费|保证金|押金|基金|集资|赞助|捐款|风险金|诚信金|抵押金)';
const COLLECT = new RegExp(`(收取|计收|代收|加收|预收|核收)[^，。；]{0,15}?${FEE_OBJECT}|征收|收费|摊派`);
const PAY = new RegExp(`(缴纳|交纳|缴存|交存|预存|预交|缴交|上缴|支付|交付|捐赠|赞助)[^，。；]{0,15}?${FEE_OBJECT}`);
/** "检测费用由企业承担": costs of the administration shifted onto a private party. */
const COST_SHIFT = /费用[^，。；]{0,6}?由[^，。；]{0,12}?(承担|负担|支付)/;

/** Approval routes that make a fee lawful even where no 《》 is cited. */
const FEE_AUTHORITY =
  /(国务院|省级?人民政府|自治区人民政府|财政部门|价格主管部门|发展改革部门)[^，。；]{0,10}?(批准|核定|审批)|收费目录清单|目录清单|(国家|省|自治区)[^，。；]{0,6}规定的(收费)?标准/;

/** Cheap pre-filter: no fee word, no fee. */
const TRIGGER = /费|保证金|押金|基金|集资|赞助|捐|风险金|诚信金|征收|摊派/;

/** "征收" as part of a name ("房屋征收办公室", "房屋征收与补偿") rather than an act the clause performs. */
const IN_A_NAME = /征收(办公室|办|部门|中心|管理|与补偿|补偿|决定|范围|工作|实施单位)/;
/**
 * "收费" as the thing supervised ("负责中介服务收费的管理工作", "规范收费行为") or in the name of who collects ("受委托的收费单位",
 * "收费票据"), not a charge the clause levies.
 */
const SUPERVISED = /^收费(的)?(管理|监督|监管|行为|秩序|公示|单位|站|窗口|人员|票据)/;
/**
 * The price of a utility the public is supplied with — heat, water, power, gas — charged by what is used
 * ("按照用热量收费", "向供热单位交纳热费"): 价格法 sets it through the pricing authority, it is no 行政事业性收费.
 */
const UTILITY_PRICE = /(热|水|电|燃气|气|暖)费|按照?[^，。；]{0,8}(用热量|用水量|用电量|用气量|供热面积|面积)收费/;

/**
 * "公示收费标准" / "公布收费项目": the clause binds the operator to disclose its charges (a price-display duty, 价格法
 * 第十三条), the charge itself is the object disclosed, not a fee the clause levies.
 */
const DISCLOSED_BEFORE = /(公示|公布|明示|标明|张贴|悬挂|公开|告知)[^，。；]{0,12}$/;
/** A lead-in announcing what a contract or notice must state ("书面合同应当包括下列内容："): its items name terms. */
const CONTENTS_LEAD = /(包括|载明|写明|列明|明确)[^。；]{0,12}(内容|事项|条款)?[：:]$/;
const DISCLOSED_AFTER = /^收费(的)?(标准|项目|依据|价格|范围|方式|文件|明细)/;

/** Whether `at` falls inside a 《…》 title: a cited document's name levies nothing. */
function insideTitle(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** Whether the clause is an item under a lead-in that announces the terms a contract or notice states. */
function announcesContents(doc: Parameters<ClauseRule>[0], f: Parameters<ClauseRule>[1]): boolean {
  const lead = f.clause.leadIn === undefined ? undefined : doc.clauses[f.clause.leadIn];
  return lead !== undefined && CONTENTS_LEAD.test(lead.clause.text.trim());
}

export const feeRule: ClauseRule = (doc, f) => {
  if (!TRIGGER.test(f.clause.text)) return null;
  // Lists of kinds of act, definitions, fiscal discipline (收支两条线, 上缴国库) and restated statutes set no fee.
  if (!createsRule(doc, f)) return null;
  const text = f.clause.text;
  // "对拒不缴纳保证金的企业" sanctions non-payment of a levy set elsewhere; the levy is flagged where it is set.
  const notNegated = (m: Match) => {
    const chunk = chunkBefore(doc, f, m.start);
    return !NEGATED_TAIL.test(chunk) && !/(未|拒不|逾期不|逾期未|欠)$/.test(chunk) && !/免费|免收|不收取/.test(m.text);
  };
  const collected = matchesIn(f, COLLECT).filter(
    (m) =>
      notNegated(m) &&
      !insideTitle(text, m.start - f.clause.start) &&
      !(m.text === '征收' && IN_A_NAME.test(doc.text.slice(m.start, m.end + 6))) &&
      !(m.text === '收费' && SUPERVISED.test(doc.text.slice(m.start, m.end + 6))) &&
      !(
        m.text === '收费' &&
        DISCLOSED_AFTER.test(doc.text.slice(m.start, m.end + 6)) &&
        (DISCLOSED_BEFORE.test(doc.text.slice(f.clause.start, m.start)) || announcesContents(doc, f))
      ),
  );
  // A payment binds whoever pays: a 行政机关 paying ("区财政局支付服务费") is spending, not levying.
  const paid = matchesIn(f, PAY).filter((m) => notNegated(m) && subjectAt(doc, f, m.start) !== 'administrative');
  const shifted = matchesIn(f, COST_SHIFT).filter(
    (m) => notNegated(m) && f.tokens.some((t) => t.start >= m.start && t.end <= m.end && t.subject === 'private'),
  );
  if (collected.length + paid.length + shifted.length === 0) return null;
  // Paying what a contract fixes ("按照物业服务合同的约定交纳物业服务费") is a civil debt, not a levy.
  if (FEE_AUTHORITY.test(text) || /合同(的)?约定|协议(的)?约定|按照约定/.test(text)) return null;
  const scope = basisScope(doc, f, { kinds: ['law', 'regulation', 'decision', 'rule'], generic: true });
  // A charge for a good or service the clause supplies ("提供水源，计量收费") is a price, not a levy: the reviewer
  // checks the pricing authority, so it stays low.
  const utility = (m: Match) => UTILITY_PRICE.test(doc.text.slice(Math.max(f.clause.start, m.start - 12), m.end));
  const price =
    shifted.length === 0 &&
    paid.every(utility) &&
    collected.every(
      (m) =>
        /提供[^。；]{0,20}$/.test(doc.text.slice(f.clause.start, m.start)) ||
        /计量收费|按价收费|有偿/.test(m.text) ||
        utility(m),
    );
  const licensingFee = /许可|审批/.test(text)
    ? '；《中华人民共和国行政许可法》第五十八条：实施行政许可不得收取任何费用'
    : '';
  return afterBasis(
    {
      category: 'fee',
      severity: price ? 'low' : collected.length + paid.length > 0 ? 'high' : 'medium',
      basis: `《优化营商环境条例》第二十五条：设立涉企行政事业性收费、涉企保证金，应当有法律、行政法规依据或者经国务院批准，目录清单之外的一律不得执行${licensingFee}；${GB_37}：不得违法增加公民、法人和其他组织的义务`,
      advice:
        '请删除该收费（保证金、征收）规定，或注明设定该收费的法律、行政法规依据或国务院（省级人民政府）批准文件，并核对其是否列入收费目录清单。',
    },
    scope,
  );
};
