export * from './region-code';
export * from './uscc';
export * from './id-number';
export * from './tracking-number';
