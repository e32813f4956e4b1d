// A 规章 that implements a law. 立法法 第九十三条 lets a government 规章 make provisions to carry out a law or an
// administrative regulation; only without such a basis may it not add duties (第九十三条第六款). So in a 规章 whose
// enabling clause ("根据《中华人民共和国大气污染防治法》…，制定本规定") names a law or 条例, a duty the residual
// obligation rule finds is not reported as a likely violation: it stays `low`, asking the reviewer to check that the
// named law covers it. Licences, penalties, fees and coercion keep their own, stricter limits for 规章.
import type { DocumentFeatures } from '../features';
import type { PrecheckFinding, PrecheckInput } from '../types';
import { validityExemption } from './kind';

const ENABLING = /制定本(办法|规定|细则|实施办法|实施细则|通告|决定|规则|条例)/;

/** The law or regulation a 规章 names in its enabling clause, or null when the document is not such a 规章. */
export function implementedLaw(doc: DocumentFeatures, input: PrecheckInput): string | null {
  if (validityExemption(input) !== '规章') return null;
  for (const f of doc.clauses) {
    if (!ENABLING.test(f.clause.text)) continue;
    const law = f.basis.citations.find((c) => c.kind === 'law' || c.kind === 'regulation');
    if (law) return law.name;
  }
  return null;
}

/** Medium obligation findings of a 规章 implementing a law become `low`, with what to check. */
export function relaxForImplementingRule(findings: PrecheckFinding[], law: string | null): PrecheckFinding[] {
  if (law === null) return findings;
  return findings.map((f) =>
    f.category === 'obligation' && f.severity === 'medium'
      ? {
          ...f,
          severity: 'low',
          advice: `${f.advice}本规章依据《${law}》制定（《中华人民共和国立法法》第九十三条），请核对该法是否涵盖本条设定的义务。`,
        }
      : f,
  );
}
