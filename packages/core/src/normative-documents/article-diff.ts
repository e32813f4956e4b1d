// What changed between two texts by article: the text a legality review round reviewed and the current text, so a
// second review round sees what the drafting unit changed since the first (issue 10 §4). Articles are matched by
// position (第N条 is the N-th article, as the text is numbered); an inserted article therefore shows as changes to
// the articles after it, which is how a reader of the renumbered text sees it too.

export interface ArticleText {
  heading: string;
  body: string;
}

export type ArticleChangeKind = 'added' | 'removed' | 'changed';

export interface ArticleChange {
  /** the article's heading in the current text (or, for a removed article, in the reviewed one) */
  heading: string;
  change: ArticleChangeKind;
  before: string | null;
  after: string | null;
}

export const articleChangeLabels = {
  added: '新增',
  removed: '删除',
  changed: '修改',
} as const satisfies Record<ArticleChangeKind, string>;

/** The articles that differ, in text order; empty when the texts are the same. */
export function diffArticles(reviewed: readonly ArticleText[], current: readonly ArticleText[]): ArticleChange[] {
  const changes: ArticleChange[] = [];
  for (let i = 0; i < Math.max(reviewed.length, current.length); i++) {
    const before = reviewed[i];
    const after = current[i];
    if (before && after) {
      if (before.body.trim() !== after.body.trim())
        changes.push({ heading: after.heading, change: 'changed', before: before.body, after: after.body });
    } else if (after) changes.push({ heading: after.heading, change: 'added', before: null, after: after.body });
    else if (before) changes.push({ heading: before.heading, change: 'removed', before: before.body, after: null });
  }
  return changes;
}
