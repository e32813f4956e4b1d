// How another module looks up a list item by its code (事项编码, unique within a version and kept across versions):
// the item of the version in force on a day, or null when the list has none by that code then. The list in force
// is public (the portal shows it), so no actor is asked; a module that shows the item to a user applies its own
// scope to its own record. Named by code, the discretion benchmarks and the 告知承诺制 join their records to the
// powers list without reading its tables.
import type { ListItem, ListKind, PowerItemKind } from '@fazhi/core/power-lists';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../platform/db/connection';
import { itemColumns, toListItem, versionStanding, type ItemRow } from '../support';
import { versionItems } from './lists';

export async function itemInForce(
  db: Db,
  q: { regionCode: string; listKind: ListKind; code: string; on: string },
): Promise<(ListItem & { bodyName: string; versionNo: number }) | null> {
  const { inForce } = await versionStanding(db, q.regionCode, q.listKind, q.on);
  if (inForce === null) return null;
  const row = (await versionItems(db, q.regionCode, q.listKind, inForce, {})
    .where('i.code', '=', q.code)
    .select(itemColumns)
    .executeTakeFirst()) as ItemRow | undefined;
  return row ? { ...toListItem(row), bodyName: row.body_name, versionNo: inForce } : null;
}

/**
 * The items of a list's version in force on a day, as a SQL source (id, code, name, item_kind, body_org_id) that
 * another module's figure joins by code without reading this module's tables (the discretion statistics' penalty
 * items without a benchmark). The version in force is core `versionInForce` in SQL: the highest version whose
 * effective day has come; none yet, no rows. Public like `itemInForce`: the caller scopes by the item's body.
 */
export function itemsInForceSql(q: {
  regionCode: string;
  listKind: ListKind;
  on: string;
  itemKind?: PowerItemKind;
}): RawBuilder<unknown> {
  return sql`SELECT i.id, i.code, i.name, i.item_kind, i.body_org_id FROM power_list_items i
    CROSS JOIN (SELECT max(version_no) AS v FROM power_list_versions
      WHERE region_code = ${q.regionCode} AND list_kind = ${q.listKind} AND effective_on <= ${q.on}::date) cur
    WHERE i.region_code = ${q.regionCode} AND i.list_kind = ${q.listKind}
      AND i.from_version <= cur.v AND (i.until_version IS NULL OR i.until_version > cur.v)
      ${q.itemKind ? sql`AND i.item_kind = ${q.itemKind}` : sql``}`;
}
