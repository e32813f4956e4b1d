// Features of each clause that the category rules reason over: jieba tokens tagged with the party they name (公民、
// 法人、企业… vs 行政机关) and the modal verb they carry (应当/不得/可以/鼓励), plus the legal bases the clause cites.
import { splitClauses, type Clause } from './clauses';
import { extractBasis, type BasisFeatures, type CitationKind } from './citations';
import { OBJECT_MARKERS, modalKindOf, subjectKindOf, type ModalKind, type SubjectKind } from './lexicon';
import { segment, type Token } from './segment';
import { homePlaces } from './document/home-place';

export interface TaggedToken extends Token {
  subject: SubjectKind | null;
  /** The party is the object of a preposition or verb ("对企业", "督促建设单位"), not the one bound. */
  isObject: boolean;
  modal: ModalKind | null;
}

export interface ClauseFeatures {
  clause: Clause;
  index: number;
  tokens: TaggedToken[];
  basis: BasisFeatures;
}

export interface DocumentFeatures {
  text: string;
  clauses: ClauseFeatures[];
  /** The document's own place names, from its issuer and title (document/home-place.ts). */
  homePlaces: readonly string[];
}

const PUNCTUATION = /^[，。；：,.;:！？!?（）()《》“”]$/;
/** Tags of words that may sit inside a noun phrase before the party ("内资企业", "各类市场主体", "外商投资企业"). */
const NOMINAL_TAG = /^(n|j|a|b|r|m|q|vn|f|l|i)/;
const CONJUNCTIONS = new Set(['和', '及', '以及', '或者', '或', '与', '、', '并']);

/**
 * Marks parties that are objects. Walking back over the noun phrase (and over coordinated parties): a marker ("对",
 * "向", "督促", "经") or any other verb before it makes the party an object ("平等对待内资企业和外商投资企业",
 * "涉及经营者的"); "由", "的", a modal verb, punctuation or the start of the clause make it the subject.
 */
function tagTokens(tokens: Token[]): TaggedToken[] {
  const tagged: TaggedToken[] = tokens.map((t) => ({
    word: t.word,
    tag: t.tag,
    start: t.start,
    end: t.end,
    subject: subjectKindOf(t.word),
    isObject: false,
    modal: modalKindOf(t.word),
  }));
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i];
    if (t === undefined || t.subject === null) continue;
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
      const prev = tagged[j];
      if (prev === undefined) break;
      if (OBJECT_MARKERS.has(prev.word)) {
        t.isObject = true;
        break;
      }
      if (prev.word === '由' || prev.word === '的' || prev.modal !== null || PUNCTUATION.test(prev.word)) break;
      if (prev.subject !== null || CONJUNCTIONS.has(prev.word) || NOMINAL_TAG.test(prev.tag)) continue;
      if (prev.tag.startsWith('v')) t.isObject = true;
      break;
    }
  }
  return tagged;
}

export function analyse(text: string, context: { title?: string; issuer?: string } = {}): DocumentFeatures {
  const clauses = splitClauses(text).map((clause, index) => ({
    clause,
    index,
    tokens: tagTokens(segment(clause.text, clause.start)),
    basis: extractBasis(clause.text, clause.start),
  }));
  return { text, clauses, homePlaces: homePlaces(context) };
}

/** A private party bound by a conditional phrase: "从事…经营活动的，应当…", "申请…的，须…". */
const CONDITIONAL_PRIVATE =
  /(从事|经营|申请|办理|设立|开办|举办|建设|设置|占用|销售|生产|租赁|购买|参加|参与|投标|报名|进入|开展|运营|出租|承接|入驻|享受|报考|迁入|落户|新建|改建|扩建)[^，。；]*的[，,]/;

const PRIVATE_TAIL = /^[^，。；]{1,10}(人|者|户|业主|企业|公司|商户|居民|村民|职工|员工)$/;
const NOT_PRIVATE_TAIL = /(负责人|责任人|联系人|工作人员|执法人员|账户|局|委|政府|部门|机关)$/;

/**
 * Who is bound at position `pos`: the nearest party named before it that is not an object ("由区城管局处以…" → the
 * 城管局; "申请人应当…" → the 申请人). Falls back to a conditional phrase, then to the clause announcing the item.
 */
export function subjectAt(doc: DocumentFeatures, f: ClauseFeatures, pos: number): SubjectKind | null {
  for (let i = f.tokens.length - 1; i >= 0; i--) {
    const t = f.tokens[i];
    if (t === undefined || t.end > pos) continue;
    if (t.subject !== null && !t.isObject) return t.subject;
  }
  const before = doc.text.slice(f.clause.start, pos);
  if (CONDITIONAL_PRIVATE.test(before)) return 'private';
  // Parties jieba cuts apart ("养/犬/人"): judge the words right before the position, within their comma chunk.
  const chunk = chunkBefore(doc, f, pos).trim();
  if (PRIVATE_TAIL.test(chunk) && !NOT_PRIVATE_TAIL.test(chunk)) return 'private';
  const lead = f.clause.leadIn === undefined ? undefined : doc.clauses[f.clause.leadIn];
  return lead ? subjectAt(doc, lead, lead.clause.end) : null;
}

/** The nearest modal verb before `pos` in the clause, or in the clause announcing the item. */
export function modalAt(doc: DocumentFeatures, f: ClauseFeatures, pos: number): ModalKind | null {
  for (let i = f.tokens.length - 1; i >= 0; i--) {
    const t = f.tokens[i];
    if (t === undefined || t.end > pos) continue;
    if (t.modal !== null) return t.modal;
  }
  const lead = f.clause.leadIn === undefined ? undefined : doc.clauses[f.clause.leadIn];
  return lead ? modalAt(doc, lead, lead.clause.end) : null;
}

/** Text of the comma-delimited chunk of the clause that ends at `pos` ("，不得向企业收取" → "不得向企业收取"). */
export function chunkBefore(doc: DocumentFeatures, f: ClauseFeatures, pos: number): string {
  const before = doc.text.slice(f.clause.start, pos);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('：'));
  return before.slice(cut + 1);
}

/** Which cited bases make a clause a restatement for a given category. */
export interface BasisAcceptance {
  kinds: readonly CitationKind[];
  /** Whether "依法" and "有关法律、法规的规定" suffice. */
  generic: boolean;
}

export type BasisScope = 'clause' | 'sentence' | 'article';

function clauseHasBasis(f: ClauseFeatures, accept: BasisAcceptance): boolean {
  if (f.basis.citations.some((c) => c.governing && accept.kinds.includes(c.kind))) return true;
  return accept.generic && f.basis.generic.length > 0;
}

/**
 * Where the nearest acceptable basis is: in the clause itself (or the clause announcing it), elsewhere in the same
 * sentence ("依照《…》处罚；情节严重的，吊销…"), or only elsewhere in the article. Null when there is none.
 */
export function basisScope(doc: DocumentFeatures, f: ClauseFeatures, accept: BasisAcceptance): BasisScope | null {
  if (clauseHasBasis(f, accept)) return 'clause';
  const lead = f.clause.leadIn === undefined ? undefined : doc.clauses[f.clause.leadIn];
  if (lead && clauseHasBasis(lead, accept)) return 'clause';
  const siblings = doc.clauses.filter((o) => o.clause.article === f.clause.article && o.index !== f.index);
  if (siblings.some((o) => o.clause.sentence === f.clause.sentence && clauseHasBasis(o, accept))) return 'sentence';
  if (siblings.some((o) => o.clause.kind !== 'heading' && clauseHasBasis(o, accept))) return 'article';
  return null;
}
