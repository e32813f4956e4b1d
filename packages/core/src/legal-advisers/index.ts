// @fazhi/core/legal-advisers: 法律顾问、公职律师 and the legality review of contracts, meeting topics and other
// documents — the rules (`rules.ts`) and the statistics' figures (`statistics.ts`).
export * from './rules';
export * from './statistics';
