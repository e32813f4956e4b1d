// The day an act is recorded on: the day the user gives, or today (北京时间, from the platform clock); never a day
// after today, since a record says what was done. Every module's recorded acts and the shared consultation and review
// check their dates here. The message names the field in Chinese (the registry's field labels: the platform's and
// the manifests'), never by its identifier.
import type { Clock } from './clock';
import { invalid } from './errors';
import { fieldLabel, type FieldLabels } from './http/field-labels';

export function actDate(
  services: { clock: Clock; registry: { fieldLabels: FieldLabels } },
  given: string | undefined,
  path: string,
  label?: string,
): string {
  const today = services.clock.today();
  if (!given) return today;
  if (given > today) {
    const name = label ?? fieldLabel(services.registry.fieldLabels, path) ?? path;
    throw invalid('DATE_IN_FUTURE', `${name}不能晚于今天（${today}）`, [{ path, message: '不能晚于今天' }]);
  }
  return given;
}
