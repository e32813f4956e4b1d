// 执法事前公示清单: the three lists a body publishes before it enforces (行政处罚法第三十九条; 国办发〔2018〕118号
// §(四)), what each row holds, the audio-video steps and the legal-review categories, each with its source.
// The lists are named by the enforcement body's organisation; an item by its code (事项编码) in the region's lists.
import type { ItemLink } from '../power-lists/links';

export const listKinds = ['random_inspection', 'audio_video', 'legal_review'] as const;
export type ListKind = (typeof listKinds)[number];

export const listKindLabels = {
  random_inspection: '随机抽查事项清单',
  audio_video: '音像记录事项清单',
  legal_review: '重大执法决定法制审核目录清单',
} as const satisfies Record<ListKind, string>;

/**
 * The powers list's item a row's code names (power-lists `links.ts`): a 随机抽查 item is a 行政检查 of the body's
 * 权责清单 (国办发〔2015〕58号二（一）: 抽查事项清单 drawn from the inspection powers); the audio-video and legal-review
 * rows name any power of the body, or all of them ('*', requirements.ts `ALL_ITEMS`).
 */
export const listItemLinks = {
  random_inspection: { listKind: 'powers', itemKind: 'inspection' },
  audio_video: { listKind: 'powers' },
  legal_review: { listKind: 'powers' },
} as const satisfies Record<ListKind, ItemLink>;

/** Where each list is required, shown with it on the portal. */
export const listKindBases = {
  random_inspection: '《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）二（一）',
  audio_video:
    '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）三（八）',
  legal_review:
    '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）四（十二）',
} as const satisfies Record<ListKind, string>;

/** The advance publication every list is part of. */
export const advancePublicationBasis = '《中华人民共和国行政处罚法》第三十九条；国办发〔2018〕118号二（四）';

/** 118号 §(八) names the steps of enforcement that are recorded on audio-video; the first two always. */
export const recordingSteps = [
  'seizure',
  'forced_demolition',
  'liberty_life_health',
  'case_premises',
  'on_site',
  'evidence',
  'hearing',
  'lodged_service',
  'public_notice_service',
] as const;
export type RecordingStep = (typeof recordingSteps)[number];

export const recordingStepLabels = {
  seizure: '查封扣押财产',
  forced_demolition: '强制拆除',
  liberty_life_health: '直接涉及人身自由、生命健康、重大财产权益的现场执法',
  case_premises: '执法办案场所',
  on_site: '现场执法',
  evidence: '调查取证',
  hearing: '举行听证',
  lodged_service: '留置送达',
  public_notice_service: '公告送达',
} as const satisfies Record<RecordingStep, string>;

/** 118号 §(八): 对查封扣押财产、强制拆除等直接涉及人身自由、生命健康、重大财产权益的现场执法活动和执法办案场所，要推行全程音像记录. */
export const alwaysRecordedSteps: readonly RecordingStep[] = ['seizure', 'forced_demolition'];
export const alwaysRecordedBasis = '国办发〔2018〕118号三（八）：查封扣押财产、强制拆除等现场执法活动应当全程音像记录';

/** 118号 §(八) leaves these to circumstances (根据实际情况); 内蒙古自治区人民政府令第244号第十七条 makes them
 * mandatory — a region setting, enforcement-lists.audio-video.dispute-steps-mandatory. */
export const disputeSteps: readonly RecordingStep[] = [
  'on_site',
  'evidence',
  'hearing',
  'lodged_service',
  'public_notice_service',
];
export const disputeStepsBasis =
  '《内蒙古自治区行政执法公示执法全过程记录重大执法决定法制审核办法》（内蒙古自治区人民政府令第244号）第十七条';

/** 118号 §(十二) (and 行政处罚法第五十八条): the kinds of decision a body's review catalogue lists. */
export const reviewCategories = [
  'public_interest',
  'social_risk',
  'major_rights',
  'after_hearing',
  'complex',
  'other_law',
] as const;
export type ReviewCategory = (typeof reviewCategories)[number];

export const reviewCategoryLabels = {
  public_interest: '涉及重大公共利益',
  social_risk: '可能造成重大社会影响或引发社会风险',
  major_rights: '直接关系行政相对人或第三人重大权益',
  after_hearing: '经过听证程序作出',
  complex: '案件情况疑难复杂、涉及多个法律关系',
  other_law: '法律、法规规定应当进行法制审核的其他情形',
} as const satisfies Record<ReviewCategory, string>;

export const reviewCatalogueBasis = '国办发〔2018〕118号四（十二）；《中华人民共和国行政处罚法》第五十八条';

/** One row of a list as the body publishes it; the kind decides which of the optional fields it needs. */
export interface ListRow {
  itemCode: string;
  itemName: string;
  basis: string;
  /** 随机抽查: 抽查内容; 音像记录: what is recorded; 法制审核: the decision the row covers */
  content: string;
  /** 随机抽查: 抽查方式 */
  method: string | null;
  /** 音像记录: the step */
  step: RecordingStep | null;
  /** 法制审核 */
  category: ReviewCategory | null;
  level: string | null;
  field: string | null;
  /** 法制审核: the amount (元) at or above which the decision is reviewed; null when any amount is */
  amountFrom: number | null;
}

export interface RowProblem {
  index: number;
  field: keyof ListRow | 'rows';
  message: string;
}

/** What a list version must hold before it is published: each row's fields for its kind, item codes unique per
 * step or category, and on the audio-video list every always-recorded step (and the dispute-prone steps where the
 * region makes them mandatory). */
export function checkListRows(
  kind: ListKind,
  rows: readonly ListRow[],
  opts: { disputeStepsMandatory: boolean },
): RowProblem[] {
  const problems: RowProblem[] = [];
  if (rows.length === 0) problems.push({ index: -1, field: 'rows', message: '清单至少应当列明一个事项' });
  const seen = new Set<string>();
  rows.forEach((r, index) => {
    const need = (field: keyof ListRow, ok: boolean, message: string) => {
      if (!ok) problems.push({ index, field, message });
    };
    if (kind === 'random_inspection') need('method', !!r.method?.trim(), '随机抽查事项应当写明抽查方式');
    if (kind === 'audio_video') need('step', r.step !== null, '音像记录事项应当写明需要音像记录的执法环节');
    if (kind === 'legal_review') {
      need('category', r.category !== null, `法制审核目录应当写明重大执法决定的类别（${reviewCatalogueBasis}）`);
      need('amountFrom', r.amountFrom === null || r.amountFrom > 0, '涉案金额标准应当大于零');
    }
    const key = `${r.itemCode}|${r.step ?? ''}|${r.category ?? ''}`;
    need('itemCode', !seen.has(key), `事项编码${r.itemCode}在本清单中重复`);
    seen.add(key);
  });
  if (kind === 'audio_video') {
    const present = new Set(rows.map((r) => r.step));
    const required = [...alwaysRecordedSteps, ...(opts.disputeStepsMandatory ? disputeSteps : [])];
    const missing = required.filter((s) => !present.has(s));
    if (missing.length)
      problems.push({
        index: -1,
        field: 'rows',
        message: `音像记录事项清单缺少${missing.map((s) => `「${recordingStepLabels[s]}」`).join('、')}（${
          missing.some((s) => alwaysRecordedSteps.includes(s)) ? alwaysRecordedBasis : disputeStepsBasis
        }）`,
      });
  }
  return problems;
}

/** The version in force on a day: the one with the latest effective date not after it (null before the first). */
export function versionInForce<V extends { effectiveFrom: string; versionNo: number }>(
  versions: readonly V[],
  day: string,
): V | null {
  let best: V | null = null;
  for (const v of versions)
    if (
      v.effectiveFrom <= day &&
      (!best ||
        v.effectiveFrom > best.effectiveFrom ||
        (v.effectiveFrom === best.effectiveFrom && v.versionNo > best.versionNo))
    )
      best = v;
  return best;
}
