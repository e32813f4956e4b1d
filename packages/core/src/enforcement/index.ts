// @fazhi/core/enforcement: enforcement bodies, officers, certificates and training (issue 16 items 1 and 2).
export * from './bodies';
export * from './officers';
export * from './training';
export * from './statistics';
