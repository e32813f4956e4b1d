// What a module lends the shared case record (house plan §6 "Cases"): a kind of case (its case_type, declared in the
// manifest's `subjectTypes`, whose read action decides who sees it) with the roles its parties take and the causes
// that stop its clock — each with its statute, the deadlines it holds and how they run again. The module keeps the
// case itself (status, its own facts) in its own table and composes the shared acts (`…On`, in its write
// transaction) into its own acts, as modules do with platform/participation.
import { notFound } from '../errors';
import type { Registry } from '../modules/registry';
import './tables';

export interface CasePauseCause {
  /** 补正, 中止 */
  label: string;
  /** the statute and article that stop the clock, e.g. 《中华人民共和国行政复议法》第三十一条 */
  basis: string;
  /** the kinds of the case's deadlines it holds (the deadline service's `kind`) */
  holds: readonly string[];
  /**
   * how they run when it ends: 'continue' around the pause (the rule must be pausable: 中止期间不计入审理期限), or
   * 'restart' anew from the pause's end (第三十一条: the review runs again from the corrected application's receipt)
   */
  after: 'continue' | 'restart';
}

export interface LentCase {
  /** role → its Chinese name: { applicant: '申请人', respondent: '被申请人', third_party: '第三人' } */
  partyRoles: Readonly<Record<string, string>>;
  pauseCauses: Readonly<Record<string, CasePauseCause>>;
}

/** A case as the shared acts name it. */
export interface CaseRef {
  regionCode: string;
  caseType: string;
  caseId: string;
}

/** The audit acts the shared case record writes, as `<case_type>.<act>`. */
export const caseActs = {
  party_added: '登记当事人',
  clock_paused: '期限暂停计算',
  clock_resumed: '期限恢复计算',
  step_extended: '批准延长期限',
  paper_served: '记录文书送达',
} as const;
export type SharedCaseAct = keyof typeof caseActs;

/** The audit actions with their labels a module lending `caseType` declares in its `auditEvents`. */
export function caseAuditEvents(caseType: string): Record<string, string> {
  return Object.fromEntries(Object.entries(caseActs).map(([act, label]) => [`${caseType}.${act}`, label]));
}

/** The lent case of a kind, or 404 for a kind no module lends. */
export function lentCase(registry: Registry, caseType: string): LentCase {
  const lent = registry.lentCases.get(caseType);
  if (!lent) throw notFound('案件');
  return lent;
}
