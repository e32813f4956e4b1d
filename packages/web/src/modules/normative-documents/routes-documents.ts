import type { ConsoleRoute } from '../../shell/routes';

export const documentPages: readonly ConsoleRoute[] = [];
