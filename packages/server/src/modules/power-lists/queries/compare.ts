// Any two versions of a list compared (issue 16 item 3), within what the actor may read. An item unchanged between
// them is one revision row in both, so only the revisions that end or begin between the two are read: an
// adjustment of a few items in a 200,000-item list compares in a few rows.
import { compareItems, listKindDefs, type ListItem, type ListKind } from '@fazhi/core/power-lists';
import type { PowerListComparison } from '@fazhi/core/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { authorize, policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import { invalid, notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { powerListPolicy } from '../policy';
import {
  inVersion,
  itemColumns,
  listRecord,
  listRegion,
  presentItem,
  toListItem,
  versionsOf,
  type ItemRow,
} from '../support';
import { ratePercent } from '@fazhi/core/statistics';

/** How many items of each kind of change the answer lists (the counts are exact). */
const SHOWN = 200;

const shown = (v: unknown) =>
  Array.isArray(v)
    ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('；')
    : typeof v === 'string'
      ? v
      : JSON.stringify(v);

export async function compareVersions(
  services: Services,
  actor: Actor,
  listKind: ListKind,
  q: { regionCode?: string; fromVersion: number; toVersion: number },
): Promise<PowerListComparison> {
  const region = await listRegion(services.db, actor, q.regionCode);
  authorize(policyContext(services.registry.grants, actor), powerListPolicy, 'read', listRecord(region, listKind));
  if (q.fromVersion >= q.toVersion)
    throw invalid('VERSIONS_ORDER', '请选择两个不同的版本，早版本在前', [
      { path: 'fromVersion', message: '应早于比较的新版本' },
    ]);
  const versions = await versionsOf(services.db, region.code, listKind);
  const newest = versions[versions.length - 1]?.version_no ?? 0;
  if (q.toVersion > newest) throw notFound(`第${q.toVersion}版${listKindDefs[listKind].label}`);
  const inScope = scopeFilter(services.registry.grants, actor, 'power_list.read', 'i.body_org_id');
  const base = () =>
    services.db
      .selectFrom('power_list_items as i')
      .innerJoin('orgs as o', 'o.id', 'i.body_org_id')
      .where('i.region_code', '=', region.code)
      .where('i.list_kind', '=', listKind)
      .where(inScope);
  const ended = (await base()
    .select(itemColumns)
    .where(inVersion(q.fromVersion))
    .where(sql<boolean>`i.until_version <= ${q.toVersion}`)
    .orderBy('i.code')
    .execute()) as ItemRow[];
  const begun = (await base()
    .select(itemColumns)
    .where(inVersion(q.toVersion))
    .where('i.from_version', '>', q.fromVersion)
    .orderBy('i.code')
    .execute()) as ItemRow[];
  const fromCount = await base()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(inVersion(q.fromVersion))
    .executeTakeFirstOrThrow();
  const endedRow = new Map(ended.map((r) => [r.code, r]));
  const begunRow = new Map(begun.map((r) => [r.code, r]));
  const c = compareItems(ended.map(toListItem), begun.map(toListItem));
  // the reduction is over every item of the earlier version in reach, not only those that changed
  const total = Number(fromCount.n);
  // a body is shown by its name, not its identifier
  const value = (r: ItemRow, field: keyof ListItem) =>
    field === 'bodyOrgId' ? r.body_name : shown(toListItem(r)[field]);
  return {
    from: q.fromVersion,
    to: q.toVersion,
    addedCount: c.added.length,
    removedCount: c.removed.length,
    changedCount: c.changed.length,
    reduced: c.reduced,
    reductionPercent: ratePercent(c.reduced, total),
    added: c.added.slice(0, SHOWN).map((i) => presentItem(begunRow.get(i.code)!)),
    removed: c.removed.slice(0, SHOWN).map((i) => presentItem(endedRow.get(i.code)!)),
    changed: c.changed.slice(0, SHOWN).map((x) => ({
      code: x.to.code,
      name: x.to.name,
      fields: x.fields.map((f) => ({
        field: f.field,
        label: f.label,
        from: value(endedRow.get(x.from.code)!, f.field),
        to: value(begunRow.get(x.to.code)!, f.field),
      })),
    })),
  };
}
