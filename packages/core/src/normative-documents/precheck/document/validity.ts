// 有效期: the document must state its validity, within the jurisdiction's limit (../../validity: ordinary ≤ 5 years,
// 暂行/试行 ≤ 2 years by default). Only a whole document can lack one, so "missing" is reported only for input that
// looks like a document: a title was given, or the text has its effective-date clause (自…起施行); and only for the
// kinds of document that must carry one (./kind: not central documents, 规章 or internal 工作规则). The basis names
// the region's own configured rule when the caller passes it, otherwise the national sources.
import {
  checkValidity,
  defaultValiditySettings,
  isProvisionalTitle,
  yearsBetween,
  type ValiditySettings,
} from '../../validity';
import type { DocumentFeatures } from '../features';
import { validityExemption } from './kind';
import { NUMBER_CHARS, findDates, parseNumber } from '../numerals';
import type { PrecheckFinding, PrecheckInput } from '../types';

const N = `[${NUMBER_CHARS}]+`;
const YEARS = new RegExp(`有效期(限)?[:：]?(为|是|暂定为?)?\\s*(${N})\\s*(年|个月)`);
const UNLIMITED = /长期有效|永久有效|有效期[为是]?长期|不设有效期/;
/** "自2024年3月1日起施行", "自印发之日起施行". */
const EFFECTIVE_DATED = /自\s*([^，。；]{6,16}?)\s*起(施行|实施|执行|生效)/;
const EFFECTIVE_ON_PUBLICATION = /(自|从)(印发|发布|公布|签发)之日起(施行|实施|执行|生效)/;

export interface DocumentDates {
  /** Input publication date, or the date under the signature. */
  publication?: string;
  /** The effective date: stated in the text, or the publication date for "自印发之日起施行". */
  effective?: string;
}

interface Statement {
  clauseIndex: number;
  years?: number;
  unlimited?: boolean;
}

/** "许可证有效期为三年" is the validity of a licence, not of the document. */
function aboutTheDocument(clause: string): boolean {
  if (/本(办法|规定|细则|通知|意见|方案|决定|规则|文件|措施|标准|实施细则)/.test(clause)) return true;
  return !/(证|照|证书|许可|资格|资质|批准文件|合同|协议)(的)?有效期/.test(clause);
}

/** The first validity statement in the text and the clause holding it. */
function findStatement(doc: DocumentFeatures, effective: string | undefined): Statement | null {
  for (const f of doc.clauses) {
    const t = f.clause.text;
    if (!/有效期|长期有效|永久有效/.test(t) || !aboutTheDocument(t)) continue;
    if (UNLIMITED.test(t)) return { clauseIndex: f.index, unlimited: true };
    const y = YEARS.exec(t);
    const n = y ? parseNumber(y[3] ?? '') : null;
    if (y && n !== null) return { clauseIndex: f.index, years: y[4] === '个月' ? n / 12 : n };
    const at = t.indexOf('有效期');
    const dates = findDates(t.slice(at)).map((d) => d.iso);
    // "有效期自2024年1月1日起至2028年12月31日止" or "有效期至2028年12月31日" counted from the effective date.
    const [first, second] = dates;
    if (first !== undefined && second !== undefined)
      return { clauseIndex: f.index, years: yearsBetween(first, second) };
    if (first !== undefined) {
      // An end date without a known start: stated, but not measurable.
      return effective === undefined
        ? { clauseIndex: f.index }
        : { clauseIndex: f.index, years: yearsBetween(effective, first) };
    }
    // "应当注明有效期" talks about validity without stating one.
  }
  return null;
}

/** The effective date stated in the text, falling back to the publication date for "自印发之日起施行". */
export function effectiveDateOf(doc: DocumentFeatures, publication: string | undefined): string | undefined {
  for (const f of doc.clauses) {
    const m = EFFECTIVE_DATED.exec(f.clause.text);
    const found = m ? findDates(m[1] ?? '')[0] : undefined;
    if (found) return found.iso;
    if (EFFECTIVE_ON_PUBLICATION.test(f.clause.text)) return publication;
  }
  return undefined;
}

function effectiveClause(doc: DocumentFeatures) {
  return doc.clauses.find((f) => EFFECTIVE_DATED.test(f.clause.text) || EFFECTIVE_ON_PUBLICATION.test(f.clause.text));
}

const NATIONAL_BASIS =
  '国办发〔2018〕37号《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》：行政规范性文件实行动态清理，及时修改、废止不适应形势的文件；国发〔2008〕17号《国务院关于加强市县政府依法行政的决定》（十五）：规范性文件每隔两年清理一次';

/** The basis line: the region's configured rule by its name, or the national sources with the limits the region set. */
function validityBasis(input: PrecheckInput, settings: ValiditySettings): string {
  const limits = `有效期一般不超过${settings.validityMaxYears}年，标题含“暂行”“试行”的不超过${settings.provisionalValidityMaxYears}年`;
  const rule = input.regionRule?.trim();
  // a bare name is put in 《》; a citation that already names the rule in 《》 with its article is cited as given
  const cited = rule && (/《[^》]+》/.test(rule) ? rule : `《${rule}》`);
  return cited
    ? `${cited}：行政规范性文件应当载明有效期，${limits}；${NATIONAL_BASIS}`
    : `${NATIONAL_BASIS}；本地区设定：${limits}（以本地区行政规范性文件管理规定为准）`;
}

export function validityFindings(doc: DocumentFeatures, input: PrecheckInput, dates: DocumentDates): PrecheckFinding[] {
  const settings: ValiditySettings = { ...defaultValiditySettings, ...input.validitySettings };
  const statement = findStatement(doc, dates.effective);
  const stated = input.validityYears ?? statement?.years;
  const located = statement ? doc.clauses[statement.clauseIndex] : effectiveClause(doc);
  const span = located ? { start: located.clause.start, end: located.clause.end } : { start: 0, end: 0 };
  const finding = (severity: PrecheckFinding['severity'], advice: string): PrecheckFinding[] => [
    {
      category: 'validity',
      severity,
      text: doc.text.slice(span.start, span.end),
      ...span,
      basis: validityBasis(input, settings),
      advice,
    },
  ];
  if (validityExemption(input) !== null) return [];
  const documentLike = input.title !== undefined || effectiveClause(doc) !== undefined;
  if (statement === null && input.validityYears === undefined && !documentLike) return [];
  if (statement !== null && stated === undefined && !statement.unlimited) return []; // an end date we cannot date
  const verdict = checkValidity({ years: stated, unlimited: statement?.unlimited }, input.title, settings);
  if (verdict.ok) return [];
  const kind = isProvisionalTitle(input.title) ? '标题含“暂行”“试行”的文件' : '规范性文件';
  switch (verdict.reason) {
    case 'missing':
      return finding(
        'medium',
        `未载明有效期。请在附则中写明施行日期和有效期，${kind}有效期不超过${verdict.limitYears}年。`,
      );
    case 'unlimited':
      return finding('high', `规范性文件不得长期有效。请明确有效期，${kind}有效期不超过${verdict.limitYears}年。`);
    case 'exceeds':
      return finding(
        'high',
        `载明的有效期约${Math.round((verdict.statedYears ?? 0) * 10) / 10}年，超过上限。${kind}有效期不超过${verdict.limitYears}年，请缩短。`,
      );
  }
}
