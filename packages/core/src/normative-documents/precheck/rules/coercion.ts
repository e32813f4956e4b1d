// 行政强制: 行政强制法 第十条第四款 — 法律、法规以外的其他规范性文件不得设定行政强制措施; 第十三条 — 行政强制执行
// 由法律设定. The measures follow 第九条 (限制人身自由、查封、扣押、冻结) and the enforcement means of 第十二条.
import { basisScope, chunkBefore } from '../features';
import { createsRule } from '../structure';
import { GB_37, NEGATED_TAIL, afterBasis, matchesIn, onWordBoundaries, type ClauseRule } from './shared';

const MEASURES =
  /暂扣(?!(其)?[^，。；]{0,12}?(许可证|执照|证书|证件|驾驶证))|查封|扣押|冻结|扣留|强制拆除|强制执行|强制清除|强制隔离|强制带离|强制收回|强制措施|强行|限制人身自由|停止供水|停止供电|断水|断电|停水停电|拖移|拖离/;

/** Applying to the court ("申请人民法院强制执行") and lifting a measure ("解除查封") create nothing. */
const HARMLESS_BEFORE = /(申请(人民)?法院|申请|解除|退还|返还)[^，。；]{0,4}$/;

/** Cheap pre-filter for the measures above. */
const TRIGGER = /查封|扣押|冻结|扣留|强制|强行|人身自由|供水|供电|断水|断电|停水|拖移|拖离|暂扣/;

/** Cutting utilities to force compliance, which 行政强制法 第四十三条第二款 forbids outright. */
const UTILITIES = /(停止|中止|暂停|限制)(供水|供电|供热|供气|供燃气)|停水|停电|断水|断电/;

const ARTICLE_43 =
  '《中华人民共和国行政强制法》第四十三条第二款：行政机关不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行相关行政决定';

export const coercionRule: ClauseRule = (doc, f) => {
  if (!TRIGGER.test(f.clause.text)) return null;
  // Checked before the structure: a clause that words Art. 43 the other way round is close to it in words.
  const utilities = matchesIn(f, UTILITIES).filter((m) => !NEGATED_TAIL.test(chunkBefore(doc, f, m.start)));
  if (utilities.length > 0) {
    return {
      category: 'coercion',
      severity: 'high',
      basis: `${ARTICLE_43}；第十条第四款：法律、法规以外的其他规范性文件不得设定行政强制措施；${GB_37}：不得设定行政强制`,
      advice:
        '以停止供水、供电、供热、供燃气等方式迫使当事人履行行政决定，为行政强制法明令禁止，任何依据均不能使其合法。请删除该内容，改为依照《中华人民共和国行政强制法》规定的程序申请人民法院强制执行或依法实施。',
    };
  }
  if (!createsRule(doc, f)) return null;
  const live = matchesIn(f, MEASURES).filter((m) => {
    if (!onWordBoundaries(f, m)) return false;
    const chunk = chunkBefore(doc, f, m.start);
    // "查封、扣押的物品", "实施行政强制措施时" name a measure, they set none.
    const describesTaken = /^(、[^，。；]{1,4})*(的|时|前|后|过程中|期间)/.test(doc.text.slice(m.end, m.end + 12));
    return (
      !describesTaken && !NEGATED_TAIL.test(chunk) && !HARMLESS_BEFORE.test(chunk) && !/(违法|擅自|随意)$/.test(chunk)
    );
  });
  // Disposing of what was seized ("被扣留的车辆由…政府收购、置换或者托运回原籍") is itself a coercive measure.
  const disposal =
    /被(扣留|扣押|暂扣|查扣|查封)的[^，。；]{0,8}?(由|予以)[^，。；]{0,20}?(收购|置换|拍卖|变卖|处置|托运|销毁)/;
  if (live.length === 0 && !disposal.test(f.clause.text)) return null;
  const towingOnly = live.length > 0 && live.every((m) => /拖移|拖离/.test(m.text));
  const scope = basisScope(doc, f, { kinds: ['law', 'regulation'], generic: true });
  return afterBasis(
    {
      category: 'coercion',
      severity: towingOnly ? 'medium' : 'high',
      basis: `《中华人民共和国行政强制法》第十条第四款：法律、法规以外的其他规范性文件不得设定行政强制措施；第十三条：行政强制执行由法律设定；${GB_37}：不得设定行政强制`,
      advice:
        '规范性文件不得设定行政强制措施或强制执行方式。请删除该内容，或改为引用设定该措施的法律、法规条文；确需实施的，应当依照《中华人民共和国行政强制法》规定的条件和程序进行。',
    },
    scope,
  );
};
