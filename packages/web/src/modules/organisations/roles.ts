import { roleLabels, roles, scopeKindLabels } from '@fazhi/core/access';

export const roleOptions = roles.map((r) => ({ value: r, label: roleLabels[r] }));
// The platform scope is granted only by the platform administrator's own tools, not from a unit's user list.
export const scopeOptions = (['own_org', 'org_subtree', 'region_subtree'] as const).map((s) => ({
  value: s,
  label: scopeKindLabels[s],
}));
