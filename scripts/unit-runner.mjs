#!/usr/bin/env node
// The unit stage of `npm test` (scripts/test.mjs) in one process: `node --import tsx scripts/unit-runner.mjs
// <files>` runs the test files one after another through the integration harness's group runner
// (packages/server/test/group-runner.ts), each inside a suite named by its path, so its tests are listed under it,
// its top-level hooks are that suite's, a failure (an import that throws too) is its own and the next file still runs,
// and the environment a file changed is put back before the next. `node --test` started one process per file, and
// each paid node's start and tsx compiling core's sources again: 56.7 CPU-s for the 54 files against 13.7 in one
// process (docs/architecture.md, "Test time and its budget").
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runGroup } from '../packages/server/test/group-runner.ts';

const root = new URL('..', import.meta.url).pathname;
const files = process.argv.slice(2).map((f) => resolve(f));
await runGroup(files.map((f) => ({ source: relative(root, f), load: () => import(pathToFileURL(f).href) })));
