export function webBuildIsStale(): boolean;
export function buildWebIfStale(opts?: { quiet?: boolean }): boolean;
export function buildWebIfStaleInBackground(opts?: { quiet?: boolean }): Promise<boolean>;
export const antdStyleDir: string;
export function antdImports(dir?: string): string[];
