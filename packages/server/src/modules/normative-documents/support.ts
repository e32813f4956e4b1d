// Small helpers of the module: the date of an act checked against today, per-jurisdiction settings, the justice
// bureau that reviews and files for a region, and the hashed client address kept for rate limits.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { createHash } from 'node:crypto';
import type { ValiditySettings } from '@fazhi/core/normative-documents';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/connection';
import type { Tx } from '../../platform/write';
import { nearestRegionSetting, regionChain } from '../../platform/deadlines';
import { invalid } from '../../platform/errors';
import { normativeSettings } from './settings';

/** A date given for an act may be in the past (recording a paper act) but not after today (北京时间, the clock's). */
export function actDate(clock: Clock, given: string | undefined, field: string): string {
  const t = clock.today();
  if (!given) return t;
  if (given > t)
    throw invalid('DATE_IN_FUTURE', `${field}不能晚于今天（${t}）`, [{ path: field, message: '不能晚于今天' }]);
  return given;
}

/**
 * The region's own rule on the validity limit: the source recorded with the nearest `normative.validity.max-years`
 * setting ("《区落实法治建设试行意见》第（六）项"). Undefined when the region set no limit of its own or named no source —
 * the pre-check then cites the national sources with the limits in force.
 */
export async function validityRule(db: Db | Tx, regionCode: string): Promise<string | undefined> {
  return (await nearestRegionSetting(db, regionCode, 'normative.validity.max-years'))?.source?.trim() || undefined;
}

export async function validitySettings(db: Db | Tx, regionCode: string): Promise<ValiditySettings> {
  // each limit is the region's own or, unset, core's per-province table (the settings' declared default)
  return {
    validityMaxYears: await normativeSettings.read(db, regionCode, 'normative.validity.max-years'),
    provisionalValidityMaxYears: await normativeSettings.read(
      db,
      regionCode,
      'normative.validity.provisional-max-years',
    ),
  };
}

/** The justice bureau (政府法制机构) nearest to the region, up the region tree. */
export async function justiceBureauFor(db: Db | Tx, regionCode: string): Promise<{ id: string; name: string }> {
  const chain = await regionChain(db, regionCode);
  const rows = await db
    .selectFrom('orgs')
    .select(['id', 'name', 'region_code'])
    .where('kind', '=', 'justice_bureau')
    .where('region_code', 'in', chain)
    .execute();
  rows.sort((a, b) => chain.indexOf(b.region_code) - chain.indexOf(a.region_code));
  const found = rows[0];
  if (!found) throw invalid('NO_JUSTICE_BUREAU', '本行政区域尚未设置司法局（政府法制机构），无法办理审核、备案');
  return { id: found.id, name: found.name };
}

export function ipHash(ip: string | null): string | null {
  return ip ? createHash('sha256').update(`fazhi-normative:${ip}`).digest('hex') : null;
}

export const SUBJECT = 'normative_document';
export const REQUEST_SUBJECT = 'normative_review_request';
export const CAMPAIGN_SUBJECT = 'normative_cleanup_campaign';
export const documentLink = (id: string) => consoleLink(normativeMenu, 'normative-documents', id);
