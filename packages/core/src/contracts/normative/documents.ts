// 行政规范性文件 in the console (server modules/normative-documents/queries: list-documents, get-document,
// review-package, pending-comments, print-view; precheck.ts): enumerations from core's lists.
import { z } from 'zod';
import { recordDeadline } from '../platform/deadlines';
import {
  documentActs,
  documentKinds,
  documentStatuses,
  filingOutcomeLabels,
  filingStatuses,
} from '../../normative-documents/workflow';
import { shownStatuses } from '../../normative-documents/catalogue';
import {
  commentAnswers,
  moderationStatusLabels,
  postEvaluationOutcomes,
  reviewChecklistItems,
  reviewResults,
} from '../../normative-documents/procedure';
import { precheckCategories, precheckSeverityLabels } from '../../normative-documents/precheck/types';
import { articleChangeLabels } from '../../normative-documents/article-diff';
import { abilitiesOf, isoDate, isoInstant, keysOf, pageOf } from '../platform/common';
import { documentActions } from '../../normative-documents/document-actions';

export const documentKind = z.enum(documentKinds);
export const documentStatus = z.enum(documentStatuses);
export const shownStatus = z.enum(shownStatuses);
export const filingStatus = z.enum(filingStatuses);
export type FilingStatus = z.infer<typeof filingStatus>;
export const reviewResult = z.enum(reviewResults);
export const commentAnswer = z.enum(commentAnswers);
export const moderationStatus = keysOf(moderationStatusLabels);

export const normativeListItem = z.object({
  id: z.string(),
  regionCode: z.string(),
  title: z.string(),
  kind: documentKind,
  kindLabel: z.string(),
  status: documentStatus,
  /** the status shown today: 已公布、尚未施行 before the 施行日期 (core catalogue.ts) */
  shownStatus,
  statusLabel: z.string(),
  docNumber: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  effectiveOn: isoDate.nullable(),
  expiresOn: isoDate.nullable(),
  filingStatus: filingStatus.nullable(),
  filingStatusLabel: z.string().nullable(),
  draftingOrgName: z.string(),
  issuerName: z.string(),
  isDemo: z.boolean(),
});
export type NormativeListItem = z.infer<typeof normativeListItem>;
/** `totalCapped`: more matches than a search ranks, or more documents than a list counts (COUNT_CAP): 超过 N 件. */
export const normativeListPage = pageOf(normativeListItem).extend({ totalCapped: z.boolean() });
export type NormativeListPage = z.infer<typeof normativeListPage>;

export const normativeArticle = z.object({ id: z.string(), seq: z.number(), heading: z.string(), body: z.string() });
export type NormativeArticle = z.infer<typeof normativeArticle>;

/** Each act on a document the actor may take now (server policy.ts documentPolicy). */
export const documentAbilities = abilitiesOf(documentActions);
export type DocumentAbility = keyof z.infer<typeof documentAbilities>;

export const legalBasis = z.object({ title: z.string(), article: z.string().optional() });

export const precheckFinding = z.object({
  category: z.enum(precheckCategories),
  severity: keysOf(precheckSeverityLabels),
  /** exactly the pre-check input text between start and end ('' for a finding about the whole document) */
  text: z.string(),
  start: z.number(),
  end: z.number(),
  basis: z.string(),
  advice: z.string(),
});
export type PrecheckFinding = z.infer<typeof precheckFinding>;
export type PrecheckSeverity = PrecheckFinding['severity'];
export const precheckResult = z.object({ findings: z.array(precheckFinding) });
export type PrecheckResult = z.infer<typeof precheckResult>;

export const documentComment = z.object({
  id: z.string(),
  articleId: z.string().nullable(),
  body: z.string(),
  commenterName: z.string().nullable(),
  moderationStatus,
  moderationNote: z.string().nullable(),
  answer: commentAnswer.nullable(),
  answerLabel: z.string().nullable(),
  answerReason: z.string().nullable(),
  submittedAt: isoInstant,
});
export type DocumentComment = z.infer<typeof documentComment>;

export const documentReview = z.object({
  id: z.string(),
  kind: z.enum(['fair_competition', 'legality']),
  round: z.number(),
  submittedOn: isoDate,
  reviewerOrgId: z.string(),
  checklist: z.array(z.object({ item: z.string(), finding: z.enum(['ok', 'problem']), note: z.string().optional() })),
  precheck: precheckResult.nullable(),
  opinion: z.string().nullable(),
  result: reviewResult.nullable(),
  resultLabel: z.string().nullable(),
  earlyReason: z.string().nullable(),
  concludedOn: isoDate.nullable(),
  /** 修改后通过: the drafting unit's 修改情况说明 and its date */
  revisionStatement: z.string().nullable(),
  revisedOn: isoDate.nullable(),
});

export const normativeDocument = normativeListItem.extend({
  draftingOrgId: z.string(),
  issuerOrgId: z.string(),
  legalBases: z.array(legalBasis),
  affectsRights: z.boolean(),
  affectsMarket: z.boolean(),
  draftingExplanation: z.string(),
  consultationClosedOn: isoDate.nullable(),
  consultationExemptReason: z.string().nullable(),
  fairCompetitionPassed: z.boolean().nullable(),
  legalityReviewPassed: z.boolean().nullable(),
  /** 修改后通过 and the revision by the opinion not yet recorded */
  reviewChangesPending: z.boolean(),
  deliberatedOn: isoDate.nullable(),
  endedOn: isoDate.nullable(),
  endedReason: z.string().nullable(),
  replacesId: z.string().nullable(),
  articles: z.array(normativeArticle),
  consultations: z.array(
    z.object({
      id: z.string(),
      opensOn: isoDate,
      closesOn: isoDate,
      shortenedReason: z.string().nullable(),
      status: z.string(),
      closedOn: isoDate.nullable(),
    }),
  ),
  comments: z.array(documentComment),
  reviews: z.array(documentReview),
  deliberations: z.array(
    z.object({
      meetingKind: z.enum(['executive_meeting', 'leadership_meeting']),
      meetingName: z.string(),
      meetingOn: isoDate,
      decision: z.enum(['adopted', 'revise', 'rejected']),
      note: z.string().nullable(),
    }),
  ),
  registrations: z.array(
    z.object({
      id: z.string(),
      docNumber: z.string(),
      reason: z.string(),
      publishedOn: isoDate,
      effectiveOn: isoDate,
      expiresOn: isoDate,
    }),
  ),
  filings: z.array(
    z.object({
      id: z.string(),
      registrationId: z.string().nullable(),
      submittedOn: isoDate.nullable(),
      forwardedToGovernmentOn: isoDate.nullable(),
      forwardedToCongressOn: isoDate.nullable(),
      outcome: keysOf(filingOutcomeLabels).nullable(),
      opinion: z.string().nullable(),
      reviewedOn: isoDate.nullable(),
    }),
  ),
  corrections: z.array(
    z.object({
      id: z.string(),
      orderedOn: isoDate,
      opinion: z.string(),
      status: z.enum(['ordered', 'reported', 'confirmed']),
      reportedOn: isoDate.nullable(),
      report: z.string().nullable(),
      confirmedOn: isoDate.nullable(),
    }),
  ),
  postEvaluations: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['pending', 'in_progress', 'concluded']),
      dueOn: isoDate.nullable(),
      createdByJob: z.boolean(),
      startedOn: isoDate.nullable(),
      outcome: z.enum(postEvaluationOutcomes).nullable(),
      conclusion: z.string().nullable(),
      concludedOn: isoDate.nullable(),
    }),
  ),
  deadlines: z.array(recordDeadline),
  statusHistory: z.array(
    z.object({
      fromStatus: documentStatus.nullable(),
      toStatus: documentStatus,
      toStatusLabel: z.string(),
      act: z.union([z.enum(documentActs), z.string()]),
      actLabel: z.string(),
      actedOn: isoDate,
      note: z.string().nullable(),
      actor: z.string().nullable(),
      at: isoInstant,
    }),
  ),
  /** 政策解读 (server queries/interpretation.ts) */
  interpretation: z
    .object({
      title: z.string(),
      body: z.string(),
      publishedAt: isoInstant,
      publishedBy: z.string().nullable(),
      isDemo: z.boolean(),
    })
    .nullable(),
  abilities: documentAbilities,
});
export type NormativeDocument = z.infer<typeof normativeDocument>;

/** What every act on a document answers: the act's own result (it differs by act) and the document again. */
export const actResult = z.object({ result: z.unknown(), document: normativeDocument });
export type ActResult = z.infer<typeof actResult>;

export const reviewPackage = z.object({
  documentId: z.string(),
  title: z.string(),
  legalBases: z.array(legalBasis),
  draftingExplanation: z.string(),
  affectsRights: z.boolean(),
  affectsMarket: z.boolean(),
  consultationExemptReason: z.string().nullable(),
  articles: z.array(normativeArticle),
  comments: z.array(
    z.object({
      articleId: z.string().nullable(),
      body: z.string(),
      answer: commentAnswer.nullable(),
      answerLabel: z.string().nullable(),
      answerReason: z.string().nullable(),
    }),
  ),
  fairCompetitionReviews: z.array(
    z.object({
      round: z.number(),
      result: reviewResult.nullable(),
      opinion: z.string().nullable(),
      concludedOn: isoDate.nullable(),
    }),
  ),
  checklist: z.array(z.object({ item: z.enum(reviewChecklistItems), label: z.string() })),
  precheck: precheckResult.nullable(),
  /** a later round: the articles changed since the text the first round reviewed (core diffArticles) */
  changesSinceFirstRound: z
    .object({
      round: z.number(),
      changes: z.array(
        z.object({
          heading: z.string(),
          change: keysOf(articleChangeLabels),
          before: z.string().nullable(),
          after: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  previousLegalityReviews: z.array(
    z.object({
      round: z.number(),
      result: reviewResult.nullable(),
      opinion: z.string().nullable(),
      concludedOn: isoDate.nullable(),
      revisionStatement: z.string().nullable(),
      revisedOn: isoDate.nullable(),
    }),
  ),
});
export type ReviewPackage = z.infer<typeof reviewPackage>;

export const pendingComment = z.object({
  id: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  articleHeading: z.string().nullable(),
  body: z.string(),
  commenterName: z.string().nullable(),
  submittedAt: isoInstant,
});
export type PendingComment = z.infer<typeof pendingComment>;
export const pendingCommentPage = pageOf(pendingComment);

/** One block of the 公文 model (server platform/papers/gongwen.ts), laid out by the print page as by DOCX and PDF. */
export const gongwenBlock = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['issuer', 'docNumber', 'attachmentLabel', 'title', 'addressee', 'heading', 'plain']),
    text: z.string(),
  }),
  z.object({ kind: z.literal('paragraph'), text: z.string(), lead: z.string().optional() }),
  z.object({ kind: z.literal('attachments'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('signature'), org: z.string(), date: z.string() }),
  z.object({
    kind: z.literal('table'),
    columns: z.array(z.object({ label: z.string(), width: z.number() })),
    rows: z.array(z.array(z.string())),
  }),
]);
export type GongwenBlock = z.infer<typeof gongwenBlock>;

export const printView = z.object({
  id: z.string(),
  status: documentStatus,
  /** page and type sizes of GB/T 9704 the renderers share */
  layout: z.record(z.string(), z.union([z.number(), z.string()])),
  title: z.string(),
  author: z.string(),
  sections: z.array(z.object({ blocks: z.array(gongwenBlock) })),
});
export type PrintView = z.infer<typeof printView>;

/** 存量文件 imported from Excel, all rows or none (a rejection answers 422 IMPORT_REJECTED with the rows at fault). */
export const catalogueImported = z.object({ imported: z.number(), errors: z.tuple([]), ids: z.array(z.string()) });
