// The build checks that are not timed: every endpoint the web calls exists in the server's OpenAPI document (a
// module absent from this build has none of its endpoints), the sign-in page with the console shell loads with at
// most 300 KB of gzipped script, a browser keeps that script for good but asks for the page each time, and the
// scripts and styles reach a browser compressed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureShellBundle, SHELL_BUDGET_BYTES } from '../scripts/web-bundle-size.mjs';
import { baseUrl } from './support';

// The web's table: the platform's groups and each module folder's endpoints.ts (packages/web/src/api/endpoints.ts),
// loaded at run time and named through variables so that `tsc -p packages/server`, which checks e2e/, does not
// type-check the web's sources without the web's settings (`tsc -p packages/web` checks them).
type Groups = Record<string, readonly { method: string; path: string }[]>;
const webSrc = fileURLToPath(new URL('../packages/web/src/', import.meta.url));

async function webEndpoints(): Promise<Groups> {
  const api: string = join(webSrc, 'api/endpoints.ts');
  const { platformEndpoints, collect } = (await import(api)) as {
    platformEndpoints: Groups;
    collect: (tables: Groups[]) => Groups;
  };
  const modules = join(webSrc, 'modules');
  const tables: Groups[] = [];
  for (const folder of readdirSync(modules).sort()) {
    const file: string = join(modules, folder, 'endpoints.ts');
    if (existsSync(file)) tables.push(((await import(file)) as { endpoints: Groups }).endpoints);
  }
  assert.ok(tables.length >= 6, `only ${tables.length} modules' endpoints found under ${modules}`);
  return collect([platformEndpoints, ...tables]);
}

test('every endpoint the web calls is in the OpenAPI document, module by module', async () => {
  const endpoints = await webEndpoints();
  const doc = (await (await fetch(`${baseUrl}/api/docs/json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  for (const [group, list] of Object.entries(endpoints)) {
    const present = list.filter((e) => doc.paths[e.path]?.[e.method.toLowerCase()]);
    assert.ok(
      present.length === list.length || present.length === 0,
      `${group}: missing ${list
        .filter((e) => !present.includes(e))
        .map((e) => `${e.method} ${e.path}`)
        .join(', ')}`,
    );
    for (const g of ['auth', 'organisations', 'audit', 'portal'])
      if (group === g) assert.equal(present.length, list.length, `${group} is part of every build`);
  }
});

test('the sign-in page and console shell load with at most 300 KB of gzipped script', () => {
  const { total, files } = measureShellBundle();
  assert.ok(files.length > 0);
  assert.ok(total <= SHELL_BUDGET_BYTES, `${(total / 1024).toFixed(1)} KB > 300 KB`);
});

test('the console’s hashed scripts are kept by the browser for good, its page is asked for each time', async () => {
  const page = await fetch(`${baseUrl}/console`);
  assert.equal(page.headers.get('cache-control'), 'no-cache', 'the page: revalidated, so a new build reaches it');
  const scripts = [...(await page.text()).matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  assert.ok(scripts.length > 0, 'the page names its script');
  for (const src of scripts) {
    const asset = await fetch(`${baseUrl}${src}`);
    assert.equal(asset.status, 200, src);
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable', src);
  }
});

test('the scripts and styles are sent compressed to a browser that accepts it, the same bytes once decoded', async () => {
  const page = await (await fetch(`${baseUrl}/console`)).text();
  const assets = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  assert.ok(assets.some((a) => a?.includes('/antd-')) && assets.some((a) => a?.endsWith('.js')), page);
  for (const src of assets) {
    const plain = await fetch(`${baseUrl}${src}`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null, src);
    const body = await plain.text();
    for (const encoding of ['br', 'gzip']) {
      // fetch decodes the body and keeps the header that says how it came
      const packed = await fetch(`${baseUrl}${src}`, { headers: { 'accept-encoding': encoding } });
      assert.equal(packed.headers.get('content-encoding'), encoding, `${src} ${encoding}`);
      assert.match(packed.headers.get('vary') ?? '', /accept-encoding/i, src);
      assert.equal(await packed.text(), body, `${src} decoded as ${encoding}`);
    }
  }
});
