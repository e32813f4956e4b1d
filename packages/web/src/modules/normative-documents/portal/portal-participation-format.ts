// Small display helpers of the public participation pages: dates as Chinese documents write them, the days left
// of a consultation period, and the words for a deadline's state.
import type { TrackedDeadline } from '@fazhi/core/contracts';

export { displayDate as chineseDate, beijingDay as chinaDay } from '../../../shell/datetime';

/** The days left of a consultation period, as the public reads it. */
export function daysLeftText(daysRemaining: number): string {
  if (daysRemaining <= 0) return '今日截止';
  return `剩余${daysRemaining}天`;
}

export const deadlineStatusText: Record<TrackedDeadline['status'], string> = {
  open: '办理中',
  met: '已按期办结',
  missed: '逾期办结',
  cancelled: '无需办理',
};

/** Comment field limits of the API (schemas.ts commentBody): name and contact up to 100 characters, body 5 or more. */
export const COMMENT_MIN_LENGTH = 5;
export const CONTACT_MAX_LENGTH = 100;
