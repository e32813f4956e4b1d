import type { PortalRoute } from '../../shell/routes';

export const cataloguePages: readonly PortalRoute[] = [];
