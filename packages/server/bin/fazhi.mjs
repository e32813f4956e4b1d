#!/usr/bin/env node
// The `fazhi` command: runs the TypeScript CLI through tsx, so no build step stands between `npm install` and use.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
