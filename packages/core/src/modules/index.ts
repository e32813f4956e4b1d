// @fazhi/core/modules: the browser-safe declarations of each module — its console menu, its portal entries and the
// Chinese labels its pages show (no zod, no native code: the web bundles these values). One line per module.
export * from '../contracts/platform/menu';
export * from '../contracts/platform/participation-pages';
export * from '../contracts/organisations/pages';
export * from '../contracts/audit/pages';
export * from '../contracts/calendar/pages';
export * from '../contracts/workbench/pages';
export * from '../contracts/normative/pages';
export * from '../contracts/decisions/pages';
export * from '../contracts/discretion/pages';
export * from '../contracts/reconsideration/pages';
export * from '../contracts/enforcement-lists/pages';
export * from '../contracts/commitments/pages';
export * from '../contracts/mediation/pages';
export * from '../contracts/power-lists/pages';
export * from '../contracts/enforcement/pages';
export * from '../contracts/legal-advisers/pages';
export * from '../contracts/disclosure/pages';
export * from '../contracts/training/pages';
export * from '../contracts/litigation/pages';
