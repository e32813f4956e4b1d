// The module-wide reads: the list a request names (the actor's region, its label), a version's items as core's
// ListItem, and the one writer of item revisions used by the adjustments, the import and the demo.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  indexTerms,
  listKindDefs,
  powerItemKindLabels,
  versionInForce,
  type ListItem,
  type ListKind,
} from '@fazhi/core/power-lists';
import type { Actor } from '../../platform/access/actor';
import type { Tx } from '../../platform/audit/write';
import type { Writer } from '../../platform/write';
import type { AdjustmentKind } from '@fazhi/core/power-lists';
import type { Db } from '../../platform/db/connection';
import { copyFrom, copyLine } from '../../platform/db/copy';
import { badRequest, notFound } from '../../platform/errors';
import type { PowerListRecord } from './policy';
import './tables';

/** The region a request's list belongs to: the one asked for, else the actor's own. */
export async function listRegion(db: Db | Tx, actor: Actor | null, regionCode: string | undefined) {
  const code = regionCode ?? actor?.homeRegionCode ?? null;
  if (!code) throw badRequest('请指定行政区划', [{ path: 'regionCode', message: '请指定行政区划' }]);
  const region = await db
    .selectFrom('regions')
    .select(['code', 'name', 'path'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!region) throw notFound('行政区划');
  return region;
}

export function listRecord(
  region: { name: string; path: string },
  listKind: ListKind,
  bodies: PowerListRecord['bodies'] = [],
): PowerListRecord {
  return { regionPath: region.path, regionName: region.name, listLabel: listKindDefs[listKind].label, bodies };
}

/** A list's versions, oldest first. */
export function versionsOf(db: Db | Tx, regionCode: string, listKind: ListKind) {
  return db
    .selectFrom('power_list_versions')
    .selectAll()
    .where('region_code', '=', regionCode)
    .where('list_kind', '=', listKind)
    .orderBy('version_no')
    .execute();
}

/** The version in force today and the newest, from the versions' effective dates. */
export async function versionStanding(db: Db | Tx, regionCode: string, listKind: ListKind, today: string) {
  const versions = await versionsOf(db, regionCode, listKind);
  const dates = versions.map((v) => ({ versionNo: v.version_no, effectiveOn: v.effective_on }));
  return {
    versions,
    inForce: versionInForce(dates, today),
    newest: versions.length ? versions[versions.length - 1]!.version_no : null,
  };
}

/** The condition "this revision is in version v" on items aliased i. */
export const inVersion = (v: number) =>
  sql<boolean>`(i.from_version <= ${v} AND (i.until_version IS NULL OR i.until_version > ${v}))`;

export interface ItemRow {
  code: string;
  name: string;
  item_kind: ListItem['itemKind'];
  sub_items: string[];
  legal_bases: ListItem['legalBases'];
  body_org_id: string;
  body_name: string;
  responsibilities: string[];
  accountability: string[];
  extra: Record<string, string>;
  from_version: number;
}

/** The columns of an item row and its body's name, on items aliased i joined to orgs aliased o. */
export const itemColumns = [
  'i.code',
  'i.name',
  'i.item_kind',
  'i.sub_items',
  'i.legal_bases',
  'i.body_org_id',
  'o.name as body_name',
  'i.responsibilities',
  'i.accountability',
  'i.extra',
  'i.from_version',
] as const;

export function toListItem(r: ItemRow): ListItem {
  return {
    code: r.code,
    name: r.name,
    itemKind: r.item_kind,
    subItems: r.sub_items,
    legalBases: r.legal_bases,
    bodyOrgId: r.body_org_id,
    responsibilities: r.responsibilities,
    accountability: r.accountability,
    extra: r.extra,
  };
}

export function presentItem(r: ItemRow) {
  return {
    ...toListItem(r),
    itemKindLabel: powerItemKindLabels[r.item_kind],
    bodyName: r.body_name,
    sinceVersion: r.from_version,
  };
}

/** The text an item is found by on the portal and in the console: name, code, sub-items, the laws it rests on. */
export function itemSearchText(i: ListItem) {
  return [i.code, i.name, ...i.subItems, ...i.legalBases.map((b) => b.law)].join(' ');
}

/**
 * Writes items as new revisions entering `version`, in one COPY (platform/db/copy.ts); the import writes its rows
 * the same way, a batch at a time, from `revisionLine`.
 */
export async function insertRevisions(
  tx: Tx,
  regionCode: string,
  listKind: ListKind,
  version: number,
  items: readonly ListItem[],
  isDemo: boolean,
  ids: readonly string[],
) {
  const line = (i: ListItem, k: number) => revisionLine(regionCode, listKind, version, i, isDemo, ids[k]!);
  await writeRevisionLines(tx, items.map(line).join(''));
}

/**
 * One item as a new revision entering `version`, a line of COPY text for `writeRevisionLines`, with the search
 * vector from core's index terms. The terms are given as they are (the vector's text form, lexemes without
 * positions), not parsed again by to_tsvector: they are already the lexemes, and a vector without positions (no
 * query of the lists uses them) is about half the size, which at 200,000 rows is less to write and to log.
 */
export function revisionLine(
  regionCode: string,
  listKind: ListKind,
  version: number,
  i: ListItem,
  isDemo: boolean,
  id: string,
) {
  return copyLine([
    regionCode,
    id,
    listKind,
    i.code,
    version,
    i.itemKind,
    i.name,
    JSON.stringify(i.subItems),
    JSON.stringify(i.legalBases),
    i.bodyOrgId,
    JSON.stringify(i.responsibilities),
    JSON.stringify(i.accountability),
    JSON.stringify(i.extra),
    indexTerms(itemSearchText(i)).join(' '),
    isDemo,
  ]);
}

const revisionColumns = [
  'region_code',
  'id',
  'list_kind',
  'code',
  'from_version',
  'item_kind',
  'name',
  'sub_items',
  'legal_bases',
  'body_org_id',
  'responsibilities',
  'accountability',
  'extra',
  'search_vector',
  'is_demo',
];

/** Writes revisions given as lines of `revisionLine`, in one COPY. */
export const writeRevisionLines = (tx: Tx, lines: string) => copyFrom(tx, 'power_list_items', revisionColumns, lines);

/** Ends the current revisions of these codes with the version before `version`. */
export async function closeRevisions(
  tx: Tx,
  regionCode: string,
  listKind: ListKind,
  version: number,
  codes: readonly string[] | 'all',
) {
  let q = tx
    .updateTable('power_list_items')
    .set({ until_version: version })
    .where('region_code', '=', regionCode)
    .where('list_kind', '=', listKind)
    .where('until_version', 'is', null);
  if (codes !== 'all') {
    if (codes.length === 0) return;
    q = q.where('code', 'in', codes);
  }
  await q.execute();
}

/** The version an adjustment, an import or the demo makes: its kind, reason, approval, dates and item count. */
export async function recordVersion(
  w: Writer,
  v: {
    regionCode: string;
    listKind: ListKind;
    versionNo: number;
    kind: AdjustmentKind;
    reason: string;
    approvedBy: string;
    approvedOn: string;
    effectiveOn: string;
    itemCount: number;
    isDemo: boolean;
  },
) {
  const id = randomUUID();
  await w.tx
    .insertInto('power_list_versions')
    .values({
      region_code: v.regionCode,
      id,
      list_kind: v.listKind,
      version_no: v.versionNo,
      adjustment_kind: v.kind,
      reason: v.reason,
      approved_by: v.approvedBy,
      approved_on: v.approvedOn,
      effective_on: v.effectiveOn,
      item_count: v.itemCount,
      recorded_by: w.ctx.actor?.userId ?? null,
      is_demo: v.isDemo,
    })
    .execute();
  return id;
}
