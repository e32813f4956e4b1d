// How a clause is built, read before any category rule looks at its words. The same words mean different things in
// a definition ("本制度所称重大行政执法决定，主要包括：……较大数额罚款的"), a list of kinds of act ("行政许可、
// 行政处罚、行政征收等"), a rule on how the agency itself proceeds (裁量基准, 回避, 听证, 罚缴分离, 上缴国库), a
// restatement of a statute the platform ships, or a rule the document creates. Only the last can set a penalty, a
// fee, a coercive measure or a licence.
import type { ClauseFeatures, DocumentFeatures } from './features';
import { paraphraseOf, type Paraphrase } from './statutes/paraphrase';

export type ClauseMode = 'define' | 'list' | 'procedure' | 'restate' | 'rule';

export interface ClauseStructure {
  mode: ClauseMode;
  /** The shipped statute article the clause restates (mode 'restate'). */
  paraphrase: Paraphrase | null;
}

/** "本办法所称…是指", "…包括：", "主要包括下列情形：". */
const DEFINES =
  /所称[^。；]{0,40}?(是指|系指|指|包括|分为|为[：:])|(是指|系指)[^。；]{2,}|(主要)?包括(以下|下列)?[^。；]{0,6}[：:]$|分为(以下|下列)?[^。；]{0,6}[：:]$/;

/** Two or more kinds of administrative act named side by side: the names of powers, not their exercise. */
const ACT_KINDS = /行政(许可|处罚|强制|征收|征用|收费|检查|给付|确认|裁决|奖励|备案|指导)/g;

/**
 * Rules on how an agency itself enforces: discretion within a statutory range, recusal, hearings, legal review of
 * decisions, the 公平竞争审查 of its own measures and tender documents (公平竞争审查条例 第二条; round 7), the
 * separation of fining and collecting, and the fiscal handling of what was collected.
 */
const PROCEDURE =
  /裁量(基准|权|幅度|标准)|(法定|规定的?)[^。；]{0,10}?(幅度|种类和幅度)(内|范围内|之内)|(最低|最高)限额|(从轻|减轻|从重)(行政)?处罚|不予(行政)?处罚|回避|听证|法制审核|法制审查|公平竞争审查|罚缴分离|收缴罚款的机构|收支两条线|上缴国库|缴入国库|财政专户|截留|私分|罚没收入|罚没款/;

function leadIn(doc: DocumentFeatures, f: ClauseFeatures): ClauseFeatures | undefined {
  return f.clause.leadIn === undefined ? undefined : doc.clauses[f.clause.leadIn];
}

const cache = new WeakMap<ClauseFeatures, ClauseStructure>();

export function readStructure(doc: DocumentFeatures, f: ClauseFeatures): ClauseStructure {
  let found = cache.get(f);
  if (found === undefined) {
    found = read(doc, f);
    cache.set(f, found);
  }
  return found;
}

function read(doc: DocumentFeatures, f: ClauseFeatures): ClauseStructure {
  const text = f.clause.text;
  const lead = leadIn(doc, f);
  if (DEFINES.test(text) || (lead !== undefined && DEFINES.test(lead.clause.text))) {
    return { mode: 'define', paraphrase: null };
  }
  const kinds = new Set([...text.matchAll(ACT_KINDS)].map((m) => m[0]));
  if (kinds.size >= 2 && /、/.test(text)) return { mode: 'list', paraphrase: null };
  const paraphrase = paraphraseOf(text);
  if (paraphrase !== null) return { mode: 'restate', paraphrase };
  if (PROCEDURE.test(text)) return { mode: 'procedure', paraphrase: null };
  return { mode: 'rule', paraphrase: null };
}

/** Only a clause that makes a rule of its own can create a penalty, a fee, a coercive measure or a licence. */
export function createsRule(doc: DocumentFeatures, f: ClauseFeatures): boolean {
  return readStructure(doc, f).mode === 'rule';
}

/**
 * The clause that announces a run of items, even across lines: the nearest clause before it ending in a colon, with
 * only items (and the clauses of an item, ending in "；") between ("起草单位…不得制定以下政策措施：" then "1. …",
 * "2. …" on lines of their own).
 */
function announcingClause(doc: DocumentFeatures, f: ClauseFeatures): ClauseFeatures | undefined {
  for (let p = f.index - 1; p >= 0 && p >= f.index - 40; p--) {
    const prev = doc.clauses[p];
    if (prev === undefined) return undefined;
    if (/[：:]\s*$/.test(prev.clause.text)) return prev;
    // An item may run over several clauses ("…要求必须提供原件；对…要求必须提供纸质证照；").
    if (prev.clause.kind !== 'item' && !/[；;]\s*$/.test(prev.clause.text)) return undefined;
  }
  return undefined;
}

/** A list of what the drafting body or the tenderer may not do ("不得设置以下限制条件：", "不得制定以下政策措施："). */
const BANNED_LIST = /(不得|禁止|严禁|不准|不允许)[^。；：:]{0,30}?(以下|下列)[^。；：:]{0,12}?[：:]\s*$/;
const BANNED_BODY = /起草单位|制定机关|行政机关|人民政府|部门|招标人|采购人|政策措施|招标文件|采购文件/;

/**
 * Round 7 (docs/precheck.md): an item of a list the announcing clause bans — the drafting body's or the tenderer's
 * forbidden acts, as a 公平竞争审查 细则 lists them — describes what may not be done; it creates none of it
 * ("要求经营者在本地区设立分支机构…" under "不得制定以下政策措施："). A list of what the public may not do is read as
 * before.
 */
export function itemOfBannedList(doc: DocumentFeatures, f: ClauseFeatures): boolean {
  if (f.clause.kind !== 'item') return false;
  const lead = announcingClause(doc, f);
  if (lead === undefined) return false;
  return BANNED_LIST.test(lead.clause.text) && BANNED_BODY.test(lead.clause.text);
}
