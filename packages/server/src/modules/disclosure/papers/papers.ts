// The request's papers in the platform's 公文 model (platform/papers), issued in the name of the body asked: to the
// applicant the 补正告知书 (第三十条), the 延期答复告知书 (第三十三条第二款) and the 答复告知书 of its type with the
// statutory wording (第三十六条至第三十九条) and, for a refusal, the remedy (第五十一条); to the third party or the
// co-maker the 征求意见函 (第三十二条、第三十四条).
import {
  consultationRules,
  disclosurePaperLabels,
  disclosurePaperWaitsFor,
  isRefusal,
  remedySentence,
  replyOutcomes,
  type DisclosurePaper,
} from '@fazhi/core/disclosure';
import type { Actor } from '../../../platform/access/actor';
import { casePartiesOf } from '../../../platform/cases/parties';
import { conflict } from '../../../platform/errors';
import { chineseDate, paragraphs, type Block, type GongwenDocument } from '../../../platform/papers/gongwen';
import { contentTypes, renderPaper, type FileFormat, type GeneratedFile } from '../../../platform/papers/render';
import type { Services } from '../../../platform/services';
import { reconsiderationBodyOf } from '../support';
import { loadRequest, requestRef, type RequestRow } from '../workflow';

const law = '《中华人民共和国政府信息公开条例》';

interface PaperContext {
  row: RequestRow;
  asked: string;
  consultation: { consultee: string; kind: keyof typeof consultationRules; started_on: string } | undefined;
  remedyBody: string;
}

function paperOf(
  paper: DisclosurePaper,
  c: PaperContext,
): { addressee: string | null; blocks: Block[]; date: string } | null {
  const { row, asked } = c;
  switch (paper) {
    case 'correction-notice':
      if (!row.correction_requested_on || !row.correction_items) return null;
      return {
        addressee: null,
        date: row.correction_requested_on,
        blocks: [
          {
            kind: 'paragraph',
            text: `${asked}经审查，你（单位）的申请内容不明确。依照${law}第三十条的规定，请你（单位）对下列事项作出补正：`,
          },
          ...row.correction_items.map((item, i) => ({ kind: 'paragraph' as const, text: `${i + 1}．${item}` })),
          {
            kind: 'paragraph',
            text: `答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请（${law}第三十条）。补正可以通过门户网站凭查询编号${row.tracking_number}提交，也可以邮寄或者当面提交。`,
          },
        ],
      };
    case 'extension-notice':
      if (!row.extension_approved_on) return null;
      return {
        addressee: null,
        date: row.extension_approved_on,
        blocks: [
          {
            kind: 'paragraph',
            text: `${asked}因${row.extension_reason ?? '需要'}，本机关不能在规定期限内答复。经本机关政府信息公开工作机构负责人同意，依照${law}第三十三条第二款的规定，答复期限延长二十个工作日以内，本机关将在延长的期限内作出答复。`,
          },
        ],
      };
    case 'consultation-letter':
      if (!c.consultation) return null;
      return {
        addressee: c.consultation.consultee,
        date: c.consultation.started_on,
        blocks:
          c.consultation.kind === 'third_party'
            ? [
                {
                  kind: 'paragraph',
                  text: `本机关收到申请人申请公开“${row.information_description}”的政府信息公开申请。该信息公开可能损害你（单位）的合法权益，依照${law}第三十二条的规定，书面征求你（单位）的意见。`,
                },
                {
                  kind: 'paragraph',
                  text: '请你（单位）自收到本函之日起15个工作日内提出意见。逾期未提出意见的，由本机关依照条例的规定决定是否公开；不同意公开的，请说明理由。',
                },
              ]
            : [
                {
                  kind: 'paragraph',
                  text: `本机关收到申请人申请公开“${row.information_description}”的政府信息公开申请。该信息由本机关与你机关共同制作，依照${law}第三十四条的规定，征求你机关的意见。`,
                },
                {
                  kind: 'paragraph',
                  text: '请你机关自收到本函之日起15个工作日内提出意见，逾期未提出意见的视为同意公开。',
                },
              ],
      };
    case 'reply': {
      if (!row.outcome || !row.replied_on) return null;
      const o = replyOutcomes[row.outcome];
      return {
        addressee: null,
        date: row.replied_on,
        blocks: [
          { kind: 'paragraph', text: `${asked}本机关依照${law}的规定答复如下：` },
          { kind: 'paragraph', text: o.wording },
          ...paragraphs(row.reply_text ?? ''),
          ...(row.holder_name
            ? [{ kind: 'paragraph' as const, text: `负责公开该政府信息的行政机关：${row.holder_name}。` }]
            : []),
          { kind: 'paragraph', text: `本答复依据：${o.basis}。` },
          ...(isRefusal(row.outcome) ? [{ kind: 'paragraph' as const, text: remedySentence(c.remedyBody) }] : []),
        ],
      };
    }
  }
}

export async function requestPaperFile(
  services: Services,
  actor: Actor,
  id: string,
  paper: DisclosurePaper,
  format: FileFormat,
): Promise<GeneratedFile> {
  const { row } = await loadRequest(services, services.db, actor, id);
  const [body, parties, consultation] = await Promise.all([
    services.db
      .selectFrom('orgs')
      .select(['name', 'kind', 'region_code'])
      .where('id', '=', row.body_org_id)
      .executeTakeFirstOrThrow(),
    casePartiesOf(services, services.db, requestRef(row)),
    services.db
      .selectFrom('disclosure_consultations')
      .select(['consultee', 'kind', 'started_on'])
      .where('region_code', '=', row.region_code)
      .where('request_id', '=', row.id)
      .orderBy('started_on', 'desc')
      .orderBy('created_at', 'desc')
      .executeTakeFirst(),
  ]);
  const applicant = parties.find((p) => p.role === 'applicant')?.name ?? '申请人';
  const asked = `你（单位）于${chineseDate(row.received_on ?? row.submitted_on)}向本机关申请公开“${row.information_description}”。`;
  const made = paperOf(paper, {
    row,
    asked,
    consultation,
    remedyBody: await reconsiderationBodyOf(services.db, body),
  });
  if (!made)
    throw conflict('PAPER_NOT_READY', `尚未${disclosurePaperWaitsFor[paper]}，不能生成${disclosurePaperLabels[paper]}`);
  const title = disclosurePaperLabels[paper];
  const model: GongwenDocument = {
    title,
    author: body.name,
    sections: [
      {
        blocks: [
          { kind: 'title', text: title },
          { kind: 'plain', text: `查询编号：${row.tracking_number}` },
          { kind: 'addressee', text: made.addressee ?? applicant },
          ...made.blocks,
          { kind: 'signature', org: body.name, date: chineseDate(made.date) },
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
