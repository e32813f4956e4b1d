// How another module looks up a list item by its code (事项编码, unique within a version and kept across versions):
// the item of the version in force on a day, or null when the list has none by that code then. The list in force
// is public (the portal shows it), so no actor is asked; a module that shows the item to a user applies its own
// scope to its own record. Named by code, the discretion benchmarks and the 告知承诺制 join their records to the
// powers list without reading its tables.
import {
  itemLinkProblem,
  type ItemLink,
  type LinkedItem,
  type LinkingBody,
  type ListItem,
  type ListKind,
  type PowerItemKind,
} from '@fazhi/core/power-lists';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../platform/db/connection';
import { invalid, type FieldError } from '../../../platform/errors';
import { powerListSettings } from '../settings';
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

/** The items of the list in force on a day that these codes name, by code (one statement however many codes). */
export async function itemsInForceByCode(
  db: Db,
  q: { regionCode: string; listKind: ListKind; codes: readonly string[]; on: string },
): Promise<Map<string, LinkedItem>> {
  const found = new Map<string, LinkedItem>();
  const codes = [...new Set(q.codes)];
  const { inForce } = await versionStanding(db, q.regionCode, q.listKind, q.on);
  if (inForce === null || codes.length === 0) return found;
  const rows = await versionItems(db, q.regionCode, q.listKind, inForce, {})
    .where('i.code', 'in', codes)
    .select(['i.code', 'i.item_kind', 'i.body_org_id', 'o.name as body_name'])
    .execute();
  for (const r of rows) found.set(r.code, { itemKind: r.item_kind, bodyOrgId: r.body_org_id, bodyName: r.body_name });
  return found;
}

/** Whether the region requires other modules' item codes to name an item of its list in force (settings.ts). */
export const itemCodesChecked = (db: Db, regionCode: string) =>
  powerListSettings.read(db, regionCode, 'power-lists.item-codes.checked');

/**
 * Refuses entries whose code does not name an item of the list in force today at the entering body (core
 * `itemLinkProblem`), each named at its request field or import cell (`path`), all at once — where the region
 * requires it. Called inside the entering command's write transaction.
 */
export async function refuseItemsNotInForce(
  db: Db,
  q: {
    regionCode: string;
    link: ItemLink;
    body: LinkingBody;
    on: string;
    entries: readonly { code: string; path: string }[];
  },
): Promise<void> {
  if (q.entries.length === 0 || !(await itemCodesChecked(db, q.regionCode))) return;
  const found = await itemsInForceByCode(db, {
    regionCode: q.regionCode,
    listKind: q.link.listKind,
    codes: q.entries.map((e) => e.code),
    on: q.on,
  });
  const fields: FieldError[] = [];
  for (const e of q.entries) {
    const problem = itemLinkProblem(q.link, e.code, q.body, found.get(e.code) ?? null);
    if (problem) fields.push({ path: e.path, message: problem });
  }
  if (fields.length)
    throw invalid(
      'ITEM_NOT_IN_LIST',
      fields.length === 1
        ? fields[0]!.message
        : `有${fields.length}个事项编码不是本单位现行清单中的事项：${fields[0]!.message}`,
      fields,
    );
}

/**
 * For a page that lists entries naming items by code: why each entry's item is no longer in the list in force on
 * `on` at its body (core `itemLinkProblem`), or null — derived on every read, never stored; null throughout in a
 * region that does not require the check. One lookup per region and list.
 */
export async function itemLinkWarnings(
  db: Db,
  on: string,
  entries: readonly { regionCode: string; link: ItemLink; code: string; body: LinkingBody }[],
): Promise<(string | null)[]> {
  const groups = new Map<string, { regionCode: string; listKind: ListKind; codes: string[] }>();
  for (const e of entries) {
    const key = `${e.regionCode}|${e.link.listKind}`;
    const g = groups.get(key) ?? { regionCode: e.regionCode, listKind: e.link.listKind, codes: [] };
    g.codes.push(e.code);
    groups.set(key, g);
  }
  const found = new Map<string, Map<string, LinkedItem> | null>();
  for (const [key, g] of groups)
    found.set(key, (await itemCodesChecked(db, g.regionCode)) ? await itemsInForceByCode(db, { ...g, on }) : null);
  return entries.map((e) => {
    const items = found.get(`${e.regionCode}|${e.link.listKind}`);
    return items ? itemLinkProblem(e.link, e.code, e.body, items.get(e.code) ?? null) : null;
  });
}
