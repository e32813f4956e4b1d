// 行政规范性文件 (normative documents): the procedure's state machine and guards, 文号, validity, step rules, and
// the automatic legality pre-check of drafts.
export * from './validity';
export * from './workflow';
export * from './doc-number';
export * from './procedure';
export * from './procedure-plan';
export * from './precheck';
export * from './statistics';
export * from './search';
export * from './catalogue';
export * from './article-diff';
export * from './document-actions';
