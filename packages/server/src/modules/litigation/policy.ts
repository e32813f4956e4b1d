// Who may do what with an agency's suits and recommendations. They belong to the agency defending (an organisation):
// its legal staff (the 应诉 handlers) and head record them; the readers of its records — the justice bureau, which
// supervises 行政应诉 across the region, among them — read them.
import type { ScopeTarget } from '@fazhi/core/access';
import { recommendationActions, suitActions } from '@fazhi/core/contracts';
import { definePolicy } from '../../platform/access/policy';

export interface AgencyRecord extends ScopeTarget {
  bodyName: string;
}

type SuitAction = (typeof suitActions)[number];
type RecommendationAction = (typeof recommendationActions)[number];

const record = 'litigation.record';

export const suitPolicy = definePolicy<AgencyRecord, SuitAction>(
  'litigation_suit',
  {
    read: (p, r) => p.can('litigation.read', r),
    serve: (p, r) => p.can(record, r),
    defend: (p, r) => p.can(record, r),
    hearing: (p, r) => p.can(record, r),
    appearance: (p, r) => p.can(record, r),
    decide: (p, r) => p.can(record, r),
    conclude: (p, r) => p.can(record, r),
    perform: (p, r) => p.can(record, r),
  },
  {
    read: (r) => `查看${r.bodyName}的行政诉讼案件`,
    serve: (r) => `为${r.bodyName}记录起诉状副本送达`,
    defend: (r) => `为${r.bodyName}记录答辩`,
    hearing: (r) => `为${r.bodyName}记录开庭安排`,
    appearance: (r) => `为${r.bodyName}记录出庭应诉情况`,
    decide: (r) => `为${r.bodyName}记录裁判结果`,
    conclude: (r) => `为${r.bodyName}记录上诉或者裁判生效`,
    perform: (r) => `为${r.bodyName}记录履行生效裁判`,
  },
);

export const recommendationPolicy = definePolicy<AgencyRecord, RecommendationAction>(
  'litigation_recommendation',
  {
    read: (p, r) => p.can('litigation.read', r),
    reply: (p, r) => p.can(record, r),
  },
  {
    read: (r) => `查看${r.bodyName}收到的司法建议、检察建议`,
    reply: (r) => `为${r.bodyName}登记或者回复司法建议、检察建议`,
  },
);

/** Statistics and the monthly notice, refused before anything is read to someone who reads no agency's suits. */
export const litigationRegisterPolicy = definePolicy<null, 'readStatistics'>(
  'litigation_register',
  { readStatistics: (p) => p.holds('litigation.read') },
  { readStatistics: '查看行政应诉统计和月通报' },
);
