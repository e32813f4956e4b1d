// The pre-check pipeline: clauses (./clauses) → jieba tokens tagged with parties and modal verbs, cited bases
// (./features) → one rule per clause category (./rules) → document-level rules (./document) → sorted findings.
import { analyse } from './features';
import { implementedLaw, relaxForImplementingRule } from './document/implementing-rule';
import { issuerFindings } from './document/issuer';
import { relaxForLocalRegulation } from './document/local-regulation';
import { retroactivityFindings } from './document/retroactivity';
import { findSignature } from './document/signature';
import { titleFromFirstLine } from './document/title';
import { effectiveDateOf, validityFindings } from './document/validity';
import { parseDate } from './numerals';
import { residualClauseRule, specificClauseRules, type RuleHit } from './rules';
import { designationEnforcedFindings } from './rules/designation-enforced';
import { itemOfBannedList } from './structure';
import { precheckCategories, type PrecheckFinding, type PrecheckInput, type PrecheckResult } from './types';

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

export function precheck(given: PrecheckInput): PrecheckResult {
  // Without a title, the first line stands for it when it reads like one (a pasted document keeps its 暂行/试行 check).
  const firstLine = given.title === undefined ? titleFromFirstLine(given.text) : undefined;
  const input: PrecheckInput = firstLine === undefined ? given : { ...given, title: firstLine };
  let publication: string | undefined;
  if (input.publicationDate !== undefined) {
    const parsed = parseDate(input.publicationDate);
    if (parsed === null) throw new RangeError(`发布日期“${input.publicationDate}”无效，应为 YYYY-MM-DD`);
    publication = parsed;
  }
  if (input.validityYears !== undefined && !(input.validityYears > 0)) {
    throw new RangeError(`有效期“${input.validityYears}”无效，应为正数（年）`);
  }
  const doc = analyse(input.text, { title: input.title, issuer: input.issuer });
  const findings: PrecheckFinding[] = [];

  const clauseFindings: PrecheckFinding[] = [];
  for (const f of doc.clauses) {
    if (f.clause.kind === 'heading' || itemOfBannedList(doc, f)) continue;
    const hits = specificClauseRules.map((rule) => rule(doc, f)).filter((h): h is RuleHit => h !== null);
    if (hits.length === 0) {
      const residual = residualClauseRule(doc, f);
      if (residual) hits.push(residual);
    }
    for (const h of hits) {
      clauseFindings.push({ ...h, text: f.clause.text, start: f.clause.start, end: f.clause.end });
    }
  }
  findings.push(
    ...relaxForLocalRegulation(relaxForImplementingRule(clauseFindings, implementedLaw(doc, input)), input, doc),
  );
  findings.push(...designationEnforcedFindings(doc, clauseFindings));

  const signature = findSignature(input.text);
  const signed = signature.date?.iso;
  const dates = { publication: publication ?? signed, effective: effectiveDateOf(doc, publication ?? signed) };
  findings.push(...validityFindings(doc, input, dates));
  findings.push(...issuerFindings(input.text, input));
  findings.push(...retroactivityFindings(doc, dates.publication, publication === undefined));

  return { findings: dedupeAndSort(findings) };
}

/** One finding per category and span (the most severe), in reading order. */
function dedupeAndSort(findings: PrecheckFinding[]): PrecheckFinding[] {
  const best = new Map<string, PrecheckFinding>();
  for (const f of findings) {
    const key = `${f.category}:${f.start}:${f.end}`;
    const seen = best.get(key);
    if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) best.set(key, f);
  }
  const order = (c: PrecheckFinding['category']) => precheckCategories.indexOf(c);
  return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end || order(a.category) - order(b.category));
}
