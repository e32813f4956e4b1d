export const DEFAULT_CHROMIUM: string;
export interface MachineFacts {
  chromium: string;
  custom: boolean;
  hasChromium: boolean;
  hasCjkFonts: boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}
export function browserPlan(
  m: MachineFacts,
): { action: 'ready' } | { action: 'install'; packages: string[] } | { action: 'stop'; message: string };
export function machineFacts(env?: NodeJS.ProcessEnv): MachineFacts;
export function ensureBrowser(env?: NodeJS.ProcessEnv): string | null;
