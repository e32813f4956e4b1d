// How another module looks up a list item by its code (事项编码, unique within a version and kept across versions):
// the item of the version in force on a day, or null when the list has none by that code then. The list in force
// is public (the portal shows it), so no actor is asked; a module that shows the item to a user applies its own
// scope to its own record. Named by code, the discretion benchmarks and the 告知承诺制 join their records to the
// powers list without reading its tables.
import type { ListItem, ListKind } from '@fazhi/core/power-lists';
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
