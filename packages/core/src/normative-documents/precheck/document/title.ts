// The title of a pasted document. When no title is given, the first line is taken as the title if it reads like one:
// a short line without sentence punctuation that ends in the name of a kind of document (办法、规定、通知、意见、
// 细则、方案…), optionally followed by （试行）, （暂行）, （征求意见稿） or （草案）. A pasted 暂行办法 then gets its
// shorter validity limit, and an issuer named in the title is checked.
const KIND =
  /(办法|规定|通知|意见|细则|方案|决定|规则|措施|规划|纲要|标准|指南|指引|制度|公告|通告|批复|条例|章程|规程|计划|要点)$/;
const TRAILER = /[（(](试行|暂行|征求意见稿|送审稿|草案|修订稿|修订)[）)]$/;

export function titleFromFirstLine(text: string): string | undefined {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (line === undefined || line.length < 4 || line.length > 80) return undefined;
  if (/[。；;！？!?]/.test(line) || /^第[零〇一二两三四五六七八九十百千0-9]+[条章节]/.test(line)) return undefined;
  let core = line;
  while (TRAILER.test(core)) core = core.replace(TRAILER, '').trim();
  core = core.replace(/[》”」]$/, '');
  return KIND.test(core) ? line : undefined;
}
