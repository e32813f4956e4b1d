export const ALONE: Readonly<Record<string, string>>;
export const SHARE_BELOW_CPU: number;
export const GROUP_UP_TO_CPU: number;
export const CPU_PER_BYTE: number;
export function partOf(file: string): string;
export function wallFrom(
  recorded: Readonly<Record<string, number>>,
  estimate: (file: string) => number,
): (file: string) => number;
export function groupFiles(
  files: readonly string[],
  cost: { cpu: (file: string) => number; wall: (file: string) => number },
  opts?: { shareBelow?: number; groupUpTo?: number; alone?: Readonly<Record<string, string>> },
): string[][];
