// 行政执法人员 and their certificates. Three kinds of person are kept: 执法人员 (holding a 执法证), 监督人员 (holding a
// 监督证, 内蒙古自治区行政执法监督条例第十七条) and 执法辅助人员 (no certificate: they may assist, never handle a case,
// 行政处罚法第四十二条; 国发〔2008〕17号 §(19)). A certificate's validity and annual registration are region settings
// (statutes §10: no national term exists), so "expired" is derived from today and the region's validity.
import { addMonths, formatIsoDate, parseIsoDate } from '../calendar/dates';

export const officerKinds = ['enforcement', 'supervision', 'auxiliary'] as const;
export type OfficerKind = (typeof officerKinds)[number];
export const officerKindLabels = {
  enforcement: '行政执法人员',
  supervision: '行政执法监督人员',
  auxiliary: '执法辅助人员',
} as const satisfies Record<OfficerKind, string>;

/** The certificate each kind holds; an auxiliary holds none. */
export const certificateKindOf = { enforcement: 'enforcement', supervision: 'supervision', auxiliary: null } as const;
export const certificateKinds = ['enforcement', 'supervision'] as const;
export type CertificateKind = (typeof certificateKinds)[number];
export const certificateKindLabels = {
  enforcement: '行政执法证',
  supervision: '行政执法监督证',
} as const satisfies Record<CertificateKind, string>;

/** What the justice bureau records (暂扣, 吊销: 内蒙古自治区行政执法监督条例第三十七条); "expired" is never stored. */
export const storedCertificateStatuses = ['valid', 'suspended', 'revoked'] as const;
export type StoredCertificateStatus = (typeof storedCertificateStatuses)[number];
export const certificateStatuses = ['valid', 'suspended', 'revoked', 'expired'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];
export const certificateStatusLabels = {
  valid: '有效',
  suspended: '暂扣',
  revoked: '吊销',
  expired: '已过期',
} as const satisfies Record<CertificateStatus, string>;

/** The qualification exam (国发〔2008〕17号 §(19): 经考试合格的才能授予其行政执法资格). */
export const examResults = ['passed', 'exempt'] as const;
export type ExamResult = (typeof examResults)[number];
export const examResultLabels = {
  passed: '考试合格',
  // 118号 §(二十三): holders of the 法律职业资格 may be exempted
  exempt: '持法律职业资格免试',
} as const satisfies Record<ExamResult, string>;

/** The day a certificate lapses under the region's validity in years (0: no fixed term, null answered). */
export function certificateLapsesOn(issuedOn: string, validityYears: number): string | null {
  if (validityYears <= 0) return null;
  // the last day of validity is the day before the anniversary
  return formatIsoDate(addMonths(parseIsoDate(issuedOn), validityYears * 12) - 1);
}

export interface CertificateFacts {
  stored: StoredCertificateStatus;
  issuedOn: string;
}

/** A certificate's status as of today: a recorded suspension or revocation, else expired once its term has run. */
export function certificateStatus(c: CertificateFacts, validityYears: number, today: string): CertificateStatus {
  if (c.stored !== 'valid') return c.stored;
  const lapses = certificateLapsesOn(c.issuedOn, validityYears);
  return lapses !== null && lapses < today ? 'expired' : 'valid';
}

/** Whether the certificate is due its annual registration (年度注册) this year and has not had it. */
export function registrationDue(lastRegisteredYear: number | null, issuedOn: string, today: string): boolean {
  const year = Number(today.slice(0, 4));
  if (Number(issuedOn.slice(0, 4)) >= year) return false;
  return (lastRegisteredYear ?? 0) < year;
}

export interface CaseHandlerFacts {
  kind: OfficerKind;
  certificateStatus: CertificateStatus | null;
}

/**
 * Whether a person may be named a case handler (承办人员): only an enforcement officer whose 执法证 is valid
 * (行政处罚法第四十二条); an 执法辅助人员 never, whatever else is recorded; nor a supervisor, whose 监督证 is not
 * an enforcement qualification. Issue 17's cases use this predicate.
 */
export function mayHandleCases(o: CaseHandlerFacts): boolean {
  return o.kind === 'enforcement' && o.certificateStatus === 'valid';
}

export interface OfficerInput {
  kind: OfficerKind;
  certificateNumber?: string | null | undefined;
  certificateIssuedOn?: string | null | undefined;
  examResult?: ExamResult | null | undefined;
  legalProfessionQualified?: boolean | undefined;
  isLegalReviewer?: boolean | undefined;
}

export interface OfficerProblem {
  field: 'certificateNumber' | 'certificateIssuedOn' | 'examResult' | 'isLegalReviewer';
  message: string;
}

/**
 * What one officer's record must hold: an enforcement or supervision officer a certificate (number, issue day)
 * granted after the qualification exam (国发〔2008〕17号 §(19)) or exempted by the 法律职业资格 (118号 §(二十三));
 * an auxiliary neither a certificate nor the legal reviewer's post. `today` bounds the issue day.
 */
export function checkOfficer(o: OfficerInput, today: string): OfficerProblem[] {
  const out: OfficerProblem[] = [];
  if (o.kind === 'auxiliary') {
    if (o.certificateNumber || o.certificateIssuedOn)
      out.push({ field: 'certificateNumber', message: '执法辅助人员不持有执法证件，不能登记证件号' });
    if (o.isLegalReviewer) out.push({ field: 'isLegalReviewer', message: '执法辅助人员不能担任法制审核人员' });
    return out;
  }
  if (!o.certificateNumber)
    out.push({ field: 'certificateNumber', message: `请填写${certificateKindLabels[o.kind]}证件号` });
  if (!o.certificateIssuedOn) out.push({ field: 'certificateIssuedOn', message: '请填写发证日期' });
  else if (o.certificateIssuedOn > today) out.push({ field: 'certificateIssuedOn', message: '发证日期不能晚于今天' });
  if (!o.examResult) out.push({ field: 'examResult', message: '取得执法证件应经资格考试合格或持法律职业资格免试' });
  else if (o.examResult === 'exempt' && !o.legalProfessionQualified)
    out.push({ field: 'examResult', message: '只有取得法律职业资格的人员可以免试' });
  return out;
}
