// Who may read and change the working calendar. Holiday arrangements are public notices, so every role reads every
// region's calendar. Changing it is the system administrator's: the national years only with a platform-wide
// assignment (the 国务院办公厅 notice binds every region), a region's local holidays with an assignment whose scope
// covers that region.
import { roleGrants } from '@fazhi/core/access';
import type { Actor } from '../../platform/access/actor';
import { can, holdsAnywhere } from '../../platform/access/scope';
import type { Services } from '../../platform/services';

export function mayReadCalendar(services: Services, actor: Actor | null): boolean {
  return holdsAnywhere(services.registry.grants, actor, 'calendar.read');
}

export function mayManageNationalCalendar(services: Services, actor: Actor | null): boolean {
  return (
    actor !== null &&
    actor.assignments.some(
      (a) => a.scope === 'platform' && roleGrants(services.registry.grants, a.role, 'calendar.manage'),
    )
  );
}

/** A region is located by its path: only a region-wide (or platform) assignment can cover it. */
export function mayManageRegionCalendar(services: Services, actor: Actor | null, regionPath: string): boolean {
  return can(services.registry.grants, actor, 'calendar.manage', { orgId: '', orgPath: '', regionPath });
}
