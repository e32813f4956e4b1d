// 正式文本: the published text of a document as a 公文 — 发文机关标志, 发文字号, 标题, the articles in order, 署名 and
// 成文日期 (the publication date). Only what was registered is printed: nothing is added to the text itself.
import {
  bookTitle,
  chineseDate,
  issuerLine,
  type Block,
  type GongwenDocument,
  type Section,
} from '../../../../platform/papers/gongwen';

export interface OfficialTextInput {
  title: string;
  docNumber: string | null;
  issuerName: string;
  publishedOn: string | null;
  articles: readonly { seq: number; heading: string; body: string }[];
}

export function officialTextSection(d: OfficialTextInput, attachmentLabel?: string): Section {
  const blocks: Block[] = [];
  if (attachmentLabel) blocks.push({ kind: 'attachmentLabel', text: attachmentLabel });
  blocks.push({ kind: 'issuer', text: issuerLine(d.issuerName) });
  if (d.docNumber) blocks.push({ kind: 'docNumber', text: d.docNumber });
  blocks.push({ kind: 'title', text: d.title });
  for (const a of [...d.articles].sort((x, y) => x.seq - y.seq)) {
    // an article may hold several paragraphs (款): the heading leads the first one only
    const parts = a.body
      .split(/\r?\n/)
      .map((t) => t.trim())
      .filter((t) => t !== '');
    parts.forEach((text, i) =>
      blocks.push(i === 0 ? { kind: 'paragraph', lead: a.heading, text } : { kind: 'paragraph', text }),
    );
  }
  blocks.push({ kind: 'signature', org: d.issuerName, date: chineseDate(d.publishedOn) });
  return { blocks };
}

export function officialTextDocument(d: OfficialTextInput): GongwenDocument {
  return { title: bookTitle(d.title), author: d.issuerName, sections: [officialTextSection(d)] };
}

/** The download name: 文号 and title, e.g. 示政规〔2026〕3号 示范区…办法.docx */
export function fileNameOf(d: { title: string; docNumber: string | null }, suffix: string, ext: string) {
  const base = `${d.docNumber ? `${d.docNumber} ` : ''}${d.title}${suffix}`;
  // characters a file system refuses are replaced; the name stays readable Chinese
  return `${base.replace(/[\\/:*?"<>|\r\n\t]/g, '_').slice(0, 150)}.${ext}`;
}

export { attachmentHeader } from '../../../../platform/http/attachment';
