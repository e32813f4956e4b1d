// Cutting water, power, heat or gas to force compliance: 行政强制法 第四十三条第二款 — 行政机关不得对居民生活采取停止供水、
// 供电、供热、供燃气等方式迫使当事人履行相关行政决定 — which no basis makes lawful. The water, gas and heating 法规 of the
// tuning part name a stoppage in many other ways that force nobody: a supplier's planned outage and its notice, a
// supplier fined for stopping supply without approval, a supplier's own contract remedy for its unpaid bill, a stop
// for unsafe water, and the sanction 城市供水条例 第三十五条第二款 itself sets on users who steal or divert water.
import { chunkBefore, type ClauseFeatures, type DocumentFeatures } from '../features';
import { GB_37, NEGATED_TAIL, matchesIn, type RuleHit } from './shared';

const UTILITIES = /(停止|中止|暂停|限制)(供水|供电|供热|供气|供燃气)|停水|停电|断水|断电/;

/** What the cut is meant to make someone do: refusal, arrears, an order not carried out. */
const COMPLIANCE = /拒不|逾期不|逾期未|不履行|未履行|拒绝|欠缴|未缴|未交|不缴|不交|未按|不按|违反|整改|迫使|直至|督促/;

/** The cut named, not imposed: "停止供水的，…应当提前…通知", "停水原因消除后", "停止供水时间超过十八小时的". */
const NAMED_AFTER =
  /^(的(?!方式|措施|手段|办法)|时|后|前|原因|时间|期间|超过|通知|范围|[零一二两三四五六七八九十百0-9])/;

/** 城市供水条例 第三十五条第二款, said again by a local text. */
const WATER_SUPPLY_SANCTION = /情节严重的，(报)?经[^，。；]{0,12}?人民政府批准，(还)?可以在一定时间内停止供水/;

const ARTICLE_43 =
  '《中华人民共和国行政强制法》第四十三条第二款：行政机关不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行相关行政决定';

export function utilityCut(doc: DocumentFeatures, f: ClauseFeatures): RuleHit | null {
  const text = f.clause.text;
  const lead = f.clause.leadIn === undefined ? '' : (doc.clauses[f.clause.leadIn]?.clause.text ?? '');
  if (!UTILITIES.test(text)) return null;
  if (WATER_SUPPLY_SANCTION.test(text)) {
    return {
      category: 'coercion',
      severity: 'low',
      basis:
        '《城市供水条例》第三十五条第二款：有前款所列行为之一，情节严重的，经县级以上人民政府批准，还可以在一定时间内停止供水',
      advice:
        '本句与《城市供水条例》第三十五条第二款的规定相同。请核对所列行为是否在该款列举的盗用、转供城市公共供水等行为范围内，并写明依据；超出该款范围以停止供水迫使当事人履行的，应当删除。',
    };
  }
  if (!COMPLIANCE.test(text) && !COMPLIANCE.test(lead)) return null;
  // A supplier stopping its own supply under the contract for its unpaid bill (民法典 第六百五十四条) is no sanction.
  if (/(按照|依照|按)合同约定/.test(text)) return null;
  const cuts = matchesIn(f, UTILITIES).filter((m) => {
    const chunk = chunkBefore(doc, f, m.start);
    // "截断电力" is no 断电; an outage given as a cause ("因停水、停电…可能影响灭火救援的，…应当通知") forces nobody;
    // "擅自停止供水的，处…罚款" punishes the supplier's cut, it orders none.
    return (
      f.tokens.some((t) => t.start === m.start) &&
      !NEGATED_TAIL.test(chunk) &&
      !/因[^，。；]{0,12}$/.test(chunk) &&
      !/(擅自|违法|随意|无故)$/.test(chunk) &&
      !NAMED_AFTER.test(doc.text.slice(m.end, m.end + 4))
    );
  });
  if (cuts.length === 0) return null;
  return {
    category: 'coercion',
    severity: 'high',
    basis: `${ARTICLE_43}；第十条第四款：法律、法规以外的其他规范性文件不得设定行政强制措施；${GB_37}：不得设定行政强制`,
    advice:
      '以停止供水、供电、供热、供燃气等方式迫使当事人履行行政决定，为行政强制法明令禁止，任何依据均不能使其合法。请删除该内容，改为依照《中华人民共和国行政强制法》规定的程序申请人民法院强制执行或依法实施。',
  };
}
