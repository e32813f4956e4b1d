// @fazhi/core/enforcement-lists: the rules of the 执法事前公示清单 (lists.ts) and the question a case asks of them
// (requirements.ts).
export * from './lists';
export * from './requirements';
