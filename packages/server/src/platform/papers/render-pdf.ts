// The 公文 model as a PDF with the Noto Sans SC font embedded (subset: only the glyphs used), so the file shows the
// same on every machine. Noto Sans is a 黑体-like face: the title and headings use its bold weight, the text its
// regular weight. Each section starts on a new page; pages are numbered "— 1 —" at the foot.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { layout, MM, type Block, type GongwenDocument } from './gongwen';
import { issuerSize } from './render-docx';

const require = createRequire(import.meta.url);
const fontFile = (weight: string) =>
  require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`);

// ~10 MB each: read once per process, on first use
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts() {
  fonts ??= { regular: readFileSync(fontFile('400Regular')), bold: readFileSync(fontFile('700Bold')) };
  return fonts;
}

export const PDF_FONT_NAME = 'NotoSansSC';
const RED = `#${layout.red}`;
const BODY_GAP = layout.linePitchPt - layout.bodyPt * 1.45; // Noto's line height is ~1.45 em
const INDENT = layout.bodyPt * 2;

type Pdf = PDFKit.PDFDocument;

function box(doc: Pdf) {
  const m = doc.page.margins;
  return {
    left: m.left,
    right: doc.page.width - m.right,
    width: doc.page.width - m.left - m.right,
    bottom: doc.page.height - m.bottom,
  };
}

function ensureRoom(doc: Pdf, height: number) {
  if (doc.y + height > box(doc).bottom) doc.addPage();
}

function draw(doc: Pdf, b: Block) {
  const { left, width, right } = box(doc);
  const body = { width, lineGap: Math.max(BODY_GAP, 0) };
  switch (b.kind) {
    case 'issuer':
      doc
        .font('bold')
        .fontSize(issuerSize(b.text))
        .fillColor(RED)
        .text(b.text, left, doc.y, { width, align: 'center' });
      doc.fillColor('black').moveDown(0.6);
      return;
    case 'docNumber': {
      doc.font('regular').fontSize(layout.bodyPt).text(b.text, left, doc.y, { width, align: 'center' });
      const y = doc.y + 6;
      doc.moveTo(left, y).lineTo(right, y).lineWidth(1.5).strokeColor(RED).stroke().strokeColor('black');
      doc.y = y + 12;
      return;
    }
    case 'attachmentLabel':
      doc.font('bold').fontSize(layout.bodyPt).text(b.text, left, doc.y, body);
      return;
    case 'title':
      doc.moveDown(0.8);
      doc.font('bold').fontSize(layout.titlePt).text(b.text, left, doc.y, { width, align: 'center', lineGap: 8 });
      doc.moveDown(0.8);
      return;
    case 'addressee':
      doc.font('regular').fontSize(layout.bodyPt).text(`${b.text}：`, left, doc.y, body);
      return;
    case 'heading':
      // a heading never ends a page: it keeps at least two lines of what follows
      ensureRoom(doc, layout.linePitchPt * 3);
      doc
        .font('bold')
        .fontSize(layout.bodyPt)
        .text(b.text, left, doc.y, { ...body, indent: INDENT });
      return;
    case 'paragraph':
      doc.fontSize(layout.bodyPt);
      if (b.lead) {
        doc.font('bold').text(`${b.lead}\u3000`, left, doc.y, { ...body, indent: INDENT, continued: true });
        doc.font('regular').text(b.text, { ...body, align: 'justify' });
      } else doc.font('regular').text(b.text, left, doc.y, { ...body, indent: INDENT, align: 'justify' });
      return;
    case 'plain':
      doc.font('regular').fontSize(layout.bodyPt).text(b.text, left, doc.y, body);
      return;
    case 'attachments': {
      // 附件： starts two characters in; each name (after its number) wraps under its own first character
      doc.font('regular').fontSize(layout.bodyPt);
      const labelX = left + INDENT;
      const x = labelX + doc.widthOfString('附件：');
      b.items.forEach((item, i) => {
        const num = `${i + 1}.`;
        const nameX = x + doc.widthOfString(num);
        ensureRoom(doc, layout.linePitchPt);
        const y = doc.y;
        if (i === 0) doc.text('附件：', labelX, y, { lineBreak: false });
        doc.text(num, x, y, { lineBreak: false });
        doc.text(item, nameX, y, { width: right - nameX, lineGap: body.lineGap });
      });
      doc.x = left;
      return;
    }
    case 'signature':
      ensureRoom(doc, layout.linePitchPt * 3);
      doc.moveDown(1.5);
      doc.font('regular').fontSize(layout.bodyPt);
      doc.text(b.org, left, doc.y, { width: width - INDENT, align: 'right', lineGap: body.lineGap });
      doc.text(b.date, left, doc.y, { width: width - INDENT * 2, align: 'right', lineGap: body.lineGap });
      return;
    case 'table':
      drawTable(doc, b);
      return;
  }
}

function drawTable(doc: Pdf, b: Extract<Block, { kind: 'table' }>) {
  const { left, width } = box(doc);
  const total = b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => (width * c.width) / total);
  const pad = 4;
  const size = 11;
  const rowHeight = (cells: string[], face: string) => {
    doc.font(face).fontSize(size);
    return (
      Math.max(...cells.map((t, i) => doc.heightOfString(t || ' ', { width: (widths[i] ?? 0) - pad * 2 }))) + pad * 2
    );
  };
  const drawRow = (cells: string[], face: string) => {
    const h = rowHeight(cells, face);
    const y = doc.y;
    let x = left;
    cells.forEach((t, i) => {
      const w = widths[i] ?? 0;
      doc.lineWidth(0.5).strokeColor('black').rect(x, y, w, h).stroke();
      doc
        .font(face)
        .fontSize(size)
        .text(t, x + pad, y + pad, { width: w - pad * 2, align: face === 'bold' ? 'center' : 'left' });
      x += w;
    });
    doc.y = y + h;
  };
  const header = b.columns.map((c) => c.label);
  ensureRoom(doc, rowHeight(header, 'bold') * 2);
  drawRow(header, 'bold');
  for (const r of b.rows) {
    if (doc.y + rowHeight(r, 'regular') > box(doc).bottom) {
      doc.addPage();
      drawRow(header, 'bold');
    }
    drawRow(r, 'regular');
  }
  doc.x = left;
  doc.moveDown(0.5);
}

export async function renderPdf(model: GongwenDocument): Promise<Buffer> {
  return (await renderPdfPages(model)).pdf;
}

/**
 * A paper whose table of contents names the page each section starts on (a case file): `build` makes the model
 * for the pages known so far (null at first: the column stays empty), rendered again with the pages the last
 * rendering found until they hold — the numbers fill a column whose width does not change, so the second
 * rendering normally keeps the first one's pages; a row pushed onto the next page by a longer number is caught.
 */
export async function renderPdfWithContents(
  build: (sectionPages: readonly number[] | null) => GongwenDocument,
): Promise<{ model: GongwenDocument; pdf: Buffer }> {
  let pages: readonly number[] | null = null;
  for (let round = 0; round < 4; round++) {
    const model = build(pages);
    const out = await renderPdfPages(model);
    const known: readonly number[] | null = pages;
    if (known && out.sectionPages.every((p, i) => p === known[i])) return { model, pdf: out.pdf };
    pages = out.sectionPages;
  }
  throw new Error(`the table of contents of "${build(null).title}" does not settle on its page numbers`);
}

/** The PDF and the page each section starts on, counted from 1 as the foot of the page numbers it. */
async function renderPdfPages(model: GongwenDocument): Promise<{ pdf: Buffer; sectionPages: number[] }> {
  const f = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    bufferPages: true,
    margins: {
      top: layout.marginTopMm * MM,
      bottom: layout.marginBottomMm * MM,
      left: layout.marginLeftMm * MM,
      right: layout.marginRightMm * MM,
    },
    info: { Title: model.title, Author: model.author, Creator: '法治政府建设一体化平台' },
    lang: 'zh-CN',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', f.regular);
  doc.registerFont('bold', f.bold);
  const sectionPages: number[] = [];
  for (const s of model.sections) {
    doc.addPage();
    sectionPages.push(doc.bufferedPageRange().count);
    for (const b of s.blocks) draw(doc, b);
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // writing in the bottom margin would otherwise start a new page
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(14)
      .fillColor('black')
      .text(`— ${i + 1 - range.start} —`, 0, doc.page.height - bottom + 20, { width: doc.page.width, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return { pdf: await done, sectionPages };
}
