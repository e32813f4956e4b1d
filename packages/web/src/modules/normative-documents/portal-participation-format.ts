// Small display helpers of the public participation pages: dates as Chinese documents write them, the days left
// of a consultation period, and the words for a deadline's state.
import type { TrackedDeadline } from './portal-participation-types';

/** 2026-11-23 → 2026年11月23日 (公文 date style). */
export function chineseDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The day (China Standard Time) of a moment the server sends as an ISO timestamp. */
export function chinaDay(timestamp: string): string {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp.slice(0, 10) : new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
}

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
