// Small display helpers of the public catalogue pages.

/** 2026-11-23 → 2026年11月23日 (公文 date style); a dash for no date. */
export function cnDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

export const kindOptions = [
  { value: 'ordinary', label: '一般' },
  { value: 'interim', label: '暂行' },
  { value: 'trial', label: '试行' },
] as const;
