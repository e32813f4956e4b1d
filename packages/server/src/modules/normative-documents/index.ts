// What other modules may use of normative documents (they never import its internals): the tables' types, the
// scoped queries, and the events it emits (outbox types normative_document.published, .consultation_opened,
// .submitted_for_legality_review, .legality_reviewed, .filing_submitted, .correction_ordered,
// .post_evaluation_created; normative_cleanup.published; normative_review_request.submitted).
export type * from './tables';
export { listDocuments, filingStatusLabels } from './queries/list-documents';
export { getDocument } from './queries/get-document';
export { getReviewPackage } from './drafting/queries/review-package';
export { getPublicConsultation } from './drafting/queries/participation-reads';
export { listCleanupCampaigns, getCleanupCampaign } from './cleanup/queries/cleanup';
export {
  listReviewRequests,
  getReviewRequest,
  trackReviewRequest,
  requestStatusLabels,
} from './filing/queries/review-requests';
