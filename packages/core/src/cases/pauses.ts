// The clock of a case stops for a time the law does not count — a 补正 (the applicant completing the application),
// a 中止 (suspension), the time a third party takes — and runs on when the cause ends: the deadline engine counts a
// period around the closed pauses it is given (core calendar `Pause`). A pause still open has no end yet; until it
// ends its deadlines are held, not counted (the platform's deadline status 'paused').
import type { IsoDate, Pause } from '../calendar';

export interface CasePause {
  cause: string;
  reason: string;
  from: IsoDate;
  /** the last day not counted; null while the pause lasts */
  to: IsoDate | null;
}

/** The pauses the engine counts around: the closed ones (an open pause holds its deadlines instead). */
export function closedPauses(pauses: readonly CasePause[]): Pause[] {
  return pauses
    .filter((p): p is CasePause & { to: IsoDate } => p.to !== null)
    .map((p) => ({ from: p.from, to: p.to, reason: p.reason }));
}

/** Whether a pause may end on `to`: not before it began (the day it began is the first day not counted). */
export function pauseEndProblem(p: CasePause, to: IsoDate): string | null {
  if (p.to !== null) return '该期间已经结束';
  if (to < p.from) return `结束日期不得早于开始日期 ${p.from}`;
  return null;
}
