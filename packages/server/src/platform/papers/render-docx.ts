// The 公文 model as a Word document (docx). Word documents carry font names, not fonts: the title is set in 宋体
// bold (the usual stand-in for 方正小标宋), the text in 仿宋, headings in 黑体 — the fonts every Chinese Windows
// and WPS installation has. Each section of the model is a Word section starting on a new page; pages are numbered
// "— 1 —" at the foot (GB/T 9704-2012 7.5).
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { layout, type Block, type GongwenDocument } from './gongwen';

const FONT = { title: '宋体', body: '仿宋', heading: '黑体', number: '宋体' } as const;
const half = (pt: number) => Math.round(pt * 2);
const twip = (pt: number) => Math.round(pt * 20);
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const textWidthPt = (layout.pageWidthMm - layout.marginLeftMm - layout.marginRightMm) * (72 / 25.4);
const pitch = { line: twip(layout.linePitchPt), lineRule: LineRuleType.EXACT } as const;

/** The 发文机关标志 shrinks to fit one line (a long 机关 name would otherwise wrap). */
export function issuerSize(text: string): number {
  return Math.min(layout.issuerPt, Math.floor(textWidthPt / Math.max(text.length, 1)));
}

function run(text: string, opts: { bold?: boolean; size?: number; face?: string; color?: string } = {}) {
  return new TextRun({
    text,
    bold: opts.bold ?? false,
    size: half(opts.size ?? layout.bodyPt),
    font: font(opts.face ?? FONT.body),
    ...(opts.color ? { color: opts.color } : {}),
  });
}

function blockToDocx(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'issuer':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: twip(20), after: twip(20) },
          children: [run(b.text, { bold: true, size: issuerSize(b.text), face: FONT.title, color: layout.red })],
        }),
      ];
    case 'docNumber':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: twip(24) },
          border: { bottom: { color: layout.red, space: 8, style: BorderStyle.SINGLE, size: 16 } },
          children: [run(b.text)],
        }),
      ];
    case 'attachmentLabel':
      return [new Paragraph({ spacing: pitch, keepNext: true, children: [run(b.text, { face: FONT.heading })] })];
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: {
            before: twip(layout.linePitchPt),
            after: twip(layout.linePitchPt),
            line: twip(35),
            lineRule: LineRuleType.EXACT,
          },
          children: [run(b.text, { bold: true, size: layout.titlePt, face: FONT.title })],
        }),
      ];
    case 'addressee':
      return [new Paragraph({ spacing: pitch, children: [run(`${b.text}：`)] })];
    case 'heading':
      return [
        new Paragraph({
          spacing: pitch,
          indent: { firstLine: twip(layout.bodyPt * 2) },
          // a heading stays with what it introduces
          keepNext: true,
          children: [run(b.text, { face: FONT.heading })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: pitch,
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: twip(layout.bodyPt * 2) },
          children: [...(b.lead ? [run(`${b.lead}\u3000`, { face: FONT.heading })] : []), run(b.text)],
        }),
      ];
    case 'plain':
      return [new Paragraph({ spacing: pitch, children: [run(b.text)] })];
    case 'attachments': {
      // 附件： starts two characters in; each name (after its number) wraps under its own first character
      const label = layout.bodyPt * 3;
      const num = layout.bodyPt * 0.75;
      const left = twip(layout.bodyPt * 2 + label + num);
      return b.items.map(
        (item, i) =>
          new Paragraph({
            spacing: pitch,
            indent: { left, hanging: twip(num + (i === 0 ? label : 0)) },
            children: [run(`${i === 0 ? '附件：' : ''}${i + 1}.${item}`)],
          }),
      );
    }
    case 'signature':
      // 署名 and 成文日期 right-aligned, the date 右空四字 (GB/T 9704-2012 7.3.5.1), two blank lines above
      return [
        new Paragraph({ spacing: pitch, children: [] }),
        new Paragraph({
          spacing: pitch,
          alignment: AlignmentType.RIGHT,
          indent: { right: twip(layout.bodyPt * 2) },
          keepNext: true,
          children: [run(b.org)],
        }),
        new Paragraph({
          spacing: pitch,
          alignment: AlignmentType.RIGHT,
          indent: { right: twip(layout.bodyPt * 4) },
          children: [run(b.date)],
        }),
      ];
    case 'table':
      return [table(b)];
  }
}

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const total = b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => Math.round((twip(textWidthPt) * c.width) / total));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      children: text.split(/\r?\n/).map(
        (line) =>
          new Paragraph({
            alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [run(line, { size: 12, bold: header, face: header ? FONT.heading : FONT.body })],
          }),
      ),
    });
  return new Table({
    width: { size: twip(textWidthPt), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c.label, i, true)) }),
      ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

const footer = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: half(14), font: font(FONT.number) }),
        ],
      }),
    ],
  });

export async function renderDocx(doc: GongwenDocument): Promise<Buffer> {
  const mm = convertMillimetersToTwip;
  const sections: ISectionOptions[] = doc.sections.map((s) => ({
    properties: {
      page: {
        // A4 in twips exactly (210 × 297 mm), as Word writes it
        size: { width: 11906, height: 16838 },
        margin: {
          top: mm(layout.marginTopMm),
          bottom: mm(layout.marginBottomMm),
          left: mm(layout.marginLeftMm),
          right: mm(layout.marginRightMm),
          footer: mm(20),
        },
      },
    },
    footers: { default: footer() },
    children: s.blocks.flatMap(blockToDocx),
  }));
  const d = new Document({
    title: doc.title,
    creator: doc.author,
    styles: { default: { document: { run: { font: font(FONT.body), size: half(layout.bodyPt) } } } },
    sections,
  });
  return Packer.toBuffer(d);
}
