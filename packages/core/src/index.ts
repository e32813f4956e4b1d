// @fazhi/core: the law as code. Pure TypeScript, no I/O, no framework. Import a domain by its subpath
// (`@fazhi/core/calendar`, `@fazhi/core/access`); this root re-exports nothing so that each domain stays separable.
export const coreVersion = '0.1.0';
