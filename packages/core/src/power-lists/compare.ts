// Two versions of a list compared by code: the items added, removed and changed (field by field), and the reduction
// a region reports (seed 001: 梳理出现有权力事项2751项，取消、下放、转移和整合部门权力事项1467项，精简比例达53.3%).
import { ratePercent } from '../statistics';
import { changedFields, itemFieldLabels, type ListItem } from './items';

export interface FieldChange {
  field: keyof ListItem;
  label: string;
}

export interface VersionComparison {
  added: ListItem[];
  removed: ListItem[];
  changed: { from: ListItem; to: ListItem; fields: FieldChange[] }[];
  /** items of the earlier version a body no longer exercises in the later one: removed, merged away or delegated */
  reduced: number;
  /** reduced over the earlier version's items, in percent to one decimal (null for an empty earlier version) */
  reductionPercent: number | null;
}

export function compareItems(from: readonly ListItem[], to: readonly ListItem[]): VersionComparison {
  const before = new Map(from.map((i) => [i.code, i]));
  const after = new Map(to.map((i) => [i.code, i]));
  const added = to.filter((i) => !before.has(i.code));
  const removed = from.filter((i) => !after.has(i.code));
  const changed = from
    .filter((i) => after.has(i.code))
    .map((i) => ({ from: i, to: after.get(i.code)!, fields: changedFields(i, after.get(i.code)!) }))
    .filter((c) => c.fields.length > 0)
    .map((c) => ({ ...c, fields: c.fields.map((f) => ({ field: f, label: itemFieldLabels[f] })) }));
  const delegated = changed.filter((c) => c.fields.some((f) => f.field === 'bodyOrgId')).length;
  const reduced = removed.length + delegated;
  return { added, removed, changed, reduced, reductionPercent: ratePercent(reduced, from.length) };
}
