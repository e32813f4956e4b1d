#!/usr/bin/env node
// The `fazhi` command: runs the server bundled by esbuild (scripts/build-server.mjs), built here first when it is
// missing or older than its sources, so no build step stands between `npm install` and use. Source maps are on, so
// a stack trace names the TypeScript source rather than the bundle.
import { pathToFileURL } from 'node:url';
import { serverBundle } from '../../../scripts/build-server.mjs';

// a build on a terminal says so; a command whose output is read by a program (JSON on stdout, one line on stderr)
// stays quiet
const entry = await serverBundle({ quiet: !process.stderr.isTTY });
process.setSourceMapsEnabled(true);
await import(pathToFileURL(entry).href);
