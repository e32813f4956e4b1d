// Who may do what with a reconsideration case. A case is located at the 行政复议机构 (the justice bureau) that
// handles it for the 行政复议机关: its staff register, review, hear and decide; the government's leaders and the
// supervisors read.
import type { ScopeTarget } from '@fazhi/core/access';
import type { CaseAction } from '@fazhi/core/reconsideration';
import { definePolicy } from '../../platform/access/policy';

export interface CaseTarget {
  /** the case as a clerk names it: 张三不服…（FY…） */
  title: string;
  office: ScopeTarget;
}

export const casePolicy = definePolicy<CaseTarget, CaseAction>(
  'reconsideration_case',
  {
    read: (p, r) => p.can('reconsideration.read', r.office),
    register: (p, r) => p.can('reconsideration.handle', r.office),
    review: (p, r) => p.can('reconsideration.handle', r.office),
    hear: (p, r) => p.can('reconsideration.handle', r.office),
    decide: (p, r) => p.can('reconsideration.handle', r.office),
  },
  {
    read: (r) => `查看行政复议案件${r.title}`,
    register: (r) => `登记行政复议申请${r.title}`,
    review: (r) => `审查行政复议申请${r.title}`,
    hear: (r) => `审理行政复议案件${r.title}`,
    decide: (r) => `作出行政复议决定${r.title}`,
  },
);

/** 行政复议统计, refused before anything is read to someone who reads no office's cases. */
export const reconsiderationRegisterPolicy = definePolicy<null, 'readStatistics'>(
  'reconsideration_register',
  { readStatistics: (p) => p.holds('reconsideration.read') },
  { readStatistics: '查看行政复议统计' },
);
