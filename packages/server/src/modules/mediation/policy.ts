// Who may do what with the disputes and committees of a unit. They belong to a unit of the org tree (the township a
// village's committee sits under, the department mediating): its legal staff and head record them, and the justice
// bureau — which guides people's mediation (人民调解法 第五条) and leads the region's 大调解 (seed 000 七(十六)) —
// records across the region; the readers of the unit's records read them.
import type { ScopeTarget } from '@fazhi/core/access';
import { mediationActions } from '@fazhi/core/contracts';
import { definePolicy } from '../../platform/access/policy';

export interface MediationRecord extends ScopeTarget {
  bodyName: string;
}

type Action = (typeof mediationActions)[number];

export const mediationPolicy = definePolicy<MediationRecord, Action>(
  'mediation',
  {
    read: (p, r) => p.can('mediation.read', r),
    record: (p, r) => p.can('mediation.record', r),
  },
  {
    read: (r) => `查看${r.bodyName}的调解记录`,
    record: (r) => `为${r.bodyName}记录调解工作`,
  },
);

/** Statistics over the disputes, refused before anything is read to someone who reads no unit's disputes. */
export const mediationRegisterPolicy = definePolicy<null, 'readStatistics'>(
  'mediation_register',
  { readStatistics: (p) => p.holds('mediation.read') },
  { readStatistics: '查看矛盾纠纷调解统计' },
);
