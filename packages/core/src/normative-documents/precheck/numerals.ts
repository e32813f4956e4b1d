// Numbers and dates as drafters write them: Arabic or full-width digits ("2024年3月1日", "5年") and Chinese
// numerals ("二〇二四年三月一日", "五年", "十二个月"). Pure parsing; calendar maths lives in ../validity.

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a number may be written with; used to build the patterns below. */
export const NUMBER_CHARS = '0-9０-９〇零一二两三四五六七八九十百千';

function toHalfWidth(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Parses "5", "１２", "十二", "二十五", "一百", and digit-by-digit years such as "二〇二四".
 * Returns null for anything else so that callers never act on a guess.
 */
export function parseNumber(raw: string): number | null {
  const s = toHalfWidth(raw.trim());
  if (s === '') return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二两三四五六七八九]{2,}$/.test(s)) {
    // Digit-by-digit reading ("二〇二四"): each character is one decimal digit.
    let n = 0;
    for (const c of s) n = n * 10 + (DIGITS[c] ?? 0);
    return n;
  }
  let total = 0;
  let current = 0;
  for (const c of s) {
    const d = DIGITS[c];
    const u = UNITS[c];
    if (d !== undefined) current = d;
    else if (u !== undefined) {
      total += (current === 0 ? 1 : current) * u;
      current = 0;
    } else return null;
  }
  return total + current;
}

/** A calendar date written in the text, with where it was found. */
export interface FoundDate {
  /** ISO form YYYY-MM-DD. */
  iso: string;
  start: number;
  end: number;
}

const N = `[${NUMBER_CHARS}]`;
/** "2024年3月1日", "二〇二四年三月一日", "2024-03-01", "2024.3.1" (the last two only with a 4-digit year). */
export const DATE_PATTERN = new RegExp(
  `(${N}{4})\\s*年\\s*(${N}{1,3})\\s*月\\s*(${N}{1,3})\\s*[日号]|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})`,
  'g',
);

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every well-formed date in `text`, offsets relative to `text` plus `offset`. */
export function findDates(text: string, offset = 0): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const [y, mo, d] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const year = parseNumber(y ?? '');
    const month = parseNumber(mo ?? '');
    const day = parseNumber(d ?? '');
    if (year === null || month === null || day === null) continue;
    const iso = isoOf(year, month, day);
    if (iso === null) continue;
    const start = offset + (m.index ?? 0);
    out.push({ iso, start, end: start + m[0].length });
  }
  return out;
}

/** Parses one date string (ISO "YYYY-MM-DD" or a Chinese date); null if it is not a real date. */
export function parseDate(raw: string): string | null {
  const strictIso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (strictIso) return isoOf(Number(strictIso[1]), Number(strictIso[2]), Number(strictIso[3]));
  const found = findDates(raw.trim());
  const first = found[0];
  return first !== undefined && first.start === 0 && first.end === raw.trim().length ? first.iso : null;
}
