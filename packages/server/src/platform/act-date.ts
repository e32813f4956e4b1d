// The day an act is recorded on: the day the user gives, or today (北京时间, from the platform clock); never a day
// after today, since a record says what was done.
import type { Clock } from './clock';
import { invalid } from './errors';

export function actDate(clock: Clock, given: string | undefined, path: string, label: string): string {
  const today = clock.today();
  if (!given) return today;
  if (given > today)
    throw invalid('DATE_IN_FUTURE', `${label}不能晚于今天（${today}）`, [{ path, message: '不能晚于今天' }]);
  return given;
}
