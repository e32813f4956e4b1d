// Rules of the individual steps: consultation period, legality-review time, validity at publication, the review
// checklist, and what a post-evaluation or cleanup outcome does to a document. Pure: dates are ISO strings; the
// statutory dates (earliest close, review minimum and maximum) come from the calendar engine through the caller.
import type { DocumentKind, DocumentStatus } from './workflow';
import { addYears, checkValidity, isProvisionalTitle, yearsBetween, type ValiditySettings } from './validity';

// ---- 公开征求意见, 合法性审核 --------------------------------------------------------------------------------
// The period, moderation, answers and review time are the shared mechanism's rules (core participation), which
// every module lending a draft applies with its own statutory rules; re-exported here for the module's callers.
export {
  checkConsultationPeriod,
  consultationAcceptsComments,
  reviewResults,
  reviewResultLabels,
  checkReviewTime,
  commentAnswers,
  commentAnswerLabels,
  moderationStatusLabels,
  answerNeedsReason,
  type ConsultationPeriodVerdict,
  type ReviewResult,
  type ReviewTimeVerdict,
  type CommentAnswer,
} from '../participation';

/** The checklist of what a normative document must not do (国办发〔2018〕37号, 严禁越权发文; statutes §4.1 (a)). */
export const reviewChecklistItems = [
  'adds_powers',
  'creates_licence_penalty_coercion',
  'requires_pointless_certificates',
  'reduces_rights_adds_duties',
  'regulates_market_matters',
  'restricts_competition',
  'internal_office_issuer',
  'procedure_followed',
] as const;
export type ReviewChecklistItem = (typeof reviewChecklistItems)[number];
export const reviewChecklistLabels = {
  adds_powers: '是否违法增加行政权力或者减少法定职责',
  creates_licence_penalty_coercion: '是否设定行政许可、行政处罚、行政强制等事项，或增加行政许可条件',
  requires_pointless_certificates: '是否要求提供循环证明、重复证明、无谓证明',
  reduces_rights_adds_duties: '是否违法减损公民、法人和其他组织合法权益或者增加其义务，侵犯人身权、财产权等基本权利',
  regulates_market_matters: '是否超越职权规定应由市场调节、企业和社会自律、公民自我管理的事项',
  restricts_competition:
    '是否违法制定含有排除或者限制公平竞争内容的措施，干预市场主体正常生产经营活动，设置市场准入和退出条件',
  internal_office_issuer: '是否以部门内设机构名义制发',
  procedure_followed: '制定主体是否适格、程序是否合法（公开征求意见、公平竞争审查等）',
} as const satisfies Record<ReviewChecklistItem, string>;

// ---- 有效期 (at publication) ---------------------------------------------------------------------------------

/** A document is provisional (shorter limit) when its kind or its title says 暂行 or 试行. */
export function isProvisional(kind: DocumentKind, title: string): boolean {
  return kind !== 'ordinary' || isProvisionalTitle(title);
}

export function validityLimitFor(kind: DocumentKind, title: string, settings: ValiditySettings): number {
  return isProvisional(kind, title) ? settings.provisionalValidityMaxYears : settings.validityMaxYears;
}

/** The longest expiry: the eve of the anniversary of the effective date, limit years later. */
export function latestExpiry(effectiveOn: string, limitYears: number): string {
  const anniversary = addYears(effectiveOn, limitYears);
  const d = new Date(`${anniversary}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export type PublicationDatesVerdict =
  | { ok: true; expiresOn: string; limitYears: number }
  | {
      ok: false;
      reason: 'effective_before_publication' | 'expiry_not_after_effective' | 'validity_exceeds_limit';
      limitYears: number;
    };

/**
 * Checks the dates set at publication. The effective date may not precede publication (an unpublished document is
 * no basis for administration, 国发〔2008〕17号 (十三)); the validity runs from the effective date and may not exceed
 * the limit (ordinary 5 years, 暂行/试行 2 years by default; seed 000 (六)). Without an expiry, the longest is used.
 */
export function checkPublicationDates(
  p: { kind: DocumentKind; title: string; publishedOn: string; effectiveOn: string; expiresOn?: string | undefined },
  settings: ValiditySettings,
): PublicationDatesVerdict {
  const limitYears = validityLimitFor(p.kind, p.title, settings);
  if (p.effectiveOn < p.publishedOn) return { ok: false, reason: 'effective_before_publication', limitYears };
  const expiresOn = p.expiresOn ?? latestExpiry(p.effectiveOn, limitYears);
  if (expiresOn <= p.effectiveOn) return { ok: false, reason: 'expiry_not_after_effective', limitYears };
  const provisionalTitle = isProvisional(p.kind, p.title) ? '暂行' : '';
  const verdict = checkValidity({ years: yearsBetween(p.effectiveOn, expiresOn) }, provisionalTitle, settings);
  if (!verdict.ok) return { ok: false, reason: 'validity_exceeds_limit', limitYears };
  return { ok: true, expiresOn, limitYears };
}

/**
 * 施行 soon after publication. People need time to learn a rule before it binds them: 《规章制定程序条例》第三十二条
 * has 规章 take effect 30 days after publication unless immediate effect is needed (national security, exchange
 * rates and monetary policy, or where delay would hinder it), and common local normative-document rules carry this
 * over (statutes §4.2: "施行日期距公布不足30日的，应当说明理由"). Region setting normative.effective-gap.min-days
 * (default 30; 0 turns the check off): an earlier 施行 is accepted only with its recorded reason.
 */
export function checkEffectiveGap(p: {
  publishedOn: string;
  effectiveOn: string;
  minDays: number;
  reason?: string | null | undefined;
}): { ok: true; soon: boolean } | { ok: false; earliest: string } {
  if (p.minDays <= 0) return { ok: true, soon: false };
  const d = new Date(`${p.publishedOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + p.minDays);
  const earliest = d.toISOString().slice(0, 10);
  if (p.effectiveOn >= earliest) return { ok: true, soon: false };
  if (p.reason && p.reason.trim()) return { ok: true, soon: true };
  return { ok: false, earliest };
}

// ---- 后评估 and 清理 -----------------------------------------------------------------------------------------

export const postEvaluationOutcomes = ['renew', 'amend', 'repeal', 'lapse'] as const;
export type PostEvaluationOutcome = (typeof postEvaluationOutcomes)[number];
export const postEvaluationOutcomeLabels = {
  renew: '继续施行（重新登记、编号、公布）',
  amend: '修改',
  repeal: '废止',
  lapse: '不再延续，有效期届满后失效',
} as const satisfies Record<PostEvaluationOutcome, string>;

export const cleanupOutcomes = ['remains_valid', 'amend', 'repeal', 'lapse'] as const;
export type CleanupOutcome = (typeof cleanupOutcomes)[number];
export const cleanupOutcomeLabels = {
  remains_valid: '继续有效',
  amend: '拟修改',
  repeal: '废止',
  lapse: '宣布失效',
} as const satisfies Record<CleanupOutcome, string>;

/**
 * What a published cleanup result does to a document. 国发〔2008〕17号 (十五) and seed 000 (六): the lists of
 * documents that remain valid, are repealed or have lapsed are published, and a document not on the remains-valid
 * list can no longer be a basis for administration — so 'amend' also takes it out of force until the amended text
 * is published.
 */
export function cleanupEffect(outcome: CleanupOutcome): { status: DocumentStatus; stillValid: boolean } {
  switch (outcome) {
    case 'remains_valid':
      return { status: 'published', stillValid: true };
    case 'amend':
      return { status: 'amendment_pending', stillValid: false };
    case 'repeal':
      return { status: 'repealed', stillValid: false };
    case 'lapse':
      return { status: 'lapsed', stillValid: false };
  }
}

/**
 * What a post-evaluation outcome does: 'renew' keeps the document in force under a new registration and number with
 * a fresh validity (山东 practice, statutes §4.2); 'lapse' lets it run to its expiry, when the daily sweep ends it;
 * 'amend' takes it out of force until the amended text is published; 'repeal' ends it now.
 */
export function postEvaluationEffect(outcome: PostEvaluationOutcome): {
  status: DocumentStatus;
  newRegistration: boolean;
  endsNow: boolean;
} {
  switch (outcome) {
    case 'renew':
      return { status: 'published', newRegistration: true, endsNow: false };
    case 'lapse':
      return { status: 'published', newRegistration: false, endsNow: false };
    default:
      return { status: cleanupEffect(outcome).status, newRegistration: false, endsNow: true };
  }
}
