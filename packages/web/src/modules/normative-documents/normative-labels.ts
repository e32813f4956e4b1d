// Labels the console's document pages show. The enumerations' labels come from core's browser-safe entry
// (`@fazhi/core/modules`: core's normative-documents index also loads the pre-check's native word
// segmenter); the two below are the deliberation form's own choices.
export {
  documentKindLabels,
  documentStatusLabels,
  shownStatusLabels,
  reviewResultLabels,
  reviewChecklistLabels,
  postEvaluationOutcomeLabels,
  fairCompetitionBasis,
  filingStatusLabels,
  filingOutcomeLabels,
  moderationStatusLabels,
} from '@fazhi/core/modules';

export const meetingKindLabels = {
  executive_meeting: '政府常务会议',
  leadership_meeting: '部门领导班子会议',
} as const;

export const deliberationDecisionLabels = {
  adopted: '审议通过',
  revise: '修改后再审',
  rejected: '不予通过',
} as const;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 第一条, 第十二条, 第一百零五条 — the heading the server gives the article at this position (core articleHeading). */
export function articleHeading(seq: number): string {
  const h = Math.floor(seq / 100);
  const t = Math.floor((seq % 100) / 10);
  const u = seq % 10;
  let s = '';
  if (h) s += `${DIGITS[h]}百`;
  if (t) s += `${h === 0 && t === 1 ? '' : DIGITS[t]}十`;
  else if (h && u) s += '零';
  if (u) s += DIGITS[u];
  return `第${s}条`;
}
