// 行政规范性文件 (normative documents): validity rules and the automatic legality pre-check of drafts.
export * from './validity';
export * from './precheck';
