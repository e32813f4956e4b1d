export function webBuildIsStale(): boolean;
export function buildWebIfStale(opts?: { quiet?: boolean }): boolean;
