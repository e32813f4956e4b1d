export * from './region-code';
export * from './uscc';
export * from './id-number';
