// Periods of the statistics page: quick picks (本年度, 上年度, 本季度) and the Chinese way of printing a period.
export interface Period {
  from: string;
  to: string;
}

/** The quick picks, from the server's today (YYYY-MM-DD, 北京时间; never the browser's clock). */
export function periodPresets(today: string): { key: string; label: string; period: Period }[] {
  const y = Number(today.slice(0, 4));
  const quarterMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const quarterStart = `${y}-${String(quarterMonth).padStart(2, '0')}-01`;
  return [
    { key: 'year', label: '本年度', period: { from: `${y}-01-01`, to: today } },
    { key: 'last-year', label: '上年度', period: { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` } },
    { key: 'quarter', label: '本季度', period: { from: quarterStart, to: today } },
  ];
}

/** "2026年1月1日至2026年11月23日" */
export function formatPeriod(p: Period): string {
  const cn = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return `${cn(p.from)}至${cn(p.to)}`;
}
