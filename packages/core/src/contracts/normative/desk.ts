// The review desk and the legal office's other records (server modules/normative-documents/queries: cleanup,
// review-requests, issuers, search-synonyms).
import { z } from 'zod';
import { cleanupOutcomes } from '../../normative-documents/procedure';
import { warningLevels } from '../../calendar/warning';
import { isoDate, pageOf } from '../platform/common';
import { documentStatus } from './documents';
import { recordDeadline } from '../platform/deadlines';

export const cleanupCampaignRow = z.object({
  id: z.string(),
  regionCode: z.string(),
  title: z.string(),
  kind: z.enum(['periodic', 'special']),
  triggerLaw: z.string().nullable(),
  openedOn: isoDate,
  status: z.enum(['open', 'published']),
  publishedOn: isoDate.nullable(),
  isDemo: z.boolean(),
});
export type CleanupCampaignRow = z.infer<typeof cleanupCampaignRow>;
export const cleanupCampaignList = z.object({ items: z.array(cleanupCampaignRow) });

export const cleanupItem = z.object({
  documentId: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  documentStatus,
  outcome: z.enum(cleanupOutcomes).nullable(),
  outcomeLabel: z.string().nullable(),
  reason: z.string().nullable(),
  decidedOn: isoDate.nullable(),
});
export type CleanupItem = z.infer<typeof cleanupItem>;

export const cleanupCampaign = cleanupCampaignRow.extend({
  items: z.array(cleanupItem),
  deadlines: z.array(recordDeadline),
});
export type CleanupCampaign = z.infer<typeof cleanupCampaign>;
/** The published campaign's counts per outcome, and the campaign again. */
export const cleanupPublished = z.object({
  counts: z.record(z.string(), z.number()),
  campaign: cleanupCampaign,
});

export const reviewRequestStatus = z.enum(['received', 'accepted', 'declined', 'answered']);
export type ReviewRequestStatus = z.infer<typeof reviewRequestStatus>;

const requestFields = {
  id: z.string(),
  regionCode: z.string(),
  trackingNumber: z.string(),
  documentTitle: z.string(),
  requesterKind: z.enum(['citizen', 'organisation']),
  requesterName: z.string(),
  receivedOn: isoDate,
  status: reviewRequestStatus,
  statusLabel: z.string(),
  isDemo: z.boolean(),
};
export const reviewRequestRow = z.object({
  ...requestFields,
  /** the step due now (acceptance, then the answer); null once decided and answered */
  openDeadline: z.object({ label: z.string(), due: z.string(), warningLevel: z.enum(warningLevels) }).nullable(),
});
export type ReviewRequestRow = z.infer<typeof reviewRequestRow>;
export const reviewRequestPage = pageOf(reviewRequestRow);

export const reviewRequestDetail = z.object({
  ...requestFields,
  documentId: z.string().nullable(),
  reasons: z.string(),
  decisionReason: z.string().nullable(),
  decidedOn: isoDate.nullable(),
  answer: z.string().nullable(),
  answeredOn: isoDate.nullable(),
  deadlines: z.array(recordDeadline),
  abilities: z.object({ decide: z.boolean(), answer: z.boolean() }),
});
export type ReviewRequestDetail = z.infer<typeof reviewRequestDetail>;

/** 发文机关代字 of the units whose prefix the actor may set. */
export const issuer = z.object({
  orgId: z.string(),
  orgName: z.string(),
  regionCode: z.string(),
  numberPrefix: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Issuer = z.infer<typeof issuer>;
export const issuerList = z.object({ items: z.array(issuer) });
export type IssuerList = z.infer<typeof issuerList>;

/** 检索同义词 of a region (setting normative.search.synonyms, else the shipped defaults). */
export const searchSynonyms = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  groups: z.array(z.array(z.string()).readonly()).readonly(),
  isDefault: z.boolean(),
});
export type SearchSynonyms = z.infer<typeof searchSynonyms>;
export const searchSynonymsSaved = z.object({ regionCode: z.string(), groups: z.array(z.array(z.string())) });
