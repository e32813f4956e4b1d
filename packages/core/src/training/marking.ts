// 自动阅卷: a question scores its points when the answer given is exactly the right options — a multiple-choice
// question with one option missing or one too many scores nothing (no partial credit; no statute fixes the marking,
// this is the usual rule of objective-question exams) — and a sitting passes at the exam's pass mark.

export interface MarkedQuestion {
  points: number;
  correct: readonly string[];
  given: readonly string[] | null;
}

export function isRight(correct: readonly string[], given: readonly string[] | null): boolean {
  if (!given) return false;
  const a = [...new Set(correct)].sort();
  const b = [...new Set(given)].sort();
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function score(questions: readonly MarkedQuestion[]): number {
  return questions.reduce((s, q) => s + (isRight(q.correct, q.given) ? q.points : 0), 0);
}

export const passes = (scored: number, passMark: number) => scored >= passMark;

/** When a sitting's time runs out: its start plus the exam's minutes (ISO instants). */
export function sittingEndsAt(startedAt: string, minutes: number): string {
  return new Date(Date.parse(startedAt) + minutes * 60_000).toISOString();
}
