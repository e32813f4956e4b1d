// Splits a draft into clauses: 条 (articles, "第十二条"), 款 (paragraphs, one per line inside an article), 项 (items,
// "（一）", "一、", "1．") and sentences (。！？), with "；" separating clauses of one sentence. Offsets always point
// into the original text so that a finding can be highlighted where the reviewer reads it.

export type ClauseKind = 'heading' | 'sentence' | 'item';

export interface Clause {
  text: string;
  start: number;
  end: number;
  /** Index of the article (条) holding the clause; in a text without 第X条, each paragraph counts as one. */
  article: number;
  /** Index of the sentence; clauses split only by "；" share it. */
  sentence: number;
  kind: ClauseKind;
  /** Index in the clause list of the clause ending in "：" that introduces this item ("应当遵守下列规定："). */
  leadIn?: number;
}

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
const ARTICLE_LABEL = new RegExp(`(^|\\n)[ \\t\\u3000]*(第${NUM}条)[ \\t\\u3000]*`, 'g');
const HEADING_LINE = new RegExp(`^第${NUM}[章节编]`);
/** "（一）" anywhere a clause may start; "一、" and "1．" only at the start of a line. */
const PAREN_ITEM = /^[（(][一二三四五六七八九十0-9０-９]+[）)][ \u3000]*/;
const LINE_ITEM = /^(?:[一二三四五六七八九十]+、|[0-9０-９]{1,2}[.．、](?![0-9]))[ \u3000]*/;

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const CLAUSE_END = new Set(['；', ';']);
const OPEN_QUOTES = new Set(['《', '“', '「', '‘']);
const CLOSE_QUOTES = new Set(['》', '”', '」', '’']);

interface Marker {
  /** Where the marker starts and where the clause text after it starts. */
  at: number;
  skipTo: number;
  kind: 'article' | 'item' | 'line-item';
}

function findMarkers(text: string): { markers: Map<number, Marker>; hasArticles: boolean } {
  const markers = new Map<number, Marker>();
  for (const m of text.matchAll(ARTICLE_LABEL)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    markers.set(at, { at, skipTo: (m.index ?? 0) + m[0].length, kind: 'article' });
  }
  return { markers, hasArticles: markers.size > 0 };
}

/** True when position `i` may start an item: line start, or after "：", "；" or "。" (spaces allowed). */
function atItemPosition(text: string, i: number): { lineStart: boolean; ok: boolean } {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\u3000' || text[j] === '\t')) j--;
  if (j < 0 || text[j] === '\n' || text[j] === '\r') return { lineStart: true, ok: true };
  return { lineStart: false, ok: '：:；;。'.includes(text[j] ?? '') };
}

export function splitClauses(text: string): Clause[] {
  const { markers, hasArticles } = findMarkers(text);
  const clauses: Clause[] = [];
  let article = 0;
  let sentence = 0;
  let clauseStart = 0;
  let nextKind: ClauseKind = 'sentence';
  let depth = 0;
  let lineHadContent = false;

  const flush = (endExclusive: number): void => {
    let s = clauseStart;
    let e = endExclusive;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) {
      const body = text.slice(s, e);
      const kind: ClauseKind = HEADING_LINE.test(body) ? 'heading' : nextKind;
      clauses.push({ text: body, start: s, end: e, article, sentence, kind });
      lineHadContent = true;
    }
    nextKind = 'sentence';
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const marker = depth === 0 ? markers.get(i) : undefined;
    if (marker) {
      flush(i);
      article++;
      sentence++;
      clauseStart = marker.skipTo;
      i = marker.skipTo;
      continue;
    }
    if (depth === 0 && (ch === '（' || ch === '(' || /[一二三四五六七八九十0-9０-９]/.test(ch))) {
      const pos = atItemPosition(text, i);
      const rest = text.slice(i, i + 12);
      const paren = pos.ok ? PAREN_ITEM.exec(rest) : null;
      const line = !paren && pos.lineStart ? LINE_ITEM.exec(rest) : null;
      const m = paren ?? line;
      if (m) {
        flush(i);
        // "一、…" lines are section headings in 意见-style documents unless they carry a full sentence.
        const lineEnd = text.indexOf('\n', i);
        const lineText = text.slice(i, lineEnd < 0 ? text.length : lineEnd);
        nextKind = line && !/[。；;]/.test(lineText) ? 'heading' : 'item';
        if (pos.lineStart) sentence++;
        clauseStart = i + m[0].length;
        i = clauseStart;
        continue;
      }
    }
    if (OPEN_QUOTES.has(ch)) depth++;
    else if (CLOSE_QUOTES.has(ch) && depth > 0) depth--;
    if (ch === '\n') {
      flush(i);
      if (!hasArticles && lineHadContent) article++;
      lineHadContent = false;
      sentence++;
      depth = 0;
      clauseStart = i + 1;
    } else if (depth === 0 && SENTENCE_END.has(ch)) {
      flush(i + 1);
      sentence++;
      clauseStart = i + 1;
    } else if (depth === 0 && CLAUSE_END.has(ch)) {
      flush(i + 1);
      clauseStart = i + 1;
    }
    i++;
  }
  flush(text.length);

  // Items inherit the subject and modal of the clause that announces them ("经营者应当遵守下列规定：").
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k];
    if (c?.kind !== 'item') continue;
    for (let p = k - 1; p >= 0; p--) {
      const prev = clauses[p];
      if (prev === undefined || prev.article !== c.article) break;
      if (/[：:]$/.test(prev.text)) {
        c.leadIn = p;
        break;
      }
    }
  }
  return clauses;
}
