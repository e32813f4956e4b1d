import type { PortalRoute } from '../../shell/routes';

export const participationPages: readonly PortalRoute[] = [];
