export function childrenCpuSeconds(stat?: string | null): number | null;
export function childrenCpuTimes(stat?: string | null): { user: number; sys: number } | null;
export function treeCpuTimes(pid: number | 'self'): { user: number; sys: number } | null;
export function liveChildrenCpuTimes(pid: number): { name: string; user: number; sys: number }[];
export function processCpuSeconds(pid: number): number | null;
export interface Measured {
  status: number | string | null;
  stdout: string;
  stderr: string;
  wall: number;
  cpu: number | null;
  timedOut: boolean;
}
export function runMeasured(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; live: boolean; limitMs?: number; nice?: number; idle?: boolean },
): Promise<Measured> & { pid: number | undefined };
export function descendantsOf(pid: number): number[];
export function unreapedCpuSeconds(file: string): number;
export function toNormalClass(pid: number): void;
export function timingTable(
  rows: { title: string; wall: number; cpu: number | null; start?: number }[],
  totalWall: number,
): string;
