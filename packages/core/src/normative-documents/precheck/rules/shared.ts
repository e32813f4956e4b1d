// Shared shape of the clause rules. Each rule looks for its action terms in one clause, asks the features who is
// bound and what the clause cites, and returns at most one hit; ../index turns hits into findings.
import type { BasisScope, ClauseFeatures, DocumentFeatures } from '../features';
import type { PrecheckCategory, PrecheckSeverity } from '../types';

export interface RuleHit {
  category: PrecheckCategory;
  severity: PrecheckSeverity;
  basis: string;
  advice: string;
}

export type ClauseRule = (doc: DocumentFeatures, f: ClauseFeatures) => RuleHit | null;

export interface Match {
  /** Absolute offset of the match in the input. */
  start: number;
  end: number;
  text: string;
}

const globalVersions = new WeakMap<RegExp, RegExp>();

/** The rules write their patterns without the g flag; matchAll needs it, and compiling once per pattern is enough. */
function globalVersion(pattern: RegExp): RegExp {
  let re = globalVersions.get(pattern);
  if (re === undefined) {
    re = pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    globalVersions.set(pattern, re);
  }
  return re;
}

/** All matches of a pattern in the clause, with absolute offsets. */
export function matchesIn(f: ClauseFeatures, pattern: RegExp): Match[] {
  return [...f.clause.text.matchAll(globalVersion(pattern))].map((m) => ({
    start: f.clause.start + (m.index ?? 0),
    end: f.clause.start + (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
}

/**
 * Whether a match starts and ends on jieba word boundaries. Substrings lie in Chinese: "加强行政" contains "强行",
 * "另外地方" contains "外地"; the segmenter knows they are 加强/行政 and 另外/地方.
 */
export function onWordBoundaries(f: ClauseFeatures, m: Match): boolean {
  return f.tokens.some((t) => t.start === m.start) && f.tokens.some((t) => t.end === m.end);
}

/** A prohibition right before the term turns it into a safeguard: "不得向企业收取", "严禁违法查封". */
export const NEGATED_TAIL =
  /(不得|严禁|禁止|不准|不允许|不许|杜绝|不再|无需|无须|免于|免予|免收|免征|减免|免除|不予|不要求|一律不得|避免|防止|取消)[^，。；]{0,40}$/;

/**
 * Applies where the basis was found. In the clause or its sentence: a restatement, no finding. Only elsewhere in the
 * article: still reported, at low severity, so the reviewer checks that the citation covers this clause too.
 */
export function afterBasis(hit: RuleHit, scope: BasisScope | null): RuleHit | null {
  if (scope === 'clause' || scope === 'sentence') return null;
  if (scope === 'article') {
    return {
      ...hit,
      severity: 'low',
      advice: `${hit.advice}本条其他句子引用了法定依据，请核对该依据是否涵盖本句内容。`,
    };
  }
  return hit;
}

/**
 * What "暂扣…" takes when it suspends a licence — 行政处罚法 第九条第三项 暂扣许可证件, a penalty, not the seizure of a
 * thing: a permit, a licence, a certificate, among them a taxi's 营运权证 and a driver's 从业资格证 (not the 暂扣凭证,
 * the receipt a seizure is issued with).
 */
export const SUSPENDED_LICENCE = /暂扣(其)?[^，。；]{0,12}?(许可证|执照|证书|证件|驾驶证|营运权?证|资格证|运输证)/;

/** 37号, cited by every category that stems from its "严禁越权发文" list. */
export const GB_37 = '国办发〔2018〕37号《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》';
