export function childrenCpuSeconds(stat?: string | null): number | null;
export interface Measured {
  status: number | string | null;
  stdout: string;
  stderr: string;
  wall: number;
  cpu: number | null;
}
export function runMeasured(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; live: boolean },
): Promise<Measured>;
export function inPool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]>;
export function timingTable(rows: { title: string; wall: number; cpu: number | null }[], totalWall: number): string;
