// The answers of the 执法事前公示清单 module: a body's list versions, one version with its rows, the portal's lists
// in force, and the question a case asks of them (audio-video recording, legal review).
import { z } from 'zod';
import { listKinds, recordingStepLabels, reviewCategoryLabels } from '../../enforcement-lists/lists';
import { abilitiesOf, isoDate, keysOf } from '../platform/common';

export const enforcementListActions = ['read', 'publish'] as const;

export const enforcementListItem = z.object({
  seq: z.number(),
  itemCode: z.string(),
  itemName: z.string(),
  basis: z.string(),
  content: z.string(),
  method: z.string().nullable(),
  step: keysOf(recordingStepLabels).nullable(),
  stepLabel: z.string().nullable(),
  category: keysOf(reviewCategoryLabels).nullable(),
  categoryLabel: z.string().nullable(),
  level: z.string().nullable(),
  field: z.string().nullable(),
  amountFrom: z.number().nullable(),
  /** on a version in force or to come: why the row's item is no longer in the body's 权责清单 in force (null: it is) */
  itemWarning: z.string().nullable().optional(),
});
export type EnforcementListItem = z.infer<typeof enforcementListItem>;

export const enforcementListStandings = { in_force: '现行有效', scheduled: '待生效', superseded: '已被替代' } as const;

export const enforcementListVersion = z.object({
  id: z.string(),
  bodyOrgId: z.string(),
  bodyName: z.string(),
  kind: z.enum(listKinds),
  kindLabel: z.string(),
  versionNo: z.number(),
  effectiveFrom: isoDate,
  standing: keysOf(enforcementListStandings),
  standingLabel: z.string(),
  adjustmentReason: z.string().nullable(),
  itemCount: z.number(),
  isDemo: z.boolean(),
});
export type EnforcementListVersion = z.infer<typeof enforcementListVersion>;

export const enforcementListVersions = z.object({
  items: z.array(enforcementListVersion),
  /** the bodies the reader may publish lists for */
  bodies: z.array(z.object({ id: z.string(), name: z.string() })),
  kinds: z.array(z.object({ value: z.enum(listKinds), label: z.string(), basis: z.string() })),
});
export type EnforcementListVersions = z.infer<typeof enforcementListVersions>;

export const enforcementListDetail = enforcementListVersion.extend({
  kindBasis: z.string(),
  rows: z.array(enforcementListItem),
  abilities: abilitiesOf(enforcementListActions),
});
export type EnforcementListDetail = z.infer<typeof enforcementListDetail>;

export const createdEnforcementList = z.object({ id: z.string(), versionNo: z.number(), imported: z.number() });
export type CreatedEnforcementList = z.infer<typeof createdEnforcementList>;

export const publicEnforcementList = z.object({
  kind: z.enum(listKinds),
  kindLabel: z.string(),
  kindBasis: z.string(),
  versionNo: z.number(),
  effectiveFrom: isoDate,
  isDemo: z.boolean(),
  total: z.number(),
  rows: z.array(enforcementListItem),
});

export const publicEnforcementLists = z.object({
  basis: z.string(),
  /** the bodies of the portal's region with a list in force today */
  bodies: z.array(z.object({ id: z.string(), name: z.string() })),
  body: z.object({ id: z.string(), name: z.string() }).nullable(),
  lists: z.array(publicEnforcementList),
});
export type PublicEnforcementLists = z.infer<typeof publicEnforcementLists>;

const requirement = z.object({
  required: z.boolean(),
  reason: z.string(),
  basis: z.string().nullable(),
  listId: z.string().nullable(),
  listVersionNo: z.number().nullable(),
});

export const enforcementRequirement = z.object({
  bodyOrgId: z.string(),
  bodyName: z.string(),
  on: isoDate,
  itemCode: z.string(),
  audioVideo: requirement,
  legalReview: requirement,
});
export type EnforcementRequirement = z.infer<typeof enforcementRequirement>;
