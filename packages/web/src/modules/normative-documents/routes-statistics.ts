import type { ConsoleRoute } from '../../shell/routes';

export const statisticsPages: readonly ConsoleRoute[] = [];
