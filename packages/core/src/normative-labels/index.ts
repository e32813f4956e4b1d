// The normative-documents enumerations and their Chinese labels, without the legality pre-check: the browser imports
// these (`@fazhi/core/normative-labels`), while `@fazhi/core/normative-documents` also loads the pre-check's word
// segmenter (@node-rs/jieba, native code), which must not reach the web bundle.
export {
  documentKindLabels,
  documentStatusLabels,
  fairCompetitionBasis,
  filingStatusLabels,
  filingOutcomeLabels,
} from '../normative-documents/workflow';
export { shownStatusLabels, shownStatus, type ShownStatus } from '../normative-documents/catalogue';
export {
  reviewResultLabels,
  reviewChecklistLabels,
  postEvaluationOutcomeLabels,
  moderationStatusLabels,
  commentAnswerLabels,
} from '../normative-documents/procedure';
export { precheckCategoryLabels } from '../normative-documents/precheck/types';
export { articleChangeLabels, type ArticleChangeKind } from '../normative-documents/article-diff';
export { statisticGroupLabels } from '../normative-documents/statistics';
