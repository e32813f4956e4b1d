export interface Job {
  id: string;
  long?: boolean;
  timed?: boolean;
}
export function niceOf(job: Job, jobs: Job[]): number;
export function idleBeside(pending: Job[], running: Job[]): boolean;
export function toStart<J extends Job>(pending: J[], running: J[], cores: number, cost: (job: J) => number): J[];
export function runPipeline<J extends Job, R>(
  jobs: J[],
  opts: {
    cores: number;
    cost: (job: J) => number;
    start: (job: J, how: { idle: boolean }) => Promise<R>;
    onEnd?: (job: J, result: R) => void;
    onLongEnd?: (running: J[]) => void;
  },
): Promise<Map<string, R>>;
export function parseRecorded(text: string): Record<string, number>;
