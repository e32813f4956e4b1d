// Small helpers of the module: the date of an act checked against today, per-jurisdiction settings, the justice
// bureau that reviews and files for a region, and the hashed client address kept for rate limits.
import { createHash } from 'node:crypto';
import { validitySettingsFor, type ValiditySettings } from '@fazhi/core/normative-documents';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/connection';
import type { Tx } from '../../platform/write';
import { regionChain } from '../../platform/deadlines';
import { invalid } from '../../platform/errors';

/** A date given for an act may be in the past (recording a paper act) but not after today (北京时间, the clock's). */
export function actDate(clock: Clock, given: string | undefined, field: string): string {
  const t = clock.today();
  if (!given) return t;
  if (given > t)
    throw invalid('DATE_IN_FUTURE', `${field}不能晚于今天（${t}）`, [{ path: field, message: '不能晚于今天' }]);
  return given;
}

/**
 * Module settings a jurisdiction may set (region_settings, inherited down the region tree: the nearest region wins).
 * Not statutory periods — those are `deadline.rule.<id>.amount` rows read by the calendar engine.
 */
export const settingDefaults = {
  // platform safeguards of the public consultation page (not law): longest comment, comments per address per hour
  'normative.comment.max-length': 2000,
  'normative.comment.rate-limit-per-hour': 10,
  // review requests per address per hour (same safeguard)
  'normative.review-request.rate-limit-per-hour': 5,
  // validity limits (seed 000 (六); 内蒙古 2013 办法), see core validity.ts
  'normative.validity.max-years': 5,
  'normative.validity.provisional-max-years': 2,
  // 施行 earlier than this many days after publication needs a recorded reason (core checkEffectiveGap: 《规章制定程序
  // 条例》第三十二条 and common local rules); 0 turns the check off
  'normative.effective-gap.min-days': 30,
  // 修改后通过: 0 = the revision that follows the review opinion goes to 集体审议 without a new legality review (the
  // opinion already reviewed those changes; common local practice under 国办发〔2018〕115号, the drafting unit explains
  // any opinion not followed to the deliberating body); 1 = the revised text is reviewed again (provinces that ask for
  // it set 1)
  'normative.legality-review.re-review-after-changes': 0,
} as const;
export type SettingKey = keyof typeof settingDefaults;

/** The row of the nearest region up the tree that sets `key`, with the rule it was set from (`source`). */
async function nearestSetting(db: Db | Tx, regionCode: string, key: SettingKey) {
  const chain = await regionChain(db, regionCode);
  const rows = await db
    .selectFrom('region_settings')
    .select(['region_code', 'value', 'source'])
    .where('region_code', 'in', chain)
    .where('key', '=', key)
    .execute();
  rows.sort((a, b) => chain.indexOf(b.region_code) - chain.indexOf(a.region_code));
  return rows[0];
}

export async function numberSetting(db: Db | Tx, regionCode: string, key: SettingKey): Promise<number> {
  const v = (await nearestSetting(db, regionCode, key))?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : settingDefaults[key];
}

/**
 * The region's own rule on the validity limit: the source recorded with the nearest `normative.validity.max-years`
 * setting ("《区落实法治建设试行意见》第（六）项"). Undefined when the region set no limit of its own or named no source —
 * the pre-check then cites the national sources with the limits in force.
 */
export async function validityRule(db: Db | Tx, regionCode: string): Promise<string | undefined> {
  return (await nearestSetting(db, regionCode, 'normative.validity.max-years'))?.source?.trim() || undefined;
}

export async function validitySettings(db: Db | Tx, regionCode: string): Promise<ValiditySettings> {
  return validitySettingsFor(regionCode, {
    validityMaxYears: await numberSetting(db, regionCode, 'normative.validity.max-years'),
    provisionalValidityMaxYears: await numberSetting(db, regionCode, 'normative.validity.provisional-max-years'),
  });
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
export const documentLink = (id: string) => `/console/normative-documents/${id}`;
