// 听证会公告 (第十六条、第十七条): the 承办单位's announcement of a decision's hearing in 公文 layout — the matter, the
// time and place, the participant-selection rules, how to apply and by when where participants apply, the list of
// participants published beforehand, the day the materials reach them (7 days before, counted by the calendar
// engine when the hearing was announced) and the order in which the hearing is held; the draft and its explanation
// attached, as 第十六条 has them published beforehand. Every sentence comes from the hearing and decision records.
import { decisionPaperLabels, decisionPaperNumber, DECISION_LAW } from '@fazhi/core/major-decisions';
import { sql } from 'kysely';
import { bookTitle, chineseDate, paragraphs, type Block, type GongwenDocument } from '../../../platform/papers/gongwen';
import { notFound } from '../../../platform/errors';
import { contentTypes, renderPaper, type FileFormat, type GeneratedFile } from '../../../platform/papers/render';
import { portalIdentity } from '../../../platform/portal/routes';
import type { Services } from '../../../platform/services';
import { loadDecision, type DecisionRow } from '../records/workflow';
import '../records/steps/tables';
import { rank, year } from './rank';

type Db = Services['db'];

/** The decision's latest hearing announcement, or undefined before one. */
export async function latestHearing(db: Db, regionCode: string, decisionId: string) {
  return db
    .selectFrom('decision_hearings')
    .select(['id', 'hearing_on', 'place', 'selection_rules', 'participants', 'announced_on', 'materials_due'])
    .select(['application_method', 'application_closes_on'])
    .where('region_code', '=', regionCode)
    .where('decision_id', '=', decisionId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}
export type HearingRow = NonNullable<Awaited<ReturnType<typeof latestHearing>>>;

const numbered = (n: number) => `${'一二三四五六七八九十'[n] ?? n + 1}、`;

export async function hearingAnnouncement(db: Db, row: DecisionRow, h: HearingRow): Promise<GongwenDocument> {
  const seq = await rank(
    db,
    sql`SELECT h.id, h.announced_on AS day, h.created_at FROM decision_hearings h
      JOIN decision_records d ON d.region_code = h.region_code AND d.id = h.decision_id
      WHERE d.sponsor_org_id = ${row.sponsor_org_id}::uuid AND extract(year FROM h.announced_on) = ${year(h.announced_on)}`,
    h.id,
  );
  const draft = bookTitle(`${row.title}（草案）`);
  const title = `关于召开${bookTitle(row.title)}听证会的公告`;
  const items: [string, string][] = [
    ['听证事项', `${draft}（决策机关：${row.body_name}；决策承办单位：${row.sponsor_name}）。`],
    ['听证时间和地点', `${chineseDate(h.hearing_on)}，${h.place}。`],
    ['听证参加人遴选办法', h.selection_rules],
  ];
  if (h.application_method && h.application_closes_on)
    items.push(['报名方式', h.application_method], ['报名截止日期', `${chineseDate(h.application_closes_on)}。`]);
  if (h.participants.length) items.push(['听证参加人名单', `${h.participants.join('、')}。`]);
  items.push(
    [
      '听证会材料',
      `决策草案及其说明等听证会材料于${chineseDate(h.materials_due)}前送达听证参加人（听证会召开7日前，${DECISION_LAW}第十六条）。`,
    ],
    [
      '听证程序',
      `听证会公开举行：决策承办单位介绍决策草案、依据等有关情况；听证参加人陈述意见，进行询问、质证和辩论，必要时由决策承办单位或者有关专家进行解释说明；听证参加人确认听证会记录并签字（${DECISION_LAW}第十七条）。`,
    ],
  );
  const drafted = row.draft_text !== null;
  const blocks: Block[] = [
    { kind: 'issuer', text: row.sponsor_name },
    {
      kind: 'docNumber',
      text: decisionPaperNumber(row.sponsor_name, 'hearing-announcement', year(h.announced_on), seq),
    },
    { kind: 'title', text: title },
    {
      kind: 'paragraph',
      text: `根据${DECISION_LAW}第十六条、第十七条的规定，${row.sponsor_name}决定就${draft}召开听证会。现将有关事项公告如下：`,
    },
    ...items.map(([lead, text], i) => ({ kind: 'paragraph' as const, lead: `${numbered(i)}${lead}：`, text })),
    ...(drafted ? [{ kind: 'attachments' as const, items: [draft, '起草说明'] }] : []),
    { kind: 'signature', org: row.sponsor_name, date: chineseDate(h.announced_on) },
  ];
  // the draft and its explanation go with the announcement once drafted (第十六条: 提前公布决策草案及其说明)
  const attachment: Block[] = [
    { kind: 'attachmentLabel', text: '附件1' },
    { kind: 'title', text: `${row.title}（草案）` },
    ...paragraphs(row.draft_text),
    { kind: 'attachmentLabel', text: '附件2' },
    { kind: 'title', text: '起草说明' },
    ...paragraphs(row.draft_explanation),
  ];
  return {
    title,
    author: row.sponsor_name,
    sections: drafted ? [{ blocks }, { blocks: attachment }] : [{ blocks }],
  };
}

/**
 * The portal's copy of an announcement (第十六条: published beforehand): a hearing of the portal region's decisions
 * announced and not yet held, as the portal lists it; any other answers 404, as absent.
 */
export async function publicHearingAnnouncementFile(
  services: Services,
  hearingId: string,
  format: FileFormat,
): Promise<GeneratedFile> {
  const { regionCode } = await portalIdentity(services);
  const open = regionCode
    ? await services.db
        .selectFrom('decision_hearings')
        .select(['decision_id'])
        .where('region_code', '=', regionCode)
        .where('id', '=', hearingId)
        .where('held_on', 'is', null)
        .where('hearing_on', '>=', services.clock.today())
        .executeTakeFirst()
    : undefined;
  if (!open) throw notFound('听证会公告');
  const { row } = await loadDecision(services, services.db, null, open.decision_id);
  const hearing = await latestHearing(services.db, row.region_code, row.id);
  if (hearing?.id !== hearingId) throw notFound('听证会公告');
  return {
    body: await renderPaper(await hearingAnnouncement(services.db, row, hearing), format),
    fileName: `${row.title}${decisionPaperLabels['hearing-announcement']}.${format}`,
    contentType: contentTypes[format],
  };
}
