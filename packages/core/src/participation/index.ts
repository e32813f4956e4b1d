// @fazhi/core/participation: the rules one public-participation and one legality-review mechanism apply to the
// draft of any module that lends it a subject (normative documents, major decisions): the consultation period
// against the subject's own rule, moderation and answers, the 意见采纳情况说明, the review time, the checklist.
export * from './consultation';
export * from './review';
export * from './adoption-report';
