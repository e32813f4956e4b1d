// 行政规范性文件 on the public portal, no account (server modules/normative-documents/queries: public-catalogue,
// open-consultations, public-consultation, review-requests trackReviewRequest): nothing here is not public by law.
import { z } from 'zod';
import { deadlineStatuses } from '../platform/deadlines';
import { isoDate, isoInstant, pageOf } from '../platform/common';
import { documentKind, documentStatus, shownStatus } from './documents';
import { approvedComment, consultationArticle } from '../platform/participation';
import { reviewRequestStatus } from './desk';

export const catalogueItem = z.object({
  id: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  issuerName: z.string(),
  kind: documentKind,
  kindLabel: z.string(),
  publishedOn: isoDate.nullable(),
  effectiveOn: isoDate.nullable(),
  expiresOn: isoDate.nullable(),
  /** 现行有效, or 已公布、尚未施行 before the 施行日期 */
  statusLabel: z.string(),
  snippet: z.string(),
});
export type CatalogueItem = z.infer<typeof catalogueItem>;
/** `totalCapped`: more matches than a search ranks (the newest 500 are shown), or more documents than a list counts: 超过 N 件. */
export const cataloguePage = pageOf(catalogueItem).extend({ totalCapped: z.boolean() });
export type CataloguePage = z.infer<typeof cataloguePage>;

export const catalogueFacets = z.object({
  issuers: z.array(z.object({ id: z.string(), name: z.string() })),
  years: z.array(z.number()),
});
export type CatalogueFacets = z.infer<typeof catalogueFacets>;

export const publicDocument = catalogueItem.omit({ snippet: true }).extend({
  status: documentStatus,
  shownStatus,
  isValid: z.boolean(),
  articles: z.array(z.object({ no: z.string(), text: z.string() })),
  history: z.array(z.object({ at: z.string(), label: z.string(), note: z.string() })),
  downloads: z.array(z.object({ label: z.string(), url: z.string() })),
  /** 政策解读, published with the document */
  interpretation: z.object({ title: z.string(), body: z.string(), publishedAt: isoInstant }).nullable(),
});
export type PublicDocument = z.infer<typeof publicDocument>;

export const openConsultation = z.object({
  id: z.string(),
  title: z.string(),
  draftingOrgName: z.string(),
  opensOn: isoDate,
  closesOn: isoDate,
  daysRemaining: z.number(),
  approvedCommentCount: z.number(),
  isDemo: z.boolean(),
});
export type OpenConsultation = z.infer<typeof openConsultation>;
export const openConsultationPage = pageOf(openConsultation).extend({ today: isoDate });
export type OpenConsultationPage = z.infer<typeof openConsultationPage>;

export const publicConsultation = z.object({
  id: z.string(),
  regionCode: z.string(),
  title: z.string(),
  draftingOrgName: z.string(),
  draftingExplanation: z.string(),
  opensOn: isoDate,
  closesOn: isoDate,
  isDemo: z.boolean(),
  /** the longest comment the region accepts (setting normative.comment.max-length) */
  commentMaxLength: z.number(),
  articles: z.array(consultationArticle),
  approvedComments: z.array(approvedComment),
});
export type PublicConsultation = z.infer<typeof publicConsultation>;

export const submittedReviewRequest = z.object({ trackingNumber: z.string(), acceptanceDue: z.string() });
export type SubmittedReviewRequest = z.infer<typeof submittedReviewRequest>;

export const trackedDeadline = z.object({
  kind: z.string(),
  label: z.string(),
  due: z.string(),
  basis: z.string(),
  status: z.enum(deadlineStatuses),
});
export type TrackedDeadline = z.infer<typeof trackedDeadline>;

export const trackedReviewRequest = z.object({
  trackingNumber: z.string(),
  documentTitle: z.string(),
  receivedOn: isoDate,
  status: reviewRequestStatus,
  statusLabel: z.string(),
  decisionReason: z.string().nullable(),
  decidedOn: isoDate.nullable(),
  answer: z.string().nullable(),
  answeredOn: isoDate.nullable(),
  deadlines: z.array(trackedDeadline),
});
export type TrackedReviewRequest = z.infer<typeof trackedReviewRequest>;
