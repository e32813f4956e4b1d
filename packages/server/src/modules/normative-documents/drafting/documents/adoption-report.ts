// 意见采纳情况说明: how the drafting unit answered the public's comments (国办发〔2018〕37号: 公开征求意见 and the
// handling of the comments received; the review package carries the same facts). Built only from the records: the
// consultation periods, the comments that passed moderation with their article, the answer and its reason. The
// commenters' names and contacts are not printed (the report goes to the reviewing bodies and may be published).
import { invalid } from '../../../../platform/errors';
import type { getDocument } from '../../queries/get-document';
import { bookTitle, chineseDate, type Block, type GongwenDocument, type Section } from '../../documents/gongwen';

export type DocumentView = NonNullable<Awaited<ReturnType<typeof getDocument>>>;

/** The comments a report covers: those that passed moderation (rejected ones are counted, not printed). */
export function reportedComments(d: DocumentView) {
  return d.comments.filter((c) => c.moderationStatus === 'approved');
}

/** Refuses the report while there is nothing to report on: no consultation, or no comment answered yet. */
export function assertAdoptionReportPossible(d: DocumentView): void {
  if (d.consultations.length === 0)
    throw invalid(
      'NO_CONSULTATION',
      d.consultationExemptReason
        ? '该文件已记录免于公开征求意见，没有意见采纳情况可说明'
        : '该文件尚未公开征求意见，请先公开征求意见并答复公众意见',
    );
  if (!reportedComments(d).some((c) => c.answer !== null))
    throw invalid('NO_ANSWERED_COMMENTS', '该文件尚无已答复的公众意见，请先在意见审核中答复（采纳情况）后再生成说明');
}

const count = (n: number) => `${n}条`;

/** The report's blocks (without the 附件 label unless given). `date` is the date the report is signed. */
export function adoptionReportSection(d: DocumentView, date: string, attachmentLabel?: string): Section {
  const blocks: Block[] = [];
  if (attachmentLabel) blocks.push({ kind: 'attachmentLabel', text: attachmentLabel });
  blocks.push({ kind: 'title', text: `关于${bookTitle(d.title)}公开征求意见采纳情况的说明` });
  const approved = reportedComments(d);
  const rejected = d.comments.filter((c) => c.moderationStatus === 'rejected').length;
  const pending = d.comments.filter((c) => c.moderationStatus === 'pending').length;
  const periods = d.consultations
    .map((c) => `${chineseDate(c.opensOn)}至${chineseDate(c.closedOn ?? c.closesOn)}`)
    .join('、');
  const draftMark = d.title.includes('征求意见稿') ? '' : '（征求意见稿）';
  blocks.push({ kind: 'heading', text: '一、征求意见的基本情况' });
  blocks.push({
    kind: 'paragraph',
    text:
      `${d.draftingOrgName}于${periods}通过法治政府建设一体化平台公众参与栏目就${bookTitle(d.title)}${draftMark}` +
      `公开征求社会公众意见，共收到意见${count(d.comments.length)}；其中经审核与征求意见内容无关等属于无效意见的` +
      `${count(rejected)}${pending ? `，尚待审核的${count(pending)}` : ''}，有效意见${count(approved.length)}。`,
  });
  for (const c of d.consultations)
    if (c.shortenedReason)
      blocks.push({ kind: 'paragraph', text: `征求意见期限少于法定期限的理由：${c.shortenedReason}` });

  const by = (a: string | null) => approved.filter((c) => c.answer === a).length;
  blocks.push({ kind: 'heading', text: '二、意见采纳情况' });
  blocks.push({
    kind: 'paragraph',
    text:
      `对有效意见，采纳${count(by('adopted'))}，部分采纳${count(by('partly_adopted'))}，不予采纳` +
      `${count(by('not_adopted'))}${by(null) ? `，尚未答复${count(by(null))}` : ''}。逐条情况如下：`,
  });
  const heading = (articleId: string | null) => {
    const a = articleId ? d.articles.find((x) => x.id === articleId) : undefined;
    return a ? a.heading : '总体意见';
  };
  blocks.push({
    kind: 'table',
    columns: [
      { label: '序号', width: 8 },
      { label: '涉及条文', width: 14 },
      { label: '意见内容', width: 34 },
      { label: '采纳情况', width: 14 },
      { label: '理由', width: 30 },
    ],
    rows: approved.map((c, i) => [
      String(i + 1),
      heading(c.articleId),
      c.body,
      c.answerLabel ?? '尚未答复',
      c.answerReason ?? (c.answer === 'adopted' ? '已据此修改' : ''),
    ]),
  });
  const notAdopted = approved.filter((c) => c.answer === 'not_adopted' && c.answerReason);
  if (notAdopted.length) {
    blocks.push({ kind: 'heading', text: '三、未予采纳意见的理由' });
    notAdopted.forEach((c, i) =>
      blocks.push({ kind: 'paragraph', text: `${i + 1}. 关于“${excerpt(c.body)}”的意见：${c.answerReason ?? ''}` }),
    );
  }
  blocks.push({ kind: 'signature', org: d.draftingOrgName, date: chineseDate(date) });
  return { blocks };
}

export function adoptionReportDocument(d: DocumentView, date: string): GongwenDocument {
  return {
    title: `关于${bookTitle(d.title)}公开征求意见采纳情况的说明`,
    author: d.draftingOrgName,
    sections: [adoptionReportSection(d, date)],
  };
}

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, '');
  return t.length > 30 ? `${t.slice(0, 30)}……` : t;
}
