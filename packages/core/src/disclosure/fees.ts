// 信息处理费 (《中华人民共和国政府信息公开条例》第四十二条; 《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号):
// free as a rule; charged only when an applicant's requests exceed the reasonable range, either by request count or
// by page count — never both for one applicant (办法第三条) —, on the progressive (超额累进) scale. The scale's numbers
// are the region's settings (server settings.ts) defaulting to the 办法's; these functions take them as given.

export const feeBases = ['per_request', 'per_page'] as const;
export type FeeBasis = (typeof feeBases)[number];
export const feeBasisLabels = {
  per_request: '按件计收（办法第四条）',
  per_page: '按量计收（办法第五条）',
} as const satisfies Record<FeeBasis, string>;

/** 办法第四条: the same applicant's requests in one calendar month. */
export interface PerRequestScale {
  /** ≤ this many: free (10) */
  freeRequests: number;
  /** up to this request: the first tier's amount each (30) */
  firstTierUntil: number;
  /** the first tier's yuan per request (100) */
  firstTierYuan: number;
  /** after the first tier, tiers of this many requests (10) … */
  tierSize: number;
  /** … each adding this many yuan per request (100) */
  tierStepYuan: number;
}

/** 办法第五条: the pages of one request. */
export interface PerPageScale {
  /** ≤ this many pages: free (30) */
  freePages: number;
  /** pages up to this: the first rate (100, 10 元) */
  firstUntil: number;
  firstYuan: number;
  /** pages up to this: the second rate (200, 20 元) */
  secondUntil: number;
  secondYuan: number;
  /** pages beyond: the third rate (40 元) */
  beyondYuan: number;
}

/** The fee of the applicant's `n`th request of the calendar month (1-based), in yuan. */
export function perRequestFee(n: number, s: PerRequestScale): number {
  if (n <= s.freeRequests) return 0;
  if (n <= s.firstTierUntil) return s.firstTierYuan;
  const tier = Math.floor((n - s.firstTierUntil - 1) / s.tierSize) + 1;
  return s.firstTierYuan + tier * s.tierStepYuan;
}

/** The fee of one request of `pages` pages, in yuan (each page at its band's rate). */
export function perPageFee(pages: number, s: PerPageScale): number {
  const band = (from: number, to: number) => Math.max(0, Math.min(pages, to) - from);
  return (
    band(s.freePages, s.firstUntil) * s.firstYuan +
    band(s.firstUntil, s.secondUntil) * s.secondYuan +
    Math.max(0, pages - s.secondUntil) * s.beyondYuan
  );
}

/** The calendar month a day counts in: 2026-11. */
export const feeMonthOf = (day: string) => day.slice(0, 7);

/** 办法第三条: one applicant is charged on one basis in a month; the other basis is refused. */
export function feeBasisProblem(basesCharged: readonly FeeBasis[], basis: FeeBasis): string | null {
  const other = basesCharged.find((b) => b !== basis);
  return other
    ? `同一申请人同一月份已经${feeBasisLabels[other]}收取信息处理费，不得同时${feeBasisLabels[basis]}（办法第三条）`
    : null;
}
