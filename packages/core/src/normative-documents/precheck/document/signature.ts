// The 落款 (signature block) at the end of a draft: the issuing body's name and the date under it. The date stands in
// for the publication date when none is given, and the name is checked by the issuer rule.
import { findDates, type FoundDate } from '../numerals';

export interface Signature {
  issuer?: { name: string; start: number; end: number };
  date?: FoundDate;
}

/** Last words of a body's name; a line ending otherwise is text, not a signature. */
const ORGAN_END =
  /(人民政府|政府|办公厅|办公室|局|厅|委员会|委|署|办事处|管委会|管理委员会|科|股|处|室|中队|大队|支队|分队|工作组|小组|专班|中心)$/;

export function findSignature(text: string): Signature {
  const lines: { text: string; start: number }[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') lines.push({ text: body, start: at + lead });
    at += raw.length + 1;
  }
  const signature: Signature = {};
  for (const line of lines.slice(-6).reverse()) {
    const dates = findDates(line.text, line.start);
    const firstDate = dates[0];
    if (signature.date === undefined && firstDate !== undefined) {
      const rest = line.text.slice(0, firstDate.start - line.start).trim();
      signature.date = firstDate;
      if (rest === '') continue;
      // "区市场监督管理局办公室 2024年3月1日" on one line.
      if (ORGAN_END.test(rest) && !/[。；，：]/.test(rest)) {
        signature.issuer = { name: rest, start: line.start, end: line.start + rest.length };
        break;
      }
      continue;
    }
    const name = line.text;
    if (name.length <= 40 && !/[。；，：、]/.test(name) && !/^(第|（|\(|[一二三四五六七八九十]+、)/.test(name)) {
      if (ORGAN_END.test(name)) {
        signature.issuer = { name, start: line.start, end: line.start + name.length };
        break;
      }
    }
    // A line of running text ends the signature block.
    if (/[。；]/.test(name)) break;
  }
  return signature;
}
