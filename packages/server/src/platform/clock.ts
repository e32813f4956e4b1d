// Today's date where the platform works. A legal date has no time zone of its own; Chinese deadlines are counted
// in 北京时间 (UTC+8, no daylight saving), so "today" is the calendar date in Asia/Shanghai whatever the server's
// own zone. Callers take `today` as a parameter so that tests can fix it.
import type { IsoDate } from '@fazhi/core/calendar';

export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
