// 智能辅助审查: the automatic legality pre-check of a draft 行政规范性文件. It splits the draft into clauses, segments
// them with jieba, finds who each duty binds, the modal verbs, the action terms and the cited bases, and applies one
// rule per category. The findings assist the 合法性审核 reviewer (国办发〔2018〕115号); they never decide.
export { precheck } from './run';
export { releaseSegmenter, segmenterIdleMs, settleSegmenterMemory } from './segment';
export * from './types';
export { formatFindings, parsePrecheckArgs, precheckCommand, type CommandResult, type PrecheckArgs } from './cli';
export { internalOfficeKind, issuerFromTitle } from './document/issuer';
export { splitClauses, type Clause, type ClauseKind } from './clauses';
