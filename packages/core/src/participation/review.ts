// 合法性审核/审查 of a draft, whatever module the draft belongs to: the review time between the subject's floor and
// ceiling (rules the subject lends: normative.legality-review-min/-max; decision.legality-review, 条例 第二十六条,
// which sets a floor only), the checklist of the subject's own items, and the 法律顾问/公职律师 who took part
// (条例 第二十七条). Pure: the dates come from the calendar engine through the caller.

export const reviewResults = ['passed', 'passed_with_changes', 'failed'] as const;
export type ReviewResult = (typeof reviewResults)[number];
export const reviewResultLabels = {
  passed: '审核通过',
  passed_with_changes: '修改后通过',
  failed: '审核不通过',
} as const satisfies Record<ReviewResult, string>;

export type ReviewTimeVerdict = { ok: true; late: boolean } | { ok: false; reason: 'before_submission' | 'too_early' };

/**
 * Review time: a conclusion before the floor needs a recorded reason (emergencies); one after the ceiling is allowed
 * but late. A subject whose rules set no ceiling passes `latestConclusion: null` and is never late.
 */
export function checkReviewTime(p: {
  submittedOn: string;
  concludedOn: string;
  earliestConclusion: string;
  latestConclusion: string | null;
  earlyReason?: string | null | undefined;
}): ReviewTimeVerdict {
  if (p.concludedOn < p.submittedOn) return { ok: false, reason: 'before_submission' };
  if (p.concludedOn < p.earliestConclusion && !(p.earlyReason && p.earlyReason.trim()))
    return { ok: false, reason: 'too_early' };
  return { ok: true, late: p.latestConclusion !== null && p.concludedOn > p.latestConclusion };
}

/** The refusal of a review time, citing the subject's floor rule as the calendar engine computed it. */
export function reviewTimeProblem(
  reason: 'before_submission' | 'too_early',
  floor: { due: string; basis: string; amount: number },
  submittedOn: string,
): { code: 'REVIEW_TOO_EARLY' | 'REVIEW_DATE_INVALID'; message: string; path: 'earlyReason' | 'concludedOn' } {
  return reason === 'too_early'
    ? {
        code: 'REVIEW_TOO_EARLY',
        message: `合法性审核时间一般不少于${floor.amount}个工作日（最早 ${floor.due} 办结，${floor.basis}）；紧急情况提前办结的，请说明理由`,
        path: 'earlyReason',
      }
    : { code: 'REVIEW_DATE_INVALID', message: `审核日期不能早于报送日期（${submittedOn}）`, path: 'concludedOn' };
}

export interface ChecklistEntry {
  item: string;
  finding: 'ok' | 'problem';
  note?: string | undefined;
}

export interface ChecklistProblem {
  path: string;
  code: 'CHECKLIST_ITEM_UNKNOWN' | 'CHECKLIST_NOTE_REQUIRED' | 'CHECKLIST_ITEM_MISSING';
  /** the sentence naming the item */
  message: string;
  /** the short message shown next to the field */
  field: string;
}

/**
 * The reviewer's checklist against the subject's items (`labels`: item → the question it asks): every item answered
 * once, none the subject does not list, and an item marked 存在问题 says what the problem is (the drafting unit has
 * to act on it). `complete: false` keeps the older rule of a subject whose reviewers may leave items out.
 */
export function checklistProblems(
  entries: readonly ChecklistEntry[],
  labels: Readonly<Record<string, string>>,
  opts: { complete: boolean } = { complete: true },
): ChecklistProblem[] {
  const problems: ChecklistProblem[] = [];
  const seen = new Set<string>();
  entries.forEach((c, i) => {
    const label = labels[c.item];
    if (label === undefined || seen.has(c.item)) {
      problems.push({
        path: `checklist.${i}.item`,
        code: 'CHECKLIST_ITEM_UNKNOWN',
        message: `审核事项“${c.item}”不在本类草案的审核事项中或重复填写`,
        field: '不在审核事项中或重复填写',
      });
      return;
    }
    seen.add(c.item);
    if (c.finding === 'problem' && !c.note?.trim())
      problems.push({
        path: `checklist.${i}.note`,
        code: 'CHECKLIST_NOTE_REQUIRED',
        message: `审核事项“${label}”存在问题的，请说明问题所在`,
        field: '请说明存在的问题',
      });
  });
  if (opts.complete)
    for (const [item, label] of Object.entries(labels))
      if (!seen.has(item))
        problems.push({
          path: 'checklist',
          code: 'CHECKLIST_ITEM_MISSING',
          message: `审核事项“${label}”尚未填写`,
          field: '请逐项填写审核事项',
        });
  return problems;
}

/** Who took part in the review besides the reviewer (条例 第二十七条: 法律顾问、公职律师). */
export const counselRoles = ['legal_adviser', 'public_lawyer'] as const;
export type CounselRole = (typeof counselRoles)[number];
export const counselRoleLabels = {
  legal_adviser: '法律顾问',
  public_lawyer: '公职律师',
} as const satisfies Record<CounselRole, string>;
