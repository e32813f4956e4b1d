// The acts a user may take on one normative document: the server's policy has one predicate per entry
// (modules/normative-documents/policy.ts) and the document's `abilities` answer one flag per entry
// (contracts/normative/documents.ts), both from this one list, so a new act cannot reach one and miss the other.
export const documentActions = [
  'read',
  'revise',
  'openConsultation',
  'closeConsultation',
  'exemptConsultation',
  'moderateComments',
  'answerComments',
  'recordFairCompetitionReview',
  'submitForLegalityReview',
  'recordLegalityReview',
  'reviseAfterReview',
  'recordDeliberation',
  'publish',
  'publishInterpretation',
  'submitFiling',
  'forwardFiling',
  'recordFilingReview',
  'reportCorrection',
  'confirmCorrection',
  'startPostEvaluation',
  'concludePostEvaluation',
  'register',
  'decideCleanup',
] as const;
export type DocumentAction = (typeof documentActions)[number];
