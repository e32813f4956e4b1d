// 意见采纳情况说明: how the drafting unit answered the public's comments on a draft (国办发〔2018〕37号 for normative
// documents; 重大行政决策程序暂行条例 第十四条、第三十二条 for decisions). Built only from the records: the consultation
// periods, the comments that passed moderation with their article, the answer and its reason. The commenters'
// names and contacts are not printed (the report goes to the reviewing bodies and may be published). Pure: returns
// the blocks of the 公文 model (structurally the server's gongwen `Block`), the dates formatted by the caller.
import type { CommentAnswer, ModerationStatus } from './consultation';

export interface AdoptionReportFacts {
  title: string;
  orgName: string;
  /** the subject's articles, to name the one a comment is on */
  articles: readonly { id: string; heading: string }[];
  consultations: readonly {
    opensOn: string;
    closesOn: string;
    closedOn: string | null;
    shortenedReason: string | null;
  }[];
  comments: readonly {
    moderationStatus: ModerationStatus;
    articleId: string | null;
    body: string;
    answer: CommentAnswer | null;
    answerLabel: string | null;
    answerReason: string | null;
  }[];
}

export type ReportBlock =
  | { kind: 'attachmentLabel'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'signature'; org: string; date: string }
  | { kind: 'table'; columns: { label: string; width: number }[]; rows: string[][] };

/** 《标题》 without doubling the book-title marks when the title already carries them. */
const bookTitle = (title: string) => (title.startsWith('《') ? title : `《${title}》`);
const count = (n: number) => `${n}条`;

export const adoptionReportTitle = (title: string) => `关于${bookTitle(title)}公开征求意见采纳情况的说明`;

/** The comments a report covers: those that passed moderation (rejected ones are counted, not printed). */
export function reportedComments<C extends AdoptionReportFacts['comments'][number]>(comments: readonly C[]): C[] {
  return comments.filter((c) => c.moderationStatus === 'approved');
}

/**
 * Why there is nothing to report on yet (no consultation, or no comment answered), or null. `exemptReason`: the
 * recorded reason the draft was not put out for comment.
 */
export function adoptionReportRefusal(
  f: AdoptionReportFacts,
  exemptReason: string | null,
): { code: 'NO_CONSULTATION' | 'NO_ANSWERED_COMMENTS'; message: string } | null {
  if (f.consultations.length === 0)
    return {
      code: 'NO_CONSULTATION',
      message: exemptReason
        ? '该文件已记录免于公开征求意见，没有意见采纳情况可说明'
        : '该文件尚未公开征求意见，请先公开征求意见并答复公众意见',
    };
  if (!reportedComments(f.comments).some((c) => c.answer !== null))
    return {
      code: 'NO_ANSWERED_COMMENTS',
      message: '该文件尚无已答复的公众意见，请先在意见审核中答复（采纳情况）后再生成说明',
    };
  return null;
}

/** The report's blocks (the 附件 label only when given), signed on `dateText` (the caller's 成文日期). */
export function adoptionReportBlocks(
  f: AdoptionReportFacts,
  chineseDate: (iso: string) => string,
  dateText: string,
  attachmentLabel?: string,
): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (attachmentLabel) blocks.push({ kind: 'attachmentLabel', text: attachmentLabel });
  blocks.push({ kind: 'title', text: adoptionReportTitle(f.title) });
  const approved = reportedComments(f.comments);
  const rejected = f.comments.filter((c) => c.moderationStatus === 'rejected').length;
  const pending = f.comments.filter((c) => c.moderationStatus === 'pending').length;
  const periods = f.consultations
    .map((c) => `${chineseDate(c.opensOn)}至${chineseDate(c.closedOn ?? c.closesOn)}`)
    .join('、');
  const draftMark = f.title.includes('征求意见稿') ? '' : '（征求意见稿）';
  blocks.push({ kind: 'heading', text: '一、征求意见的基本情况' });
  blocks.push({
    kind: 'paragraph',
    text:
      `${f.orgName}于${periods}通过法治政府建设一体化平台公众参与栏目就${bookTitle(f.title)}${draftMark}` +
      `公开征求社会公众意见，共收到意见${count(f.comments.length)}；其中经审核与征求意见内容无关等属于无效意见的` +
      `${count(rejected)}${pending ? `，尚待审核的${count(pending)}` : ''}，有效意见${count(approved.length)}。`,
  });
  for (const c of f.consultations)
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
    const a = articleId ? f.articles.find((x) => x.id === articleId) : undefined;
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
  blocks.push({ kind: 'signature', org: f.orgName, date: dateText });
  return blocks;
}

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, '');
  return t.length > 30 ? `${t.slice(0, 30)}……` : t;
}
