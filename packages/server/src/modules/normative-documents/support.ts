// Small helpers of the module: the date of an act checked against today, per-jurisdiction settings, the justice
// bureau that reviews and files for a region, and the hashed client address kept for rate limits.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import type { ValiditySettings } from '@fazhi/core/normative-documents';
import type { Db } from '../../platform/db/connection';
import type { Tx } from '../../platform/write';
import { nearestRegionSetting } from '../../platform/deadlines';
import { normativeSettings } from './settings';

export { actDate } from '../../platform/act-date';
export { justiceBureauFor, ipHash } from '../../platform/participation/support';

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

export const SUBJECT = 'normative_document';
export const REQUEST_SUBJECT = 'normative_review_request';
export const CAMPAIGN_SUBJECT = 'normative_cleanup_campaign';
export const documentLink = (id: string) => consoleLink(normativeMenu, 'normative-documents', id);
