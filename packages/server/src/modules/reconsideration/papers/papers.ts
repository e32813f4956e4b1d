// The acceptance review's papers in the platform's 公文 model (platform/papers): 补正通知书 (第三十一条第一款),
// 受理通知书 (第三十条), 不予受理决定书 (第三十条第二款), issued in the name of the 行政复议机关 to the applicant.
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
import type { Services } from '../../../platform/services';
import { caseRef, loadCase, type CaseRow } from '../workflow';

const law = '《中华人民共和国行政复议法》';

function bodyOf(paper: ReconsiderationPaper, row: CaseRow, applying: string): Block[] | null {
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
  }
}

/** The day a paper was issued (its act's day), or null before its act. */
export function paperIssuedOn(paper: ReconsiderationPaper, row: CaseRow): string | null {
  if (paper === 'correction-notice') return row.correction_requested_on;
  return paper === 'acceptance-notice' ? row.accepted_on : row.refused_on;
}

export async function casePaperFile(
  services: Services,
  actor: Actor,
  id: string,
  paper: ReconsiderationPaper,
  format: FileFormat,
): Promise<GeneratedFile> {
  const { row } = await loadCase(services, services.db, actor, id);
  const [body, parties] = await Promise.all([
    services.db.selectFrom('orgs').select('name').where('id', '=', row.body_org_id).executeTakeFirstOrThrow(),
    casePartiesOf(services, services.db, caseRef(row)),
  ]);
  const applicant = parties.find((p) => p.role === 'applicant')?.name ?? '申请人';
  const applying = `你（单位）不服${row.respondent_name}${row.contested_act}，于${chineseDate(row.received_on)}向本机关提出行政复议申请。`;
  const blocks = bodyOf(paper, row, applying);
  if (!blocks)
    throw conflict(
      'PAPER_NOT_READY',
      `尚未${reconsiderationPaperWaitsFor[paper]}，不能生成${reconsiderationPaperLabels[paper]}`,
    );
  const date = paperIssuedOn(paper, row);
  const title = reconsiderationPaperLabels[paper];
  const model: GongwenDocument = {
    title,
    author: body.name,
    sections: [
      {
        blocks: [
          { kind: 'title', text: title },
          { kind: 'plain', text: `查询编号：${row.tracking_number}` },
          { kind: 'addressee', text: applicant },
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
