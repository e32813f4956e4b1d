export const serverOutDir: string;
export function serverBuildIsStale(): boolean;
export function buildServer(): Promise<string>;
export function serverBundle(opts?: { quiet?: boolean }): Promise<string>;
export function bundleTests(
  units: (string | string[])[],
  outdir: string,
  opts?: { runner?: string },
): Promise<Map<string, string>>;
export function sourceOfBundled(file: string, outdir: string): string;
