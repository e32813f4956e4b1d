// 行政强制: 行政强制法 第十条第四款 — 法律、法规以外的其他规范性文件不得设定行政强制措施; 第十三条 — 行政强制执行
// 由法律设定. The measures follow 第九条 (限制人身自由、查封、扣押、冻结) and the enforcement means of 第十二条.
import { basisScope, chunkBefore } from '../features';
import { createsRule } from '../structure';
import { utilityCut } from './utility-cut';
import type { ClauseFeatures, DocumentFeatures } from '../features';
import {
  GB_37,
  NEGATED_TAIL,
  SUSPENDED_LICENCE,
  afterBasis,
  matchesIn,
  onWordBoundaries,
  type ClauseRule,
  type Match,
} from './shared';

const MEASURES =
  /暂扣|查封|扣押|冻结|扣留|强制拆除|强制执行|强制清除|强制隔离|强制带离|强制收回|强制措施|强行|限制(其|当事人的?)?人身自由|拖移|拖离/;

/** "暂扣…营运权证" suspends a licence: a penalty (./penalty), not a coercive measure. */
const LICENCE_AT = new RegExp(`^${SUSPENDED_LICENCE.source}`);

/** Applying to the court ("申请人民法院强制执行") and lifting a measure ("解除查封") create nothing. */
const HARMLESS_BEFORE = /(申请(人民)?法院|申请|解除|退还|返还)[^，。；]{0,4}$/;

/** Disposing of what was seized ("被扣留的车辆由…政府收购、置换或者托运回原籍") is itself a coercive measure. */
const DISPOSAL =
  /被(扣留|扣押|暂扣|查扣|查封)的[^，。；]{0,8}?(由|予以)[^，。；]{0,20}?(收购|置换|拍卖|变卖|处置|托运|销毁)/;

/** Cheap pre-filter for the measures above. */
const TRIGGER = /查封|扣押|冻结|扣留|强制|强行|人身自由|供水|供电|断水|断电|停水|拖移|拖离|暂扣/;

export const coercionRule: ClauseRule = (doc, f) => {
  if (!TRIGGER.test(f.clause.text)) return null;
  // Checked before the structure: a clause that words Art. 43 the other way round is close to it in words.
  const cut = utilityCut(doc, f);
  if (cut !== null) return cut;
  if (!createsRule(doc, f)) return null;
  const { live, disposal } = measuresSet(doc, f);
  if (live.length === 0 && !disposal) return null;
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

/**
 * A ban whose act lists the measures ("严禁违反法定权限、条件、程序对…财产实施查封、冻结和扣押等行政强制措施"): the list
 * runs past the words NEGATED_TAIL reaches back over, and every measure in it is banned, none set.
 */
const BANNED_ACT = /(严禁|禁止|不得)[^，。；]{0,60}?(实施|采取)[^，。；]{0,12}$/;

/** The coercive measures a clause sets, and whether it disposes of what was seized. */
function measuresSet(doc: DocumentFeatures, f: ClauseFeatures): { live: Match[]; disposal: boolean } {
  const live = matchesIn(f, MEASURES).filter((m) => {
    if (!onWordBoundaries(f, m) || LICENCE_AT.test(doc.text.slice(m.start, m.start + 30))) return false;
    const chunk = chunkBefore(doc, f, m.start);
    // "查封、扣押的物品", "实施行政强制措施时", "暂扣凭证" name a measure or its papers, they set none.
    const describesTaken = /^(、[^，。；]{1,4})*(的|时|前|后|过程中|期间|凭证|清单|决定书|通知书|手续|笔录)/.test(
      doc.text.slice(m.end, m.end + 12),
    );
    return (
      !describesTaken &&
      !NEGATED_TAIL.test(chunk) &&
      !BANNED_ACT.test(chunk) &&
      !HARMLESS_BEFORE.test(chunk) &&
      !/(违法|擅自|随意)$/.test(chunk)
    );
  });
  return { live, disposal: DISPOSAL.test(f.clause.text) };
}

/**
 * Whether every measure the clause sets is one a 地方性法规 may set — 查封 (of places, facilities or things) and 扣押
 * (of things), 行政强制法 第九条第二项、第三项 and 第十条第三款 — and it disposes of nothing. The class named after them
 * ("采取查封、扣押等行政强制措施") adds no measure; 冻结, 限制人身自由 and every means of enforcement (第十三条: by law
 * only) keep the clause reported.
 */
export function setsOnlySeizure(doc: DocumentFeatures, f: ClauseFeatures): boolean {
  const { live, disposal } = measuresSet(doc, f);
  if (disposal) return false;
  const measures = live.filter(
    (m) => !(m.text === '强制措施' && /等(行政)?$/.test(doc.text.slice(f.clause.start, m.start))),
  );
  return measures.length > 0 && measures.every((m) => m.text === '查封' || m.text === '扣押');
}
