// The papers of a 重大行政决策 in 公文 layout (platform/papers: one model, DOCX and PDF, kept by the model): the
// 征求意见公告 of the 承办单位, the justice bureau's 合法性审查意见书 addressed to the 承办单位, the body's 会议纪要
// extract with every view in the order spoken and the dissent, and the body's 备案报告 to the government one level
// up. Read in the actor's scope (whoever may read the decision may take its papers); every sentence comes from a
// record, and a paper whose step is not recorded is refused naming it (core decisionPaperRefusal).
import {
  decisionPaperLabels,
  decisionPaperNumber,
  decisionPaperRefusal,
  decisionReviewChecklist,
  decisionStatusLabels,
  meetingDecisionLabels,
  meetingKindLabels,
  meetingViewLabels,
  stepBasesIn,
  DECISION_LAW,
  type DecisionPaper,
} from '@fazhi/core/major-decisions';
import { counselRoleLabels, reviewResultLabels } from '@fazhi/core/participation';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { AppError } from '../../../platform/errors';
import { bookTitle, chineseDate, paragraphs, type Block, type GongwenDocument } from '../../../platform/papers/gongwen';
import { contentTypes, renderPaper, type FileFormat, type GeneratedFile } from '../../../platform/papers/render';
import type { Services } from '../../../platform/services';
import { filingRuleOf } from '../catalogue/queries/catalogues';
import { DECISION_SUBJECT, loadDecision, type DecisionRow } from '../records/workflow';
import { hearingAnnouncement, latestHearing } from './hearing-announcement';
import { rank, year } from './rank';

type Db = Services['db'];

const lines = (text: string | null | undefined) => paragraphs(text);

async function latestConsultation(db: Db, row: DecisionRow) {
  return db
    .selectFrom('consultations')
    .select(['id', 'opens_on', 'closes_on', 'shortened_reason'])
    .where('region_code', '=', row.region_code)
    .where('subject_type', '=', DECISION_SUBJECT)
    .where('subject_id', '=', row.id)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

async function concludedReview(db: Db, row: DecisionRow) {
  return db
    .selectFrom('legality_reviews as r')
    .innerJoin('orgs as o', 'o.id', 'r.reviewer_org_id')
    .select(['r.id', 'r.reviewer_org_id', 'o.name', 'r.submitted_on', 'r.concluded_on', 'r.result', 'r.opinion'])
    .select(['r.checklist', 'r.counsel'])
    .where('r.region_code', '=', row.region_code)
    .where('r.subject_type', '=', DECISION_SUBJECT)
    .where('r.subject_id', '=', row.id)
    .where('r.concluded_on', 'is not', null)
    .orderBy('r.round', 'desc')
    .executeTakeFirst();
}

async function announcement(db: Db, row: DecisionRow, c: NonNullable<Awaited<ReturnType<typeof latestConsultation>>>) {
  const seq = await rank(
    db,
    sql`SELECT k.id, k.opens_on AS day, k.created_at FROM consultations k
      JOIN decision_records d ON d.region_code = k.region_code AND d.id::text = k.subject_id::text
      WHERE k.subject_type = ${DECISION_SUBJECT} AND d.sponsor_org_id = ${row.sponsor_org_id}::uuid
        AND extract(year FROM k.opens_on) = ${year(c.opens_on)}`,
    c.id,
  );
  const days = Math.round((Date.parse(c.closes_on) - Date.parse(c.opens_on)) / 86_400_000) + 1;
  const title = `关于公开征求${bookTitle(`${row.title}（征求意见稿）`)}意见的公告`;
  const blocks: Block[] = [
    { kind: 'issuer', text: row.sponsor_name },
    { kind: 'docNumber', text: decisionPaperNumber(row.sponsor_name, 'announcement', year(c.opens_on), seq) },
    { kind: 'title', text: title },
    {
      kind: 'paragraph',
      text:
        `为提高决策质量，根据${DECISION_LAW}第十四条、第十五条的规定，现将${bookTitle(`${row.title}（征求意见稿）`)}` +
        `及起草说明向社会公布，公开征求意见。`,
    },
    {
      kind: 'paragraph',
      text: `征求意见期间：${chineseDate(c.opens_on)}至${chineseDate(c.closes_on)}（共${days}日）。${
        c.shortened_reason ? `征求意见期限少于30日的理由：${c.shortened_reason}。` : ''
      }`,
    },
    {
      kind: 'paragraph',
      text: '社会公众可以登录本地区法治政府建设一体化平台门户网站“意见征集”栏目提交意见，请注明真实姓名和联系方式。',
    },
    { kind: 'attachments', items: [`${bookTitle(`${row.title}（征求意见稿）`)}`, '起草说明'] },
    { kind: 'signature', org: row.sponsor_name, date: chineseDate(c.opens_on) },
  ];
  const attachment: Block[] = [
    { kind: 'attachmentLabel', text: '附件1' },
    { kind: 'title', text: `${row.title}（征求意见稿）` },
    ...lines(row.draft_text),
    { kind: 'attachmentLabel', text: '附件2' },
    { kind: 'title', text: '起草说明' },
    ...lines(row.draft_explanation),
  ];
  return { title, author: row.sponsor_name, sections: [{ blocks }, { blocks: attachment }] };
}

async function reviewOpinion(db: Db, row: DecisionRow, r: NonNullable<Awaited<ReturnType<typeof concludedReview>>>) {
  const on = r.concluded_on as string;
  const seq = await rank(
    db,
    sql`SELECT v.id, v.concluded_on AS day, v.created_at FROM legality_reviews v
      WHERE v.subject_type = ${DECISION_SUBJECT} AND v.reviewer_org_id = ${r.reviewer_org_id}::uuid
        AND extract(year FROM v.concluded_on) = ${year(on)}`,
    r.id,
  );
  const findings = (r.checklist as { item: string; finding: string; note?: string }[]).map((x, i) => ({
    kind: 'paragraph' as const,
    lead: `${'一二三四五六七八九十'[i] ?? i + 1}、`,
    text: `${decisionReviewChecklist[x.item as keyof typeof decisionReviewChecklist] ?? x.item}：${
      x.finding === 'ok' ? '符合' : '存在问题'
    }${x.note ? `。${x.note}` : ''}。`,
  }));
  const counsel = (r.counsel as { name: string; role: keyof typeof counselRoleLabels }[])
    .map((c) => `${c.name}（${counselRoleLabels[c.role]}）`)
    .join('、');
  const title = `关于${bookTitle(row.title)}（草案）的合法性审查意见书`;
  const blocks: Block[] = [
    { kind: 'issuer', text: r.name },
    { kind: 'docNumber', text: decisionPaperNumber(r.name, 'review-opinion', year(on), seq) },
    { kind: 'title', text: title },
    { kind: 'addressee', text: row.sponsor_name },
    {
      kind: 'paragraph',
      text:
        `你单位于${chineseDate(r.submitted_on)}送请合法性审查的${bookTitle(row.title)}（草案）收悉。根据` +
        `${DECISION_LAW}第二十五条至第二十八条的规定，我局对决策草案进行了合法性审查，意见如下：`,
    },
    ...findings,
    ...lines(r.opinion),
    {
      kind: 'paragraph',
      text: `审查结论：${r.result ? reviewResultLabels[r.result] : ''}。${
        counsel ? `参与审查的法律顾问、公职律师：${counsel}。` : ''
      }`,
    },
    { kind: 'signature', org: r.name, date: chineseDate(on) },
  ];
  return { title, author: r.name, sections: [{ blocks }] };
}

async function meetingSummary(db: Db, row: DecisionRow) {
  const on = row.meeting_on as string;
  const seq = await rank(
    db,
    sql`SELECT d.id, d.meeting_on AS day, d.created_at FROM decision_records d
      WHERE d.body_org_id = ${row.body_org_id}::uuid AND extract(year FROM d.meeting_on) = ${year(on)}`,
    row.id,
  );
  const speeches = row.meeting_speeches;
  const dissent = speeches.filter((s) => s.view !== 'agree');
  const title = `${row.meeting_name ?? meetingKindLabels[row.meeting_kind!]}纪要（摘要）`;
  const blocks: Block[] = [
    { kind: 'issuer', text: row.body_name },
    { kind: 'docNumber', text: decisionPaperNumber(row.body_name, 'meeting-summary', year(on), seq) },
    { kind: 'title', text: title },
    {
      kind: 'paragraph',
      text:
        `${chineseDate(on)}，${row.body_name}召开${meetingKindLabels[row.meeting_kind!]}，` +
        `依照${DECISION_LAW}第三十条，集体讨论${bookTitle(row.title)}。`,
    },
    { kind: 'paragraph', lead: '出席：', text: row.meeting_attendees.join('、') },
    { kind: 'heading', text: '一、讨论情况（按发言顺序，行政首长最后发表意见）' },
    ...speeches.map((s) => ({
      kind: 'paragraph' as const,
      lead: `${s.name}${s.isHead ? '（行政首长）' : ''}：`,
      text: `${meetingViewLabels[s.view]}。${s.opinion ?? ''}`,
    })),
    { kind: 'heading', text: '二、会议决定' },
    { kind: 'paragraph', text: `会议决定：${meetingDecisionLabels[row.meeting_decision!]}。` },
  ];
  if (row.head_reasons)
    blocks.push({ kind: 'paragraph', lead: '行政首长作出与多数人意见不一致决定的理由：', text: row.head_reasons });
  blocks.push({ kind: 'heading', text: '三、不同意见' });
  blocks.push(
    dissent.length
      ? {
          kind: 'paragraph',
          text: dissent.map((s) => `${s.name}（${meetingViewLabels[s.view]}）：${s.opinion ?? ''}`).join('；'),
        }
      : { kind: 'paragraph', text: '与会人员均同意，无不同意见。' },
  );
  blocks.push({ kind: 'signature', org: row.body_name, date: chineseDate(on) });
  return { title, author: row.body_name, sections: [{ blocks }] };
}

async function filingReport(services: Services, row: DecisionRow) {
  const db = services.db;
  const published = row.published_on as string;
  const seq = await rank(
    db,
    sql`SELECT d.id, d.published_on AS day, d.created_at FROM decision_records d
      WHERE d.body_org_id = ${row.body_org_id}::uuid AND extract(year FROM d.published_on) = ${year(published)}`,
    row.id,
  );
  const upper = await db
    .selectFrom('regions as r')
    .innerJoin('regions as p', 'p.code', 'r.parent_code')
    .select('p.name')
    .where('r.code', '=', row.region_code)
    .executeTakeFirst();
  const basis = stepBasesIn(await filingRuleOf(db, row.region_code)).filing;
  const title = `关于报送${bookTitle(row.title)}备案的报告`;
  const acts = await db
    .selectFrom('decision_record_acts')
    .select(['act', 'acted_on', 'summary'])
    .where('region_code', '=', row.region_code)
    .where('decision_id', '=', row.id)
    .orderBy('created_at')
    .execute();
  const blocks: Block[] = [
    { kind: 'issuer', text: row.body_name },
    { kind: 'docNumber', text: decisionPaperNumber(row.body_name, 'filing-report', year(published), seq) },
    { kind: 'title', text: title },
    ...(upper ? [{ kind: 'addressee' as const, text: `${upper.name}人民政府` }] : []),
    {
      kind: 'paragraph',
      text:
        `${row.body_name}于${chineseDate(published)}公布${bookTitle(row.title)}。根据${basis}，` +
        `现将该决策报送备案。决策履行程序的情况如下：`,
    },
    ...acts.map((a) => ({ kind: 'paragraph' as const, lead: `${chineseDate(a.acted_on)}：`, text: a.summary })),
    { kind: 'attachments', items: [`${bookTitle(row.title)}文本`, '公众意见、专家论证意见的研究采纳情况', '决策解读'] },
    { kind: 'signature', org: row.body_name, date: chineseDate(row.filed_on ?? services.clock.today()) },
  ];
  const attachments: Block[] = [
    { kind: 'attachmentLabel', text: '附件1' },
    { kind: 'title', text: row.title },
    ...lines(row.published_text),
    { kind: 'attachmentLabel', text: '附件2' },
    { kind: 'title', text: '公众意见、专家论证意见的研究采纳情况' },
    ...lines(row.adoption_explanation),
    { kind: 'attachmentLabel', text: '附件3' },
    { kind: 'title', text: '决策解读' },
    ...lines(row.interpretation),
  ];
  return { title, author: row.body_name, sections: [{ blocks }, { blocks: attachments }] };
}

/** One paper of a decision the actor may read, in the format asked for; refused (409) before its step. */
export async function decisionPaperFile(
  services: Services,
  actor: Actor,
  id: string,
  paper: DecisionPaper,
  format: FileFormat,
): Promise<GeneratedFile> {
  const { row } = await loadDecision(services, services.db, actor, id);
  const db = services.db;
  const [consultation, hearing, review] = await Promise.all([
    latestConsultation(db, row),
    latestHearing(db, row.region_code, row.id),
    concludedReview(db, row),
  ]);
  const refusal = decisionPaperRefusal(paper, {
    consultationOpened: consultation !== undefined,
    hearingAnnounced: hearing !== undefined,
    reviewConcluded: review !== undefined,
    meetingRecorded: row.meeting_on !== null && row.meeting_decision !== null,
    published: row.published_on !== null,
  });
  if (refusal)
    throw new AppError(
      refusal.status,
      refusal.code,
      `${refusal.message}（当前状态：${decisionStatusLabels[row.status]}）`,
    );
  let model: GongwenDocument;
  if (paper === 'announcement') model = await announcement(db, row, consultation!);
  else if (paper === 'hearing-announcement') model = await hearingAnnouncement(db, row, hearing!);
  else if (paper === 'review-opinion') model = await reviewOpinion(db, row, review!);
  else if (paper === 'meeting-summary') model = await meetingSummary(db, row);
  else model = await filingReport(services, row);
  return {
    body: await renderPaper(model, format),
    fileName: `${row.title}${decisionPaperLabels[paper]}.${format}`,
    contentType: contentTypes[format],
  };
}
