// Periods of the statistics page: quick picks (本年度, 上年度, 本季度) and the Chinese way of printing a period.
export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The quick picks, computed from the browser's date (the government works in UTC+8 and so do its browsers). */
export function periodPresets(now: Date = new Date()): { key: string; label: string; period: Period }[] {
  const y = now.getFullYear();
  const quarterStart = new Date(y, Math.floor(now.getMonth() / 3) * 3, 1);
  return [
    { key: 'year', label: '本年度', period: { from: `${y}-01-01`, to: iso(now) } },
    { key: 'last-year', label: '上年度', period: { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` } },
    { key: 'quarter', label: '本季度', period: { from: iso(quarterStart), to: iso(now) } },
  ];
}

/** "2026年1月1日至2026年11月23日" */
export function formatPeriod(p: Period): string {
  const cn = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return `${cn(p.from)}至${cn(p.to)}`;
}
