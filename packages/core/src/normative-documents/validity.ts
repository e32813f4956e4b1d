// 行政规范性文件有效期 (validity period) rules. Pure: no clock, no I/O; every date is an ISO string "YYYY-MM-DD".
//
// The limits are local rules, not national law, so they are per-jurisdiction settings with a default:
// - ordinary documents ≤ 5 years, "暂行"/"试行" documents ≤ 2 years:
//   the district rule in the project seed 000 (“有效期最长不得超过5年。暂行、试行的时间不得超过2年”), and the
//   内蒙古《规范性文件制定和备案监督办法》(2013 revision) as reported by 新华社, counted from the effective date
//   (reference statutes §4.2).
// - 内蒙古 now applies 内蒙古自治区行政规范性文件管理办法 (政府令第262号, in force 2023-12-01) whose numbers were
//   not read (statutes §4.2 ⚠). The 2013 figures are kept for region 15 until that text is checked; a deployment
//   overrides them through `validitySettingsFor(regionCode, overrides)`.

export interface ValiditySettings {
  /** Longest validity of an ordinary document, in years. */
  validityMaxYears: number;
  /** Longest validity of a document whose title says 暂行 or 试行, in years. */
  provisionalValidityMaxYears: number;
}

/** National working default (seed 000 (六); 内蒙古 2013 办法). */
export const defaultValiditySettings: Readonly<ValiditySettings> = Object.freeze({
  validityMaxYears: 5,
  provisionalValidityMaxYears: 2,
});

/**
 * Known jurisdictions, keyed by the 2-digit province prefix of the 行政区划代码 (or a longer prefix for a city or
 * county rule; the longest matching prefix wins).
 */
export const validitySettingsByRegion: Readonly<Record<string, Readonly<ValiditySettings>>> = Object.freeze({
  // 内蒙古《规范性文件制定和备案监督办法》(2013): ≤5 years; 暂行/试行 2 years (新华社 2013-03-22 report).
  '15': Object.freeze({ validityMaxYears: 5, provisionalValidityMaxYears: 2 }),
});

/** Settings for a region: the longest matching prefix in `validitySettingsByRegion`, then `overrides`. */
export function validitySettingsFor(regionCode?: string, overrides: Partial<ValiditySettings> = {}): ValiditySettings {
  let base: ValiditySettings = { ...defaultValiditySettings };
  if (regionCode) {
    let bestLength = 0;
    for (const [prefix, settings] of Object.entries(validitySettingsByRegion)) {
      if (regionCode.startsWith(prefix) && prefix.length > bestLength) {
        base = { ...settings };
        bestLength = prefix.length;
      }
    }
  }
  return { ...base, ...overrides };
}

/** A title with 暂行 or 试行 marks a provisional document (shorter limit). */
export function isProvisionalTitle(title: string | undefined): boolean {
  return title !== undefined && /暂行|试行/.test(title);
}

/** The longest validity, in years, allowed for a document with this title. */
export function validityLimitYears(title: string | undefined, settings: ValiditySettings = defaultValiditySettings) {
  return isProvisionalTitle(title) ? settings.provisionalValidityMaxYears : settings.validityMaxYears;
}

/** `date` plus whole years; 29 February falls back to 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/**
 * Length of the span from `effective` to `expiry` in years (fractional, by whole months then days). An expiry on the
 * eve of an anniversary counts as whole years: 2024-01-01 → 2028-12-31 is 5 years.
 */
export function yearsBetween(effective: string, expiry: string): number {
  const [y1, m1, d1] = effective.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = expiry.split('-').map(Number) as [number, number, number];
  const endExclusive = new Date(Date.UTC(y2, m2 - 1, d2 + 1));
  let months = (endExclusive.getUTCFullYear() - y1) * 12 + (endExclusive.getUTCMonth() - (m1 - 1));
  let days = endExclusive.getUTCDate() - d1;
  if (days < 0) {
    months -= 1;
    days += new Date(Date.UTC(endExclusive.getUTCFullYear(), endExclusive.getUTCMonth(), 0)).getUTCDate();
  }
  return months / 12 + days / 365;
}

export type ValidityVerdict =
  | { ok: true; limitYears: number }
  | { ok: false; reason: 'missing' | 'unlimited' | 'exceeds'; limitYears: number; statedYears?: number };

export interface ValidityStatement {
  /** Years stated or computed; undefined when the document states no validity. */
  years?: number;
  /** "长期有效" and the like: no end at all. */
  unlimited?: boolean;
}

/** Checks a stated validity against the limit for the title. */
export function checkValidity(
  statement: ValidityStatement,
  title: string | undefined,
  settings: ValiditySettings = defaultValiditySettings,
): ValidityVerdict {
  const limitYears = validityLimitYears(title, settings);
  if (statement.unlimited) return { ok: false, reason: 'unlimited', limitYears };
  if (statement.years === undefined) return { ok: false, reason: 'missing', limitYears };
  // A hundredth of a year (≈4 days) absorbs the inclusive/exclusive end-day convention.
  if (statement.years > limitYears + 0.01) {
    return { ok: false, reason: 'exceeds', limitYears, statedYears: statement.years };
  }
  return { ok: true, limitYears };
}
