import type { ConsoleRoute } from '../../shell/routes';

export const reviewDeskPages: readonly ConsoleRoute[] = [];
