// `npm install` on a fresh clone prints no warning: every package in the lockfile accepts the oldest Node the README
// supports (package.json `engines`), and every dependency install script has a decision in `allowScripts` — denied:
// the embedded PostgreSQL's links are recreated at start (platform/db/embedded.ts) and esbuild finds its binary in
// its optional platform package without its postinstall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  engines: { node: string };
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; hasInstallScript?: boolean }>;
};

type Version = [number, number, number];
const parts = (v: string) => v.replace(/^v/, '').split('.');
const full = (v: string): Version => {
  const [a = '0', b = '0', c = '0'] = parts(v).map((p) => (/^\d+$/.test(p) ? p : '0'));
  return [Number(a), Number(b), Number(c)];
};
const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** npm's range forms as they occur in engines fields: `*`, `>=v`, `>v`, `<=v`, `<v`, `^v`, a bare or x-range
 * version, comparator sets joined by spaces and alternatives by `||`. Anything else throws, so the test cannot pass
 * on a range it did not understand. */
function satisfies(version: string, range: string): boolean {
  const v = full(version);
  return range.split('||').some((alt) => {
    const set = alt.trim().replace(/(>=|<=|>|<|\^|~)\s+/g, '$1');
    if (set === '*' || set === '' || set === 'x') return true;
    return set.split(/\s+/).every((c) => {
      const m = /^(>=|<=|>|<|\^|~)?v?(\d+(?:\.(?:\d+|x))?(?:\.(?:\d+|x))?)$/.exec(c);
      if (!m) throw new Error(`engines range not understood: ${range}`);
      const [, op = '', target = ''] = m;
      const t = full(target);
      const given = parts(target).filter((p) => /^\d+$/.test(p)).length;
      switch (op) {
        case '>=':
          return cmp(v, t) >= 0;
        case '>':
          return cmp(v, t) > 0;
        case '<=':
          return cmp(v, t) <= 0;
        case '<':
          return cmp(v, t) < 0;
        case '^':
          return cmp(v, t) >= 0 && (t[0] > 0 ? v[0] === t[0] : given < 2 || v[1] === t[1]);
        case '~':
          return cmp(v, t) >= 0 && v[0] === t[0] && (given < 2 || v[1] === t[1]);
        default:
          return v[0] === t[0] && (given < 2 || v[1] === t[1]) && (given < 3 || v[2] === t[2]);
      }
    });
  });
}

test('the range reader follows npm on the forms the lockfile uses', () => {
  assert.equal(satisfies('20.19.0', '>=20.19'), true);
  assert.equal(satisfies('20.19.0', '>=22'), false);
  assert.equal(satisfies('20.19.0', '^22 || ^24 || >=26'), false);
  assert.equal(satisfies('20.19.0', '^18 || >=20'), true);
  assert.equal(satisfies('20.19.0', '^20.19.0 || ^22.13.0 || >=24'), true);
  assert.equal(satisfies('20.18.0', '^20.19.0 || ^22.13.0 || >=24'), false);
  assert.equal(satisfies('20.19.0', '18 || 20 || >=22'), true);
  assert.equal(satisfies('20.19.0', '>=16 || 14 >=14.17'), true);
  assert.equal(satisfies('14.16.0', '>=16 || 14 >=14.17'), false);
  assert.equal(satisfies('20.19.0', '>= 10.x'), true);
  assert.equal(satisfies('20.19.0', '*'), true);
  assert.throws(() => satisfies('20.19.0', 'node 20'));
});

test('every package in the lockfile accepts the oldest Node the project supports', () => {
  const oldest = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(pkg.engines.node)?.[1];
  assert.ok(oldest, `package.json engines.node is ${pkg.engines.node}`);
  const refusing = Object.entries(lock.packages)
    .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
    .filter(([, p]) => !satisfies(oldest, (p.engines as { node: string }).node))
    .map(([name, p]) => `${name} wants node ${(p.engines as { node: string }).node}`);
  assert.deepEqual(refusing, [], `on Node ${oldest}, npm install would warn (EBADENGINE)`);
});

test('every dependency install script has a decision in allowScripts', () => {
  const allowed = pkg.allowScripts ?? {};
  const undecided = Object.entries(lock.packages)
    .filter(([, p]) => p.hasInstallScript)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
    .filter((name) => !(name in allowed));
  assert.deepEqual(undecided, [], 'npm install would warn that these install scripts are not covered by allowScripts');
});
