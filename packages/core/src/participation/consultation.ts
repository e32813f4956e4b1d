// 公开征求意见 on a draft, whatever module the draft belongs to (a normative document, a major decision): the period
// against the subject module's own statutory rule, when comments are taken, moderation and the answers. Pure: the
// earliest close comes from the calendar engine through the caller, counted with the rule the subject lends (e.g.
// normative.public-comment, decision.public-comment — each cites its own article).

export type ConsultationPeriodVerdict =
  { ok: true; shortened: boolean } | { ok: false; reason: 'closes_before_opening' | 'too_short' };

/**
 * A consultation may not close before `earliestClose` (the subject's rule, e.g. 30 days) unless the shortened period
 * is explained (urgent cases must state why when consulting, 重大行政决策程序暂行条例 第十五条).
 */
export function checkConsultationPeriod(p: {
  opensOn: string;
  closesOn: string;
  earliestClose: string;
  shortenedReason?: string | null | undefined;
}): ConsultationPeriodVerdict {
  if (p.closesOn <= p.opensOn) return { ok: false, reason: 'closes_before_opening' };
  if (p.closesOn >= p.earliestClose) return { ok: true, shortened: false };
  if (p.shortenedReason && p.shortenedReason.trim().length > 0) return { ok: true, shortened: true };
  return { ok: false, reason: 'too_short' };
}

/** The statutory minimum as the calendar engine computed it for the subject's rule. */
export interface EarliestClose {
  due: string;
  basis: string;
  amount: number;
}

/** The Chinese message and field problem for a refused period, citing the subject's own rule. */
export function consultationPeriodProblem(
  reason: 'closes_before_opening' | 'too_short',
  earliest: EarliestClose,
): { message: string; field: string } {
  return reason === 'too_short'
    ? {
        message: `征求意见期限不得早于 ${earliest.due} 截止（${earliest.basis}，不少于${earliest.amount}日）；确需缩短的，请说明理由`,
        field: `不得早于 ${earliest.due}`,
      }
    : { message: '截止日期应晚于开始日期', field: '应晚于开始日期' };
}

/** Comments are taken while the consultation is open: from the opening day to the closing day inclusive. */
export function consultationAcceptsComments(p: { opensOn: string; closesOn: string; today: string }): boolean {
  return p.today >= p.opensOn && p.today <= p.closesOn;
}

export const commentAnswers = ['adopted', 'partly_adopted', 'not_adopted'] as const;
export type CommentAnswer = (typeof commentAnswers)[number];
export const commentAnswerLabels = {
  adopted: '采纳',
  partly_adopted: '部分采纳',
  not_adopted: '不予采纳',
} as const satisfies Record<CommentAnswer, string>;

/**
 * Moderation sorts what the public sent before it is answered: a comment on the draft is a 有效意见 and is answered
 * (采纳、部分采纳、不予采纳); advertising, abuse or text unrelated to the draft is a 无效意见 with the reason. Two
 * different acts, two different names — "不予采纳" is only ever the answer to a valid comment.
 */
export const moderationStatusLabels = {
  pending: '待审核',
  approved: '有效意见',
  rejected: '无效意见',
} as const;
export type ModerationStatus = keyof typeof moderationStatusLabels;

/** A comment that is not (fully) adopted must say why (意见采纳情况反馈, seed 002 task 9). */
export function answerNeedsReason(answer: CommentAnswer): boolean {
  return answer !== 'adopted';
}
