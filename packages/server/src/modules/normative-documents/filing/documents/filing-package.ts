// 备案报告 package (国发〔2008〕17号 (十四): a document is filed within 15 days of publication; the filing carries
// the 备案报告, the 正式文本, the 起草说明 and the 合法性审核意见, and — where the public was consulted — how the
// comments were handled). The cover letter is addressed to the justice bureau that reviews filings for the region
// and lists its attachments; each attachment starts on a new page. Every sentence is built from a record; a step
// with no record says so instead of inventing one (documents published before the platform have none).
import { isDocumentAct, reviewChecklistLabels, type ReviewChecklistItem } from '@fazhi/core/normative-documents';
import { conflict } from '../../../../platform/errors';
import { adoptionReportSection, reportedComments, type DocumentView } from '../../drafting/documents/adoption-report';
import {
  bookTitle,
  chineseDate,
  paragraphs,
  type Block,
  type GongwenDocument,
  type Section,
} from '../../../../platform/papers/gongwen';
import { officialTextSection } from '../../catalogue/documents/official-text';

/** The package needs a registered, published text (统一登记、编号、发布 comes before 备案). */
export function assertFilingPackagePossible(d: DocumentView): void {
  if (!d.docNumber || !d.publishedOn)
    throw conflict(
      'DOCUMENT_NOT_PUBLISHED',
      `文件当前状态为“${d.statusLabel}”，尚未统一登记、编号、发布，不能生成备案报告（请先完成发布）`,
    );
}

export interface FilingContext {
  /** 备案审查机关 (the region's justice bureau) */
  bureauName: string;
  /** names of the reviewing bodies by id */
  orgNames: ReadonlyMap<string, string>;
  /** the report date: the filing's submission date once filed, else today */
  date: string;
}

const attachmentTitles = (d: DocumentView) => [
  `${bookTitle(d.title)}正式文本`,
  `${bookTitle(d.title)}起草说明`,
  `${bookTitle(d.title)}合法性审核意见`,
  `${bookTitle(d.title)}公开征求意见采纳情况说明`,
];

export function filingPackageDocument(d: DocumentView, ctx: FilingContext): GongwenDocument {
  const titles = attachmentTitles(d);
  return {
    title: `关于报送${bookTitle(d.title)}备案的报告`,
    author: d.issuerName,
    sections: [
      coverLetter(d, ctx, titles),
      officialTextSection(d, '附件1'),
      draftingExplanation(d),
      legalityOpinion(d, ctx),
      consultation(d, ctx),
    ],
  };
}

function coverLetter(d: DocumentView, ctx: FilingContext, titles: string[]): Section {
  const blocks: Block[] = [
    { kind: 'title', text: `关于报送${bookTitle(d.title)}备案的报告` },
    { kind: 'addressee', text: ctx.bureauName },
    {
      kind: 'paragraph',
      text:
        `${d.issuerName}于${chineseDate(d.publishedOn)}以${d.docNumber ?? ''}印发${bookTitle(d.title)}，` +
        `自${chineseDate(d.effectiveOn)}起施行，有效期至${chineseDate(d.expiresOn)}。根据《国务院关于加强市县政府` +
        `依法行政的决定》（国发〔2008〕17号）关于规范性文件备案的规定，现将该文件报送备案，请予审查。`,
    },
    { kind: 'paragraph', text: procedureSummary(d) },
  ];
  if (d.legalBases.length)
    blocks.push({
      kind: 'paragraph',
      text: `该文件的制定依据为：${d.legalBases.map((b) => `${bookTitle(b.title)}${b.article ? b.article : ''}`).join('；')}。`,
    });
  blocks.push({ kind: 'attachments', items: titles });
  blocks.push({ kind: 'signature', org: d.issuerName, date: chineseDate(ctx.date) });
  return { blocks };
}

/** One sentence per step of the procedure, from the records (or the status history of an imported document). */
function procedureSummary(d: DocumentView): string {
  const s: string[] = [`该文件由${d.draftingOrgName}起草`];
  const consulted = d.consultations.filter((c) => c.status === 'closed' || c.closedOn);
  if (consulted.length) {
    const c = consulted[consulted.length - 1];
    if (c)
      s.push(
        `于${chineseDate(c.opensOn)}至${chineseDate(c.closedOn ?? c.closesOn)}公开征求意见，收到有效意见` +
          `${reportedComments(d).length}条`,
      );
  } else if (d.consultationExemptReason) s.push(`经批准免于公开征求意见（理由：${d.consultationExemptReason}）`);
  const fair = d.reviews.filter((r) => r.kind === 'fair_competition' && r.result);
  const lastFair = fair[fair.length - 1];
  if (lastFair) s.push(`于${chineseDate(lastFair.concludedOn)}完成公平竞争审查（${lastFair.resultLabel}）`);
  const legal = d.reviews.filter((r) => r.kind === 'legality' && r.result);
  const lastLegal = legal[legal.length - 1];
  if (lastLegal) s.push(`于${chineseDate(lastLegal.concludedOn)}经合法性审核（${lastLegal.resultLabel}）`);
  const adopted = d.deliberations.filter((x) => x.decision === 'adopted');
  const lastAdopted = adopted[adopted.length - 1];
  if (lastAdopted) s.push(`于${chineseDate(lastAdopted.meetingOn)}经${lastAdopted.meetingName}审议通过`);
  const imported = d.statusHistory.find((h) => !isDocumentAct(h.act) && h.act === IMPORT_ACT);
  if (imported && s.length === 1) s.push('该文件为平台启用前制发的存量文件，制定程序的记录未录入平台');
  return `${s.join('，')}。`;
}

/** The status-history act of a document imported from a pre-platform catalogue. */
export const IMPORT_ACT = '导入存量文件';

function draftingExplanation(d: DocumentView): Section {
  const blocks: Block[] = [
    { kind: 'attachmentLabel', text: '附件2' },
    { kind: 'title', text: `关于${bookTitle(d.title)}的起草说明` },
  ];
  const text = paragraphs(d.draftingExplanation);
  blocks.push(...(text.length ? text : [{ kind: 'paragraph' as const, text: '平台未记录该文件的起草说明。' }]));
  if (d.legalBases.length) {
    blocks.push({ kind: 'heading', text: '制定依据' });
    d.legalBases.forEach((b, i) =>
      blocks.push({ kind: 'paragraph', text: `${i + 1}. ${bookTitle(b.title)}${b.article ? b.article : ''}` }),
    );
  }
  blocks.push({ kind: 'signature', org: d.draftingOrgName, date: chineseDate(d.publishedOn) });
  return { blocks };
}

function legalityOpinion(d: DocumentView, ctx: FilingContext): Section {
  const blocks: Block[] = [
    { kind: 'attachmentLabel', text: '附件3' },
    { kind: 'title', text: `关于${bookTitle(d.title)}的合法性审核意见` },
  ];
  const concluded = d.reviews.filter((r) => r.kind === 'legality' && r.result);
  if (!concluded.length) {
    blocks.push({ kind: 'paragraph', text: '平台未记录该文件的合法性审核意见。' });
    return { blocks };
  }
  for (const r of concluded) {
    if (concluded.length > 1) blocks.push({ kind: 'heading', text: `第${r.round}次审核` });
    blocks.push({
      kind: 'paragraph',
      text: `报送审核日期：${chineseDate(r.submittedOn)}；审核结论：${r.resultLabel ?? ''}；审核日期：${chineseDate(r.concludedOn)}。`,
    });
    blocks.push(...paragraphs(r.opinion));
    const problems = (r.checklist as { item: string; finding: string; note?: string }[]).filter(
      (c) => c.finding === 'problem',
    );
    if (problems.length) {
      blocks.push({ kind: 'heading', text: '审核发现的问题' });
      problems.forEach((c, i) =>
        blocks.push({
          kind: 'paragraph',
          text: `${i + 1}. ${reviewChecklistLabels[c.item as ReviewChecklistItem] ?? c.item}${c.note ? `：${c.note}` : ''}`,
        }),
      );
    }
    if (r.earlyReason) blocks.push({ kind: 'paragraph', text: `提前办结的理由：${r.earlyReason}` });
    blocks.push({
      kind: 'signature',
      org: ctx.orgNames.get(r.reviewerOrgId) ?? ctx.bureauName,
      date: chineseDate(r.concludedOn),
    });
  }
  return { blocks };
}

function consultation(d: DocumentView, ctx: FilingContext): Section {
  if (d.consultations.length && reportedComments(d).length > 0) return adoptionReportSection(d, ctx.date, '附件4');
  const blocks: Block[] = [
    { kind: 'attachmentLabel', text: '附件4' },
    { kind: 'title', text: `关于${bookTitle(d.title)}公开征求意见采纳情况的说明` },
  ];
  let text: string;
  if (d.consultationExemptReason) text = `该文件经批准免于公开征求意见。理由：${d.consultationExemptReason}`;
  else if (d.consultations.length)
    text = `该文件于${d.consultations.map((c) => `${chineseDate(c.opensOn)}至${chineseDate(c.closedOn ?? c.closesOn)}`).join('、')}公开征求意见，期间未收到有效意见。`;
  else text = '平台未记录该文件公开征求意见的情况。';
  blocks.push({ kind: 'paragraph', text });
  blocks.push({ kind: 'signature', org: d.draftingOrgName, date: chineseDate(ctx.date) });
  return { blocks };
}
