// Dates and times in papers, exports and messages, in the one display style of the platform (docs/architecture.md
// "Dates on screen"): dates 2026年12月6日, times 2026年12月6日 14:05, always in 北京时间 whatever the server's zone.
// The web has the same rule in packages/web/src/shell/datetime.ts.

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** 2026-11-23 → 2026年11月23日 (GB/T 9704-2012 7.3.5.2, Arabic numerals); other text stays as it is. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** An instant as 2026年11月23日 14:05 in 北京时间. */
export function chineseTime(at: Date): string {
  const local = new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString();
  return `${chineseDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** An instant to the second (audit records): 2026年11月23日 14:05:09 in 北京时间. */
export function chineseTimeToSecond(at: Date): string {
  const local = new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString();
  return `${chineseDate(local.slice(0, 10))} ${local.slice(11, 19)}`;
}
