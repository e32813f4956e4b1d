export * from './roles';
export * from './scope';
export * from './password-policy';
