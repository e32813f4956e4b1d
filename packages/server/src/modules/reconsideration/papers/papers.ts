// The case's papers in the platform's 公文 model (platform/papers), issued in the name of the 行政复议机关: to the
// applicant the 补正通知书 (第三十一条第一款), 受理通知书 (第三十条), 不予受理决定书 (第三十条第二款) and 行政复议决定书
// (第七十五条); to the respondent the 答复通知书 with the copy of the application (第四十八条、第五十四条); to both the
// 听证通知书 (第五十一条第一款, hearing-notice.ts).
import {
  procedureLabels,
  reconsiderationPaperLabels,
  reconsiderationPaperWaitsFor,
  type ReconsiderationPaper,
} from '@fazhi/core/reconsideration';
import type { Actor } from '../../../platform/access/actor';
import { casePartiesOf } from '../../../platform/cases/parties';
import { conflict } from '../../../platform/errors';
import { chineseDate, paragraphs, type Block, type GongwenDocument } from '../../../platform/papers/gongwen';
import { contentTypes, renderPaper, type FileFormat, type GeneratedFile } from '../../../platform/papers/render';
import type { Db } from '../../../platform/db/connection';
import type { Services } from '../../../platform/services';
import type { Tx } from '../../../platform/write';
import { hearingRowsOf, type HearingRow } from '../hearing/queries/hearings';
import { caseRef, loadCase, type CaseRow } from '../workflow';
import { hearingNoticeBlocks } from './hearing-notice';

const law = '《中华人民共和国行政复议法》';

/** The case's latest hearing, whose 听证通知书 the case's papers give (null when none was scheduled). */
export async function latestHearing(db: Db | Tx, row: Pick<CaseRow, 'region_code' | 'id'>) {
  return (await hearingRowsOf(db, row)).at(-1) ?? null;
}

function bodyOf(
  paper: ReconsiderationPaper,
  row: CaseRow,
  hearing: HearingRow | null,
  applying: string,
  applicant: string,
): Block[] | null {
  switch (paper) {
    case 'correction-notice':
      if (!row.correction_requested_on || !row.correction_items) return null;
      return [
        {
          kind: 'paragraph',
          text: `${applying}经审查，申请材料不齐全或者表述不清楚，无法判断是否符合${law}第三十条第一款规定的受理条件。依照${law}第三十一条第一款的规定，请你（单位）自收到本通知之日起十个工作日内补正下列材料：`,
        },
        ...row.correction_items.map((item, i) => ({ kind: 'paragraph' as const, text: `${i + 1}．${item}` })),
        {
          kind: 'paragraph',
          text: `有正当理由不能按期补正的，可以申请延长补正期限；无正当理由逾期不补正的，视为你（单位）放弃行政复议申请（${law}第三十一条第二款）。补正材料可以通过门户网站凭查询编号${row.tracking_number}提交，也可以邮寄或者当面提交。`,
        },
      ];
    case 'acceptance-notice':
      if (!row.accepted_on) return null;
      return [
        {
          kind: 'paragraph',
          text: `${applying}经审查，符合${law}第三十条第一款规定的受理条件，本机关${
            row.deemed_accepted ? `审查期限届满未作出不予受理决定，依照${law}第三十条第三款的规定视为` : '决定'
          }自${chineseDate(row.accepted_on)}起受理。`,
        },
        {
          kind: 'paragraph',
          text: `本案适用${procedureLabels[row.procedure ?? 'ordinary']}审理，本机关将依照${law}第六十二条的规定，自受理之日起${
            row.procedure === 'simplified' ? '三十' : '六十'
          }日内作出行政复议决定。行政复议期间，行政行为不停止执行，但${law}第四十二条规定的情形除外。`,
        },
      ];
    case 'refusal-decision':
      if (!row.refused_on || !row.refusal_reason) return null;
      return [
        { kind: 'paragraph', text: `${applying}经审查：` },
        ...paragraphs(row.refusal_reason),
        {
          kind: 'paragraph',
          text: `依照${law}第三十条第二款的规定，本机关决定不予受理。${
            row.competent_body ? `该申请属于${row.competent_body}管辖，请你（单位）向其提出。` : ''
          }`,
        },
        { kind: 'paragraph', text: '对本决定不服的，可以依法向人民法院提起行政诉讼。' },
      ];
    case 'answer-notice':
      if (!row.copy_sent_on) return null;
      return [
        {
          kind: 'paragraph',
          text: `${applicant}不服你单位${row.contested_act}，向本机关申请行政复议，本机关已于${chineseDate(row.accepted_on)}依法受理。依照${law}${
            row.procedure === 'simplified' ? '第五十四条' : '第四十八条'
          }的规定，现将行政复议申请书副本发送你单位，请你单位自收到申请书副本之日起${
            row.procedure === 'simplified' ? '五' : '十'
          }个工作日内提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。`,
        },
        {
          kind: 'paragraph',
          text: `被申请人不按照上述规定提出书面答复、提交作出行政行为的证据、依据和其他有关材料的，视为该行政行为没有证据、依据（${law}第七十条）。`,
        },
      ];
    case 'hearing-notice':
      if (!hearing) return null;
      return hearingNoticeBlocks(row, hearing, applicant);
    case 'mediation-agreement':
      if (!row.mediated_on || !row.mediation_text) return null;
      return [
        { kind: 'paragraph', text: `申请人：${applicant}` },
        { kind: 'paragraph', text: `被申请人：${row.respondent_name}` },
        {
          kind: 'paragraph',
          text: `申请人不服被申请人${row.contested_act}，于${chineseDate(row.received_on)}向本机关申请行政复议，请求：${row.requests}。本机关依法受理后，依照${law}第五条、第七十三条的规定进行调解，当事人自愿达成如下协议：`,
        },
        ...paragraphs(row.mediation_text),
        {
          kind: 'paragraph',
          text: `本调解书经各方当事人签字或者签章，并加盖本机关印章，即具有法律效力（${law}第七十三条第一款）。`,
        },
      ];
    case 'decision':
      if (!row.decided_on || !row.decision_text) return null;
      return [
        { kind: 'paragraph', text: `申请人：${applicant}` },
        { kind: 'paragraph', text: `被申请人：${row.respondent_name}` },
        {
          kind: 'paragraph',
          text: `申请人不服被申请人${row.contested_act}，于${chineseDate(row.received_on)}向本机关申请行政复议，本机关依法${
            row.deemed_accepted ? '视为' : '已予'
          }受理，适用${procedureLabels[row.procedure ?? 'ordinary']}审理。${
            hearing?.status === 'held' && hearing.held_on
              ? `本机关于${chineseDate(hearing.held_on)}举行听证，根据听证笔录、审查认定的事实和证据作出本决定（${law}第六十一条第二款）。`
              : ''
          }`,
        },
        ...paragraphs(row.decision_text),
        {
          kind: 'paragraph',
          text: '申请人如不服本决定，可以自收到本决定书之日起十五日内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十五条）。',
        },
      ];
  }
}

/** The day a paper was issued (its act's day), or null before its act. */
export function paperIssuedOn(
  paper: ReconsiderationPaper,
  row: CaseRow,
  hearing: Pick<HearingRow, 'notice_on'> | null,
): string | null {
  const issued = {
    'correction-notice': row.correction_requested_on,
    'acceptance-notice': row.accepted_on,
    'refusal-decision': row.refused_on,
    'answer-notice': row.copy_sent_on,
    'hearing-notice': hearing?.notice_on ?? null,
    decision: row.decided_on,
    'mediation-agreement': row.mediated_on,
  } satisfies Record<ReconsiderationPaper, string | null>;
  return issued[paper];
}

export async function casePaperFile(
  services: Services,
  actor: Actor,
  id: string,
  paper: ReconsiderationPaper,
  format: FileFormat,
): Promise<GeneratedFile> {
  const { row } = await loadCase(services, services.db, actor, id);
  const [body, parties, hearing] = await Promise.all([
    services.db.selectFrom('orgs').select('name').where('id', '=', row.body_org_id).executeTakeFirstOrThrow(),
    casePartiesOf(services, services.db, caseRef(row)),
    latestHearing(services.db, row),
  ]);
  const applicant = parties.find((p) => p.role === 'applicant')?.name ?? '申请人';
  const applying = `你（单位）不服${row.respondent_name}${row.contested_act}，于${chineseDate(row.received_on)}向本机关提出行政复议申请。`;
  const blocks = bodyOf(paper, row, hearing, applying, applicant);
  if (!blocks)
    throw conflict(
      'PAPER_NOT_READY',
      `尚未${reconsiderationPaperWaitsFor[paper]}，不能生成${reconsiderationPaperLabels[paper]}`,
    );
  const date = paperIssuedOn(paper, row, hearing);
  const title = reconsiderationPaperLabels[paper];
  const model: GongwenDocument = {
    title,
    author: body.name,
    sections: [
      {
        blocks: [
          { kind: 'title', text: title },
          { kind: 'plain', text: `查询编号：${row.tracking_number}` },
          {
            kind: 'addressee',
            text:
              paper === 'answer-notice'
                ? row.respondent_name
                : paper === 'hearing-notice' || paper === 'mediation-agreement'
                  ? `${applicant}、${row.respondent_name}`
                  : applicant,
          },
          ...blocks,
          { kind: 'signature', org: body.name, date: chineseDate(date) },
        ],
      },
    ],
  };
  return {
    body: await renderPaper(model, format),
    fileName: `${title}（${row.tracking_number}）.${format}`,
    contentType: contentTypes[format],
  };
}
