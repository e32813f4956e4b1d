// The shared consultation's console menu entry and portal entry (declared in core, contracts/platform/
// participation-pages.ts): the 公众意见处理 desk is shown to whoever conducts some lent kind's consultation — the
// entry carries the first such action the user holds, as a module's entry carries its own; 合法性审查 likewise for
// whoever reviews some lent kind's drafts —, and 意见征集 is on the
// portal once some module lends a kind with a consultation.
import {
  legalityReviewMenu,
  menuItems,
  participationMenu,
  participationPortal,
  portalItems,
  participationPortalDescriptions,
} from '@fazhi/core/modules';
import { assignmentsFor } from '@fazhi/core/access';
import type { Actor } from '../access/actor';
import type { Services } from '../services';
import { consultationKinds } from './desk';
import { reviewedKinds } from './review-queries';

export function participationMenuFor(services: Services, actor: Actor) {
  const held = consultationKinds(services).find(
    ({ action }) => assignmentsFor(services.registry.grants, actor.assignments, action).length > 0,
  );
  const reviews = reviewedKinds(services, actor)[0];
  return [
    ...(held ? menuItems(participationMenu).map((item) => ({ ...item, action: held.action })) : []),
    ...(reviews ? menuItems(legalityReviewMenu).map((item) => ({ ...item, action: reviews.action })) : []),
  ];
}

export function participationPortalFor(services: Services) {
  if (consultationKinds(services).length === 0) return [];
  return portalItems(participationPortal, participationPortalDescriptions).map((e) => ({
    ...e,
    module: 'participation',
    moduleName: '公众参与',
  }));
}
