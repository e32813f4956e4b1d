// The public deadline calculator: the statute catalogue and one computation with a region's calendar and settings.
// No sign-in: the rules and holiday arrangements are public law, and the answer carries its explanation.
import {
  CalendarError,
  amountLabel,
  basisOf,
  computeDeadline,
  statuteCatalogue,
  ruleGroupOf,
  unitLabels,
  type Pause,
} from '@fazhi/core/calendar';
import { AppError, badRequest, invalid } from '../../../platform/errors';
import { calendarOf, loadCalendarSnapshot, loadJurisdictionSettings, regionChain } from '../../../platform/deadlines';
import type { Services } from '../../../platform/services';
import { pauseList } from '../schemas';
import type { DeadlineResult, DeadlineRuleSummary } from '@fazhi/core/contracts';

/** The rules the public calculator offers: not a term of validity, whose length is a region's setting, not a period to count. */
export const publicRules = statuteCatalogue.filter((r) => !r.validity);

export function listPublicRules(): { items: DeadlineRuleSummary[] } {
  return {
    items: publicRules.map((r) => ({
      id: r.id,
      title: r.title,
      basis: basisOf(r),
      unit: r.unit,
      unitLabel: unitLabels[r.unit],
      amount: r.amount,
      amountLabel: amountLabel(r.amount, r.unit),
      direction: r.direction,
      limit: r.limit,
      pausable: r.pausable,
      extension: r.extension ? { amount: r.extension.amount, unit: r.extension.unit } : null,
      module: ruleGroupOf(r),
    })),
  };
}

export interface PublicDeadlineQuery {
  rule: string;
  from: string;
  extended?: 'true' | 'false' | undefined;
  pause?: string | string[] | undefined;
  region?: string | undefined;
}

const fieldOf: Partial<Record<CalendarError['code'], { status: 400 | 422; path: string }>> = {
  INVALID_DATE: { status: 400, path: 'from' },
  INVALID_DATETIME: { status: 400, path: 'from' },
  INVALID_PAUSE: { status: 400, path: 'pause' },
  NOT_PAUSABLE: { status: 422, path: 'pause' },
  NO_EXTENSION: { status: 422, path: 'extended' },
  INVALID_RESTART: { status: 400, path: 'from' },
};

export async function computePublicDeadline(services: Services, q: PublicDeadlineQuery): Promise<DeadlineResult> {
  if (!publicRules.some((r) => r.id === q.rule)) throw new AppError(404, 'RULE_NOT_FOUND', `期限规则“${q.rule}”不存在`);
  let chain: string[] = [];
  if (q.region) {
    const region = await services.db
      .selectFrom('regions')
      .select('code')
      .where('code', '=', q.region)
      .executeTakeFirst();
    if (!region) throw new AppError(404, 'REGION_NOT_FOUND', `行政区划“${q.region}”不存在`);
    chain = await regionChain(services.db, q.region);
  }
  const calendar = calendarOf(await loadCalendarSnapshot(services.db), chain);
  const settings = q.region ? await loadJurisdictionSettings(services.db, q.region) : {};
  const pauses = pauseList(q.pause).map((p): Pause => {
    const [from = '', to] = p.split('..');
    return { from, to: to ?? from };
  });
  try {
    return computeDeadline(calendar, q.rule, { from: q.from, pauses, extended: q.extended === 'true', settings });
  } catch (e) {
    if (!(e instanceof CalendarError)) throw e;
    const field = fieldOf[e.code];
    if (field?.status === 400) throw badRequest(e.message, [{ path: field.path, message: e.message }]);
    throw invalid(e.code, e.message, field ? [{ path: field.path, message: e.message }] : undefined);
  }
}
