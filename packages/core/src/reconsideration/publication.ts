// 行政复议决定书网上公开 (第七十九条; 《法治政府建设实施纲要（2021－2025年）》(二十二)) with personal data redacted
// (《中华人民共和国个人信息保护法》第二十八条: 身份证号 and the like are sensitive): a natural person's name keeps its
// surname (张某), and any 公民身份号码 or mobile number left in the text is masked whole.

/** 张三 → 张某, 欧阳明月 → 欧阳某 (the common two-character surnames kept whole). */
export function redactedName(name: string): string {
  const twoCharSurnames = [
    '欧阳',
    '司马',
    '上官',
    '诸葛',
    '东方',
    '皇甫',
    '尉迟',
    '公孙',
    '慕容',
    '长孙',
    '宇文',
    '司徒',
    '夏侯',
    '令狐',
  ];
  const surname = twoCharSurnames.find((s) => name.startsWith(s) && name.length > 2) ?? name.slice(0, 1);
  return `${surname}某`;
}

/** The decision's text as the portal shows it: the persons' names, ID numbers and mobile numbers redacted. */
export function redactDecisionText(text: string, personNames: readonly string[]): string {
  let out = text;
  // longest first, so that 张三丰 is not left as 张某丰 by an earlier 张三
  for (const name of [...personNames].filter((n) => n.trim()).sort((a, b) => b.length - a.length))
    out = out.split(name).join(redactedName(name));
  return out
    .replace(/(?<!\d)\d{17}[\dXx](?!\d)/g, '******************')
    .replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, '***********');
}
