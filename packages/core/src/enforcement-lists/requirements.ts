// "Does this act need audio-video recording / legal review?" — the question an enforcement case (issue 17) asks of
// the body's lists in force on the act's day. The answer names the row (or the rule) that decides it, so a case
// records why; an act the lists do not name is answered "not required" with the list version that was read.
import {
  alwaysRecordedBasis,
  alwaysRecordedSteps,
  disputeSteps,
  disputeStepsBasis,
  listKindLabels,
  recordingStepLabels,
  reviewCategoryLabels,
  type ListRow,
  type RecordingStep,
  type ReviewCategory,
} from './lists';

export interface ActQuestion {
  itemCode: string;
  step: RecordingStep | null;
  amount: number | null;
  categories: readonly ReviewCategory[];
}

export interface Requirement {
  required: boolean;
  /** why, in Chinese: the row of the list in force or the rule that applies */
  reason: string;
  basis: string | null;
}

/** A row written for every item of the body (事项编码 「*」) applies to each of its items. */
export const ALL_ITEMS = '*';
const covers = (row: ListRow, itemCode: string) => row.itemCode === ALL_ITEMS || row.itemCode === itemCode;

export function audioVideoRequirement(
  q: ActQuestion,
  rows: readonly ListRow[] | null,
  opts: { disputeStepsMandatory: boolean; version: string | null },
): Requirement {
  if (!q.step) return { required: false, reason: '未指明执法环节', basis: null };
  const label = recordingStepLabels[q.step];
  if (alwaysRecordedSteps.includes(q.step))
    return { required: true, reason: `「${label}」应当全程音像记录`, basis: alwaysRecordedBasis };
  if (opts.disputeStepsMandatory && disputeSteps.includes(q.step))
    return { required: true, reason: `「${label}」应当进行音像记录`, basis: disputeStepsBasis };
  const row = rows?.find((r) => r.step === q.step && covers(r, q.itemCode));
  if (row)
    return {
      required: true,
      reason: `${listKindLabels.audio_video}（${opts.version}）列明「${row.itemName}」的「${label}」环节`,
      basis: row.basis,
    };
  return {
    required: false,
    reason: rows
      ? `${listKindLabels.audio_video}（${opts.version}）未列明该事项的「${label}」环节`
      : `该执法主体当日没有生效的${listKindLabels.audio_video}`,
    basis: null,
  };
}

export function legalReviewRequirement(
  q: ActQuestion,
  rows: readonly ListRow[] | null,
  opts: { version: string | null },
): Requirement {
  const matches = (rows ?? []).filter(
    (r) =>
      covers(r, q.itemCode) &&
      r.category !== null &&
      (r.amountFrom === null
        ? q.categories.includes(r.category) || r.itemCode === q.itemCode
        : (q.amount ?? 0) >= r.amountFrom),
  );
  const row = matches[0];
  if (row) {
    const amount = row.amountFrom === null ? '' : `，涉案金额${q.amount}元达到${row.amountFrom}元的标准`;
    return {
      required: true,
      reason: `${listKindLabels.legal_review}（${opts.version}）列明「${row.itemName}」（${reviewCategoryLabels[row.category!]}${amount}）`,
      basis: row.basis,
    };
  }
  return {
    required: false,
    reason: rows
      ? `${listKindLabels.legal_review}（${opts.version}）未列明该决定`
      : `该执法主体当日没有生效的${listKindLabels.legal_review}`,
    basis: null,
  };
}
