// 文号 of a 行政规范性文件: 发文机关代字〔年份〕序号号, e.g. 示政规〔2026〕3号 (GB/T 9704-2012 《党政机关公文格式》
// 7.2.4: 发文字号由发文机关代字、年份、发文顺序号组成；年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号
// “〔〕”括入；发文顺序号不加“第”字，不编虚位（即1不编为01），在阿拉伯数字后加“号”). 统一编号 (国办发〔2018〕37号):
// one sequence per issuer per year.

export interface DocNumber {
  prefix: string;
  year: number;
  seq: number;
}

const PREFIX = /^[\u4e00-\u9fa5A-Za-z]{1,20}$/;

/** Whether a 发文机关代字 is usable: 1–20 Chinese characters or letters, no brackets or digits. */
export function isValidNumberPrefix(prefix: string): boolean {
  return PREFIX.test(prefix);
}

export function formatDocNumber(n: DocNumber): string {
  if (!isValidNumberPrefix(n.prefix)) throw new RangeError(`发文机关代字“${n.prefix}”无效`);
  if (!Number.isInteger(n.year) || n.year < 1949 || n.year > 9999) throw new RangeError(`年份“${n.year}”无效`);
  if (!Number.isInteger(n.seq) || n.seq < 1) throw new RangeError(`发文顺序号“${n.seq}”无效`);
  return `${n.prefix}〔${n.year}〕${n.seq}号`;
}

/** Parses a 文号; common mistakes (〔〕 typed as [] or 【】, 第 before the number, leading zeros) are refused. */
export function parseDocNumber(text: string): DocNumber | null {
  const m = /^([\u4e00-\u9fa5A-Za-z]{1,20})〔(\d{4})〕([1-9]\d*)号$/.exec(text.trim());
  if (!m) return null;
  return { prefix: m[1] ?? '', year: Number(m[2]), seq: Number(m[3]) };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 第一条 … 第九十九条 … 第三百条: the heading of an article by its sequence (1–999). */
export function articleHeading(seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq > 999) throw new RangeError(`条文序号“${seq}”无效`);
  const h = Math.floor(seq / 100);
  const t = Math.floor((seq % 100) / 10);
  const u = seq % 10;
  let s = '';
  if (h) s += `${DIGITS[h]}百`;
  if (t) s += `${h === 0 && t === 1 ? '' : DIGITS[t]}十`;
  else if (h && u) s += '零';
  if (u) s += DIGITS[u];
  return `第${s}条`;
}

// What people type for 〔2026〕3号: 2026年3号, [2026]3号, 【2026】3号, (2026)3号, （2026）3号, 〔2026〕第3号, 〔2026〕03号.
const TYPED_NUMBER =
  /^([\u4e00-\u9fa5A-Za-z]{0,20})(?:[〔[【(]\s*(\d{4})\s*[〕\]】)]|(\d{4})年)\s*第?\s*0*([1-9]\d*)\s*(号?)$/;

/**
 * A 文号 as typed, in the form GB/T 9704 prescribes (示市监规2026年3号 → 示市监规〔2026〕3号); the prefix may be left
 * out (2026年3号 → 〔2026〕3号). The 年 form needs its 号, so that a title starting with a year is not taken for one.
 * Null when the text is not a 文号.
 */
export function normaliseDocNumber(text: string): string | null {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const m = TYPED_NUMBER.exec(s);
  if (!m) return null;
  const [, prefix = '', bracketYear, yearWord, seq = '', hao] = m;
  if (yearWord && !hao) return null;
  // without its 号 a bracketed number stays a prefix to search by (〔2026〕3 finds 〔2026〕3号 and 〔2026〕31号)
  return `${prefix}〔${bracketYear ?? yearWord}〕${seq}${hao ? '号' : ''}`;
}
