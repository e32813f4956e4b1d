// 制发主体: 37号 — 严禁以部门内设机构名义制发行政规范性文件. An internal office (内设机构) is a unit inside a
// department: 科、股、处、室、办公室 of a 局, an enforcement 大队/中队, a working group. A government's own
// 办公室/办公厅 (区人民政府办公室, 国务院办公厅, a 行政公署's 办公室) issues documents in its own right and is not one.
// Nor is the rule about a body's internal work rules and plans (./kind: 37号 places them outside 行政规范性文件).
import type { PrecheckFinding, PrecheckInput } from '../types';
import { isInternalWorkDocument } from './kind';
import { findSignature } from './signature';

const GOVERNMENT_OFFICE = /(人民政府|政府|行政公署|行署)办公(室|厅)$|办公厅$/;
const LEGITIMATE_END = /(办事处|管理委员会|管委会)$/;
const INTERNAL_END = /(科|股|处|室|办公室|科室|处室|中队|大队|支队|分队|工作组|领导小组|小组|专班)$/;

/** The kind of internal office a name denotes, or null for a body that may issue documents. */
export function internalOfficeKind(name: string): string | null {
  const n = name.replace(/\s+/g, '');
  if (n === '' || GOVERNMENT_OFFICE.test(n) || LEGITIMATE_END.test(n)) return null;
  const m = INTERNAL_END.exec(n);
  return m ? (m[1] ?? null) : null;
}

/** The issuer named in a title: "区市场监督管理局办公室关于规范…的通知" → "区市场监督管理局办公室". */
export function issuerFromTitle(title: string): string | null {
  const at = title.indexOf('关于');
  return at > 0 ? title.slice(0, at).trim() : null;
}

export function issuerFindings(text: string, input: PrecheckInput): PrecheckFinding[] {
  if (input.title !== undefined && isInternalWorkDocument(input.title)) return [];
  const signature = findSignature(text);
  const candidates: string[] = [];
  if (input.issuer) candidates.push(input.issuer.trim());
  const fromTitle = input.title ? issuerFromTitle(input.title) : null;
  if (fromTitle) candidates.push(fromTitle);
  if (signature.issuer) candidates.push(signature.issuer.name);
  for (const name of candidates) {
    const kind = internalOfficeKind(name);
    if (kind === null) continue;
    const at = name === '' ? -1 : text.indexOf(name);
    const span = at >= 0 ? { start: at, end: at + name.length } : { start: 0, end: 0 };
    return [
      {
        category: 'issuer',
        severity: 'high',
        text: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        basis:
          '国办发〔2018〕37号《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》：严禁以部门内设机构名义制发行政规范性文件',
        advice: `“${name}”属于内设机构（${kind}），不得以其名义制发行政规范性文件。请改由具有制定权限的行政机关（所在部门或本级人民政府）按程序制发。`,
      },
    ];
  }
  return [];
}
