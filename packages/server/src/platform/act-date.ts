// The date given for an act: it may be in the past (recording a paper act) but not after today (北京时间, the
// platform clock's). Every module's recorded acts and the shared consultation and review check their dates here.
import type { Clock } from './clock';
import { invalid } from './errors';

/** A date given for an act may be in the past (recording a paper act) but not after today (北京时间, the clock's). */
export function actDate(clock: Clock, given: string | undefined, field: string): string {
  const t = clock.today();
  if (!given) return t;
  if (given > t)
    throw invalid('DATE_IN_FUTURE', `${field}不能晚于今天（${t}）`, [{ path: field, message: '不能晚于今天' }]);
  return given;
}
