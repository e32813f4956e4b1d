// The region settings of the mediation module: the dispute types a region counts (its own statistical list).
import { defaultDisputeTypes, DISPUTE_TYPES_BASIS } from '@fazhi/core/mediation';
import { defineSettings } from '../../platform/settings';

const isTypes = (v: unknown): v is string[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.length <= 60 &&
  v.every((t) => typeof t === 'string' && t.trim().length > 0 && t.length <= 30);

export const mediationSettings = defineSettings({
  'mediation.dispute-types': {
    label: '矛盾纠纷类型（统计口径）',
    default: [...defaultDisputeTypes],
    basis: DISPUTE_TYPES_BASIS,
    regionMayChange: true,
    accepts: isTypes,
  },
});
