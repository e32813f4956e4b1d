// @fazhi/core/contracts: the response schemas of the API, one place the server declares and the web imports
// (types only, `import type`). Grouped like the server: platform pieces, then one folder per module.
export * from './platform/common';
export * from './organisations';
export * from './platform/auth';
export * from './platform/notifications';
export * from './platform/portal';
export * from './platform/participation';
export * from './platform/legality-reviews';
export * from './platform/deadlines';
export * from './platform/cases';
export * from './workbench';
export * from './audit';
export * from './calendar';
export * from './normative';
export * from './decisions';
export * from './discretion';
export * from './reconsideration';
export * from './reconsideration/statistics';
export * from './enforcement-lists';
export * from './commitments';
export * from './mediation';
export * from './power-lists';
export * from './enforcement';
export * from './legal-advisers';
export * from './disclosure';
export * from './training';
export * from './litigation';
