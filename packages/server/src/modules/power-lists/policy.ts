// Who may do what with a region's lists. A list is the region's (the government publishes it); its items belong to
// their implementing bodies. Reading: the record readers, each item through the scope chokepoint on its body.
// Adjusting: a department's legal staff for its own items, the justice bureau for the region's (every body an
// adjustment touches — the item's body before and after — must be in the actor's reach). Importing a whole list:
// region-wide only, since it replaces every body's items.
import type { ScopeTarget } from '@fazhi/core/access';
import type { PowerListAction } from '@fazhi/core/power-lists';
import { definePolicy } from '../../platform/access/policy';

export interface PowerListRecord {
  regionPath: string;
  regionName: string;
  listLabel: string;
  /** the bodies whose items an act touches (none for the list as a whole) */
  bodies: readonly ScopeTarget[];
}

const atRegion = (r: PowerListRecord): ScopeTarget => ({ orgId: '', orgPath: '', regionPath: r.regionPath });

export const powerListPolicy = definePolicy<PowerListRecord, PowerListAction>(
  'power_list',
  {
    read: (p) => p.holds('power_list.read'),
    adjust: (p, r) =>
      r.bodies.length === 0 ? p.holds('power_list.adjust') : r.bodies.every((b) => p.can('power_list.adjust', b)),
    import: (p, r) => p.can('power_list.import', atRegion(r)),
  },
  {
    read: (r) => `查看${r.regionName}${r.listLabel}`,
    adjust: (r) => `调整${r.regionName}${r.listLabel}中这些实施主体的事项`,
    import: (r) => `整体导入${r.regionName}${r.listLabel}（须为本行政区域的管理权限）`,
  },
);
