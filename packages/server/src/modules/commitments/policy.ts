// Who may do what with a body's commitment items and matters. They belong to the body (an organisation): its legal
// staff and head record the items, the matters and the checks; the readers of its records read them.
import type { ScopeTarget } from '@fazhi/core/access';
import { commitmentActions } from '@fazhi/core/contracts';
import { definePolicy } from '../../platform/access/policy';

export interface CommitmentRecord extends ScopeTarget {
  bodyName: string;
}

type Action = (typeof commitmentActions)[number];

export const commitmentPolicy = definePolicy<CommitmentRecord, Action>(
  'commitment',
  {
    read: (p, r) => p.can('commitments.read', r),
    record: (p, r) => p.can('commitments.record', r),
    check: (p, r) => p.can('commitments.record', r),
  },
  {
    read: (r) => `查看${r.bodyName}的告知承诺事项`,
    record: (r) => `为${r.bodyName}记录告知承诺事项`,
    check: (r) => `记录${r.bodyName}告知承诺的核查结果`,
  },
);

/** Statistics over the register, refused before anything is read to someone who reads no body's matters. */
export const commitmentRegisterPolicy = definePolicy<null, 'readStatistics'>(
  'commitment_register',
  { readStatistics: (p) => p.holds('commitments.read') },
  { readStatistics: '查看告知承诺制统计' },
);
