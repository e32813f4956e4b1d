// Small helpers of the review desk: the Chinese labels of core's enumerations (from core's browser-safe entry, as the
// normative-documents entry pulls in the pre-check's native word segmenter; the server's labels come with most
// responses and these cover the rest) and where a pre-check finding sits in the text.
import { precheckCategoryLabels as categoryLabels, reviewResultLabels as resultLabels } from '@fazhi/core/modules';
import type { NormativeArticle as DeskArticle, PrecheckFinding, PrecheckSeverity } from '@fazhi/core/contracts';

/** keyed by the finding's category as the API sends it */
export const precheckCategoryLabels: Record<string, string> = categoryLabels;

export const severityLabels: Record<PrecheckSeverity, string> = { high: '高', medium: '中', low: '低' };
export const severityColours: Record<PrecheckSeverity, { tag: string; mark: string; border: string }> = {
  high: { tag: 'red', mark: '#fff1f0', border: '#ff4d4f' },
  medium: { tag: 'orange', mark: '#fff7e6', border: '#fa8c16' },
  low: { tag: 'gold', mark: '#fffbe6', border: '#d4b106' },
};
const severityRank: Record<PrecheckSeverity, number> = { high: 3, medium: 2, low: 1 };
export const worstSeverity = (list: readonly PrecheckSeverity[]): PrecheckSeverity =>
  list.reduce<PrecheckSeverity>((a, b) => (severityRank[b] > severityRank[a] ? b : a), 'low');

/** core procedure.ts reviewResults / reviewResultLabels, in the words of the review form */
export const reviewResultOptions = [
  { value: 'passed', label: '通过' },
  { value: 'passed_with_changes', label: '修改后通过' },
  { value: 'failed', label: '不予通过' },
] as const;
export const reviewResultLabels: Record<string, string> = resultLabels;

/** core procedure.ts cleanupOutcomes / cleanupOutcomeLabels */
export const cleanupOutcomeOptions = [
  { value: 'remains_valid', label: '继续有效' },
  { value: 'amend', label: '拟修改' },
  { value: 'repeal', label: '废止' },
  { value: 'lapse', label: '宣布失效' },
] as const;
export const cleanupKindLabels: Record<string, string> = { periodic: '定期清理', special: '专项清理' };

export const requestStatusColours: Record<string, string> = {
  received: 'blue',
  accepted: 'orange',
  declined: 'default',
  answered: 'green',
};

/** A finding placed in the draft: in an article's body (offsets into the body), in the title, or the whole text. */
export interface PlacedFinding {
  index: number;
  finding: PrecheckFinding;
  where: { kind: 'article'; articleId: string; start: number; end: number } | { kind: 'title' } | { kind: 'document' };
}

/**
 * The pre-check ran over the title and the articles joined by line breaks, each article as heading + U+3000 + body
 * (server precheck.ts draftText), so a finding's offsets map back to one article's body. When the stored offsets do
 * not match the text (the draft was revised since), the clause is looked up by its words instead.
 */
export function placeFindings(title: string, articles: readonly DeskArticle[], findings: readonly PrecheckFinding[]) {
  const lines = articles.map((a) => ({ id: a.id, bodyStart: 0, body: a.body, head: `${a.heading}\u3000` }));
  let pos = title.length + 1;
  for (const l of lines) {
    l.bodyStart = pos + l.head.length;
    pos += l.head.length + l.body.length + 1;
  }
  const full = [title, ...articles.map((a) => `${a.heading}\u3000${a.body}`)].join('\n');
  return findings.map((finding, index): PlacedFinding => {
    if (!finding.text) return { index, finding, where: { kind: 'document' } };
    if (full.slice(finding.start, finding.end) === finding.text) {
      if (finding.end <= title.length) return { index, finding, where: { kind: 'title' } };
      const line = lines.find((l) => finding.start < l.bodyStart + l.body.length + 1 && finding.end > l.bodyStart - 1);
      if (line) {
        const start = Math.max(0, finding.start - line.bodyStart);
        const end = Math.min(line.body.length, finding.end - line.bodyStart);
        if (end > start) return { index, finding, where: { kind: 'article', articleId: line.id, start, end } };
      }
    }
    for (const l of lines) {
      const at = l.body.indexOf(finding.text);
      if (at >= 0)
        return {
          index,
          finding,
          where: { kind: 'article', articleId: l.id, start: at, end: at + finding.text.length },
        };
    }
    if (title.includes(finding.text)) return { index, finding, where: { kind: 'title' } };
    return { index, finding, where: { kind: 'document' } };
  });
}

/** Cuts a body into runs, each with the findings that cover it, so overlapping clauses are all marked. */
export function markRuns(body: string, placed: readonly PlacedFinding[]) {
  const spans = placed.flatMap((p) => (p.where.kind === 'article' ? [{ p, s: p.where.start, e: p.where.end }] : []));
  const cuts = [...new Set([0, body.length, ...spans.flatMap((x) => [x.s, x.e])])].sort((a, b) => a - b);
  const runs: { text: string; findings: PlacedFinding[]; opens: PlacedFinding[] }[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    if (b <= a) continue;
    const covering = spans.filter((x) => x.s <= a && x.e >= b).map((x) => x.p);
    runs.push({ text: body.slice(a, b), findings: covering, opens: spans.filter((x) => x.s === a).map((x) => x.p) });
  }
  return runs;
}

export const findingAnchor = (index: number) => `precheck-finding-${index}`;

/** 2026-11-23 → 2026年11月23日 */
export const chineseDate = (iso: string | null | undefined) => {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
};
