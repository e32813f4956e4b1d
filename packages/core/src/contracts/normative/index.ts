export * from './documents';
export * from './desk';
export * from './portal';
export * from './statistics';
