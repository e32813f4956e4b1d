// The version of a body's list in force on a day: the latest effective by then (core versionInForce's rule, in SQL).
import type { ListKind } from '@fazhi/core/enforcement-lists';
import type { Db } from '../../../platform/db/connection';

export async function versionsInForce(
  db: Db,
  regionCode: string,
  bodyOrgId: string,
  day: string,
  kinds: readonly ListKind[],
) {
  return db
    .selectFrom('enforcement_lists')
    .distinctOn('kind')
    .select(['id', 'kind', 'version_no', 'effective_from', 'is_demo'])
    .where('region_code', '=', regionCode)
    .where('body_org_id', '=', bodyOrgId)
    .where('kind', 'in', kinds)
    .where('effective_from', '<=', day)
    .orderBy('kind')
    .orderBy('effective_from', 'desc')
    .orderBy('version_no', 'desc')
    .execute();
}
