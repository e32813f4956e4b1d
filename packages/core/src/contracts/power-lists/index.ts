// 权责清单与事项清单: the answers of the lists, their versions and items, an adjustment, the comparison of two
// versions and the portal's search. Enumerations are core's lists (power-lists/kinds.ts).
import { z } from 'zod';
import { adjustmentKindLabels, listKindLabels, powerItemKindLabels, powerListActions } from '../../power-lists/kinds';
import { itemFieldLabels } from '../../power-lists/items';
import { abilitiesOf, isoDate, isoInstant, keysOf, pageOf } from '../platform/common';

export * from './pages';

export const itemLegalBasis = z.object({ law: z.string(), article: z.string(), clause: z.string() });

export const listItem = z.object({
  code: z.string(),
  name: z.string(),
  itemKind: keysOf(powerItemKindLabels),
  itemKindLabel: z.string(),
  subItems: z.array(z.string()),
  legalBases: z.array(itemLegalBasis),
  bodyOrgId: z.string(),
  bodyName: z.string(),
  responsibilities: z.array(z.string()),
  accountability: z.array(z.string()),
  extra: z.record(z.string(), z.string()),
  /** the version this revision of the item entered the list */
  sinceVersion: z.number(),
});
export type PowerListItem = z.infer<typeof listItem>;

export const powerListVersion = z.object({
  id: z.string(),
  versionNo: z.number(),
  adjustmentKind: keysOf(adjustmentKindLabels),
  adjustmentKindLabel: z.string(),
  reason: z.string(),
  approvedBy: z.string(),
  approvedOn: isoDate,
  effectiveOn: isoDate,
  /** in force today (the newest whose effective date has come), or later, or superseded */
  standing: z.enum(['in_force', 'pending', 'superseded']),
  itemCount: z.number(),
  recordedAt: isoInstant,
  isDemo: z.boolean(),
});
export type PowerListVersion = z.infer<typeof powerListVersion>;

export const powerListSummary = z.object({
  listKind: keysOf(listKindLabels),
  label: z.string(),
  basis: z.string(),
  columns: z.array(
    z.object({ key: z.string(), label: z.string(), required: z.boolean(), options: z.array(z.string()).optional() }),
  ),
  itemKinds: z.array(keysOf(powerItemKindLabels)),
  versionInForce: z.number().nullable(),
  newestVersion: z.number().nullable(),
  itemsInForce: z.number(),
  abilities: abilitiesOf(powerListActions),
});
export type PowerListSummary = z.infer<typeof powerListSummary>;

export const powerListOverview = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  lists: z.array(powerListSummary),
  /** the units whose items the user may adjust (the adjustment form's 实施主体 and 承接单位) */
  adjustableBodies: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type PowerListOverview = z.infer<typeof powerListOverview>;

export const powerListVersions = z.object({ items: z.array(powerListVersion) });

export const powerListItemPage = pageOf(listItem).extend({ versionNo: z.number().nullable() });
export type PowerListItemPage = z.infer<typeof powerListItemPage>;

export const itemChange = z.object({
  code: z.string(),
  name: z.string(),
  fields: z.array(z.object({ field: keysOf(itemFieldLabels), label: z.string(), from: z.string(), to: z.string() })),
});

export const powerListComparison = z.object({
  from: z.number(),
  to: z.number(),
  addedCount: z.number(),
  removedCount: z.number(),
  changedCount: z.number(),
  reduced: z.number(),
  reductionPercent: z.number().nullable(),
  /** the first items of each kind of change (the counts say how many there are) */
  added: z.array(listItem),
  removed: z.array(listItem),
  changed: z.array(itemChange),
});
export type PowerListComparison = z.infer<typeof powerListComparison>;

export const powerListImportResult = z.object({
  imported: z.number(),
  versionNo: z.number().nullable(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
  /** more problems than the report lists */
  errorsTruncated: z.boolean(),
});
export type PowerListImportResult = z.infer<typeof powerListImportResult>;

/** The portal: the version in force of a list, searched. */
export const publicPowerListPage = pageOf(listItem).extend({
  listKind: keysOf(listKindLabels),
  label: z.string(),
  versionNo: z.number().nullable(),
  effectiveOn: isoDate.nullable(),
  regionName: z.string(),
  totalCapped: z.boolean(),
});
export type PublicPowerListPage = z.infer<typeof publicPowerListPage>;
export * from './statistics';
