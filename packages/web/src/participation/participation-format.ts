// Small display helpers of the shared consultation pages: dates as Chinese documents write them, the days left of a
// consultation period, and the comment form's limits.
export { displayDate as chineseDate, beijingDay as chinaDay } from '../shell/datetime';

/** The days left of a consultation period, as the public reads it. */
export function daysLeftText(daysRemaining: number): string {
  if (daysRemaining <= 0) return '今日截止';
  return `剩余${daysRemaining}天`;
}

/** Comment field limits of the API (server platform/participation/schemas.ts commentBody): name and contact up to
 * 100 characters, the content 5 or more. */
export const COMMENT_MIN_LENGTH = 5;
export const CONTACT_MAX_LENGTH = 100;
