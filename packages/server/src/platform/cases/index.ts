// The platform's shared case record (house plan §6 "Cases"; docs/architecture.md "The shared case record").
export * from './kinds';
export * from './parties';
export * from './clock';
export * from './service-records';
