// Where a test file's CPU goes: reads V8 .cpuprofile files (node --cpu-prof; for the integration files
// FAZHI_IT_NODE_ARGS='--cpu-prof --cpu-prof-dir=<dir>') and prints the self time by package and by function.
//   node --import tsx bench/cpu-profile-summary.ts <dir or files…> [--top 40]
// A package is the npm package a frame's file belongs to, `node:` for Node's own JavaScript, `app` for the server's
// bundled code (.fazhi-test/bundle) and V8's own entries ((garbage collector), (program): native work outside
// JavaScript, much of it system calls; (idle): waiting).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Node {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : 'native';
  if (url.startsWith('node:')) return 'node:';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  return 'app';
}

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 40;
// --inclusive a,b: the time spent in (or below) functions of these names, each counted once per sample
const incAt = args.indexOf('--inclusive');
const inclusive = incAt >= 0 ? args.splice(incAt, 2)[1].split(',') : [];
const byInclusive = new Map<string, number>();
// --under name: only the samples below a function of that name
const underAt = args.indexOf('--under');
const under = underAt >= 0 ? args.splice(underAt, 2)[1] : null;
const files = args.flatMap((a) =>
  statSync(a).isDirectory()
    ? readdirSync(a)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(a, f))
    : [a],
);

const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
for (const file of files) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // a sample's time is the delta to the next sample
  for (let i = 0; i < p.samples.length; i++) {
    const n = nodes.get(p.samples[i]);
    const us = p.timeDeltas[i + 1] ?? 0;
    if (!n || us < 0) continue;
    const { functionName, url, lineNumber } = n.callFrame;
    if (functionName === '(idle)') continue;
    if (under) {
      let found = false;
      for (let id: number | undefined = n.id; id !== undefined && !found; id = parent.get(id))
        found = nodes.get(id)?.callFrame.functionName === under;
      if (!found) continue;
    }
    total += us;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const where = url
      ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/bundle\//, 'bundle/')}:${lineNumber + 1}`
      : '';
    const key = `${functionName || '(anonymous)'}  ${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    if (inclusive.length) {
      const seen = new Set<string>();
      for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
        const name = nodes.get(id)?.callFrame.functionName ?? '';
        if (inclusive.includes(name) && !seen.has(name)) {
          seen.add(name);
          byInclusive.set(name, (byInclusive.get(name) ?? 0) + us);
        }
      }
    }
  }
}
const s = (us: number) => (us / 1e6).toFixed(2).padStart(7);
const pct = (us: number) => ((100 * us) / total).toFixed(1).padStart(5);
console.log(`${files.length} profiles, ${(total / 1e6).toFixed(2)} s of samples (idle excluded)\n\nby package:`);
for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${s(v)} ${pct(v)} %  ${k}`);
console.log('\nby function (self):');
for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${s(v)} ${pct(v)} %  ${k}`);
if (inclusive.length) {
  console.log('\ninclusive (the function and what it called):');
  for (const name of inclusive)
    console.log(`${s(byInclusive.get(name) ?? 0)} ${pct(byInclusive.get(name) ?? 0)} %  ${name}`);
}
