export const SHELL_BUDGET_BYTES: number;
export function measureShellBundle(distDir?: string): { total: number; files: { file: string; gzip: number }[] };
