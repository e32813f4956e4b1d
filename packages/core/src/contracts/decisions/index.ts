// 重大行政决策 (major decisions): the decision catalogue's answers — the console's list and version with its items
// and abilities, and the portal's catalogue of the year with each item's history across versions.
import { z } from 'zod';
import {
  catalogueActions,
  catalogueStatuses,
  expertActions,
  itemChanges,
  optionalSteps,
  publicStageLabels,
} from '../../major-decisions';
import { abilitiesOf, isoDate, keysOf } from '../platform/common';

const choice = z.object({ id: z.string(), name: z.string() });

export const decisionCatalogueItem = z.object({
  id: z.string(),
  itemKey: z.string(),
  seq: z.number(),
  title: z.string(),
  sponsorOrgId: z.string(),
  sponsorName: z.string(),
  legalBasis: z.string(),
  policyBasis: z.string(),
  plannedStart: isoDate,
  plannedFinish: isoDate,
  applicableSteps: z.array(z.enum(optionalSteps)),
  applicableStepLabels: z.array(z.string()),
  /** every step of the item's procedure in order, with the article that requires it */
  steps: z.array(z.object({ label: z.string(), basis: z.string() })),
});
export type DecisionCatalogueItem = z.infer<typeof decisionCatalogueItem>;

export const catalogueVersionRow = z.object({
  id: z.string(),
  versionNo: z.number(),
  status: z.enum(catalogueStatuses),
  statusLabel: z.string(),
  adjustmentReason: z.string().nullable(),
  partyConsentOn: isoDate.nullable(),
  publishedOn: isoDate.nullable(),
});
export type CatalogueVersionRow = z.infer<typeof catalogueVersionRow>;

export const decisionCatalogue = catalogueVersionRow.extend({
  regionCode: z.string(),
  bodyOrgId: z.string(),
  bodyName: z.string(),
  year: z.number(),
  partyConsentRecord: z.string().nullable(),
  isDemo: z.boolean(),
  items: z.array(decisionCatalogueItem),
  /** the year's versions of this body's catalogue, the first first */
  versions: z.array(catalogueVersionRow),
  /** the units an item's 承办单位 may be (the body's region and below), for the item form */
  sponsors: z.array(choice),
  /** the steps an item may mark as applying, with when the regulation calls for each (the item form's choices) */
  stepChoices: z.array(z.object({ value: z.enum(optionalSteps), label: z.string() })),
  abilities: abilitiesOf(catalogueActions),
});
export type DecisionCatalogue = z.infer<typeof decisionCatalogue>;

export const decisionCatalogueRow = catalogueVersionRow.extend({
  bodyName: z.string(),
  year: z.number(),
  itemCount: z.number(),
  isDemo: z.boolean(),
});
export type DecisionCatalogueRow = z.infer<typeof decisionCatalogueRow>;

export const decisionCatalogueList = z.object({
  items: z.array(decisionCatalogueRow),
  /** the decision bodies whose catalogue the user may draft */
  bodies: z.array(choice),
});
export type DecisionCatalogueList = z.infer<typeof decisionCatalogueList>;

export const createdCatalogue = z.object({ id: z.string() });

const historyEntry = z.object({
  versionNo: z.number(),
  publishedOn: isoDate,
  change: z.enum(itemChanges),
  changeLabel: z.string(),
  reason: z.string().nullable(),
});

export const publicCatalogueItem = z.object({
  itemKey: z.string(),
  title: z.string(),
  sponsorName: z.string(),
  legalBasis: z.string(),
  policyBasis: z.string(),
  plannedStart: isoDate,
  plannedFinish: isoDate,
  steps: z.array(z.string()),
  history: z.array(historyEntry),
  /** where the item stands, from the decision record started from it (core public-stage.ts) */
  stage: keysOf(publicStageLabels),
  stageLabel: z.string(),
  /** the published decision's id, when there is one for the public to read */
  decisionId: z.string().nullable(),
});
export type PublicCatalogueItem = z.infer<typeof publicCatalogueItem>;

export const publicCatalogue = z.object({
  bodyName: z.string(),
  year: z.number(),
  versionNo: z.number(),
  publishedOn: isoDate,
  partyConsentOn: isoDate,
  isDemo: z.boolean(),
  items: z.array(publicCatalogueItem),
  /** items taken out of the catalogue by an adjustment, with their history */
  removed: z.array(publicCatalogueItem),
  adjustments: z.array(z.object({ versionNo: z.number(), publishedOn: isoDate, reason: z.string() })),
});
export type PublicCatalogue = z.infer<typeof publicCatalogue>;

export const publicCatalogues = z.object({
  year: z.number(),
  /** the years with a published catalogue, latest first */
  years: z.array(z.number()),
  catalogues: z.array(publicCatalogue),
});
export type PublicCatalogues = z.infer<typeof publicCatalogues>;

export const decisionExpert = z.object({
  id: z.string(),
  regionCode: z.string(),
  name: z.string(),
  field: z.string(),
  employer: z.string(),
  termFrom: isoDate,
  termTo: isoDate,
  conflicts: z.array(z.string()),
  isDemo: z.boolean(),
});
export type DecisionExpert = z.infer<typeof decisionExpert>;

const poolRegion = z.object({
  code: z.string(),
  name: z.string(),
  abilities: abilitiesOf(expertActions),
});

export const decisionExpertList = z.object({
  items: z.array(decisionExpert),
  /** the regions whose pool the user reads, with what the user may do there */
  regions: z.array(poolRegion),
});
export type DecisionExpertList = z.infer<typeof decisionExpertList>;

export const expertDraw = z.object({
  id: z.string(),
  regionCode: z.string(),
  matter: z.string(),
  field: z.string(),
  count: z.number(),
  interests: z.array(z.string()),
  seed: z.string(),
  candidates: z.array(z.object({ id: z.string(), name: z.string() })),
  excluded: z.array(z.object({ id: z.string(), name: z.string(), reason: z.string() })),
  drawn: z.array(z.object({ id: z.string(), name: z.string(), employer: z.string() })),
  drawnOn: isoDate,
  /** the draw recomputed from its recorded seed and candidates gives the same experts */
  verified: z.boolean(),
  isDemo: z.boolean(),
});
export type ExpertDraw = z.infer<typeof expertDraw>;
export const expertDrawList = z.object({ items: z.array(expertDraw) });
export * from './records';
export * from './after';
export * from './portal';
export * from './steps';
export * from './statistics';
