// Dates and times as users read them, on every console and portal page: always in 北京时间 (UTC+8, no daylight
// saving) whatever the browser's own zone, in one style — dates 2026年12月6日, times 2026年12月6日 14:05
// (docs/architecture.md "Dates on screen"). The server sends legal dates as YYYY-MM-DD and instants as ISO
// timestamps; an instant is turned into its Beijing day before it is shown.

const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day and minute in 北京时间 of an ISO instant (YYYY-MM-DD and HH:mm), or null when it is not one. */
function beijing(instant: string): { day: string; minute: string } | null {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return null;
  const local = new Date(t + BEIJING_OFFSET_MS).toISOString();
  return { day: local.slice(0, 10), minute: local.slice(11, 16) };
}

/** The calendar day in 北京时间 of an ISO instant (a plain YYYY-MM-DD date stays as it is). */
export function beijingDay(value: string): string {
  if (DAY.test(value)) return value;
  return beijing(value)?.day ?? value.slice(0, 10);
}

/** 2026-11-23 (or an instant) → 2026年11月23日; empty for a missing date. */
export function displayDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = DAY.exec(beijingDay(value));
  if (!m) return value;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** An instant → 2026年11月23日 14:05 in 北京时间; empty for a missing one. */
export function displayTime(value: string | null | undefined): string {
  if (!value) return '';
  const b = beijing(value);
  if (!b) return value;
  return `${displayDate(b.day)} ${b.minute}`;
}
