// Characters a person never types on purpose and that change what a reader sees without being visible: control
// characters (NUL cannot even be stored), the Unicode Bidi_Control set, which reorders the text on screen (a title
// shown as "…通知" can hold "…知通" — the "Trojan Source" trick, CVE-2021-42574), and zero-width characters and
// the byte-order mark, which make two identical-looking titles or names differ. Free text from people — titles,
// comments, names, opinions, imported rows — refuses them all, with the field named and the character shown.
// Line breaks and tabs are allowed in multi-line text only.

export type InvisibleKind = 'control' | 'bidi' | 'zero-width';

export interface InvisibleCharacter {
  kind: InvisibleKind;
  /** U+XXXX */
  codePoint: string;
  /** zero-based offset in UTF-16 code units */
  index: number;
}

// Unicode 15.1 PropList.txt, Bidi_Control: ALM, LRM, RLM, LRE…RLO, LRI…PDI.
const BIDI_CONTROL = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
// Zero-width space, non-joiner, joiner, word joiner and the invisible operators, Mongolian vowel separator, BOM
// (zero-width no-break space) and the interlinear annotation marks.
const ZERO_WIDTH = new Set([
  0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0xfff9, 0xfffa, 0xfffb,
]);

function kindOf(n: number, multiline: boolean): InvisibleKind | null {
  if (n === 10 || n === 13 || n === 9) return multiline ? null : 'control';
  if (n < 0x20 || (n >= 0x7f && n <= 0x9f)) return 'control';
  if (BIDI_CONTROL.has(n)) return 'bidi';
  if (ZERO_WIDTH.has(n)) return 'zero-width';
  return null;
}

/** The first invisible character in `value`, or null when the text is clean. */
export function findInvisibleCharacter(value: string, multiline = false): InvisibleCharacter | null {
  let index = 0;
  for (const ch of value) {
    const n = ch.codePointAt(0) ?? 0;
    const kind = kindOf(n, multiline);
    if (kind) return { kind, codePoint: `U+${n.toString(16).toUpperCase().padStart(4, '0')}`, index };
    index += ch.length;
  }
  return null;
}

const kindNames: Record<InvisibleKind, string> = {
  control: '控制字符',
  bidi: '文字方向控制字符',
  'zero-width': '零宽字符',
};

/** The Chinese message naming the field, or null when the text is clean. */
export function invisibleCharacterProblem(label: string, value: string, multiline = false): string | null {
  const found = findInvisibleCharacter(value, multiline);
  if (!found) return null;
  return `${label}包含不可见的${kindNames[found.kind]}（${found.codePoint}，第${countChars(value, found.index) + 1}个字符处），请删除后重新输入`;
}

const countChars = (value: string, index: number) => [...value.slice(0, index)].length;
