// A neutral model of a 公文 (official document) that both renderers (DOCX and PDF) lay out the same way, so the
// content of a generated document is written once. Layout follows GB/T 9704-2012《党政机关公文格式》 approximately:
// A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (so 35 mm below and 26 mm on the right), 标题 二号 (22 pt) 小标宋-like
// bold centred, 正文 三号 (16 pt) 仿宋-like with a fixed line pitch of 22 lines per page (28.9 pt; we use 29 pt),
// 发文字号 centred below the 发文机关标志, 成文日期 written out as 2026年11月23日.
import { chineseDate as platformChineseDate } from '../display-dates';

export type Block =
  /** 发文机关标志, e.g. 示范区市场监督管理局文件 (red, large, centred) */
  | { kind: 'issuer'; text: string }
  /** 发文字号 below the issuer line, followed by the red separator */
  | { kind: 'docNumber'; text: string }
  /** 附件1 — the attachment label at the top left of an attachment's first page (黑体 三号) */
  | { kind: 'attachmentLabel'; text: string }
  | { kind: 'title'; text: string }
  /** 主送机关, flush left, followed by a full-width colon */
  | { kind: 'addressee'; text: string }
  /** 一级标题 (黑体), e.g. 一、征求意见的基本情况 */
  | { kind: 'heading'; text: string }
  /** a paragraph of 正文 with a two-character first-line indent; `lead` is set bold before the text (条文序号) */
  | { kind: 'paragraph'; text: string; lead?: string }
  /** a line flush left without indent */
  | { kind: 'plain'; text: string }
  /** 附件说明: 附件：1.名称, further names below, a wrapped name aligned with its first character (GB/T 9704 7.3.4) */
  | { kind: 'attachments'; items: string[] }
  /** 署名 and 成文日期, right-aligned, kept together */
  | { kind: 'signature'; org: string; date: string }
  | { kind: 'table'; columns: { label: string; width: number }[]; rows: string[][] };

export interface Section {
  /** each section starts on a new page */
  blocks: Block[];
}

export interface GongwenDocument {
  /** document properties (title metadata) */
  title: string;
  author: string;
  sections: Section[];
}

/** 2026年11月23日 (成文日期 in Arabic numerals, GB/T 9704-2012 7.3.5.2); a missing date stays visibly empty. */
export function chineseDate(iso: string | null | undefined): string {
  return iso ? platformChineseDate(iso) : '____年__月__日';
}

/** Splits stored multi-line text into paragraphs, dropping empty lines. */
export function paragraphs(text: string | null | undefined): Block[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => ({ kind: 'paragraph' as const, text: t }));
}

/** 《标题》 without doubling the book-title marks when the title already carries them. */
export const bookTitle = (title: string) => (title.startsWith('《') ? title : `《${title}》`);

/** The issuer line of a 公文: the body's name followed by 文件. */
export const issuerLine = (issuer: string) => `${issuer}文件`;

// ---- layout constants shared by the renderers (millimetres and points) ------------------------------------------
export const MM = 72 / 25.4; // points per millimetre
export const layout = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  marginTopMm: 37,
  marginBottomMm: 35,
  marginLeftMm: 28,
  marginRightMm: 26,
  titlePt: 22,
  bodyPt: 16,
  issuerPt: 36,
  linePitchPt: 29,
  red: 'C00000',
} as const;
