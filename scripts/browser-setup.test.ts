// `npm test` on a machine without Debian's chromium or the CJK fonts: installs them as root with apt-get, otherwise
// stops before any stage with one line saying exactly what to run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPlan, DEFAULT_CHROMIUM, type MachineFacts } from './browser-setup.mjs';

const machine = (over: Partial<MachineFacts> = {}): MachineFacts => ({
  chromium: DEFAULT_CHROMIUM,
  custom: false,
  hasChromium: true,
  hasCjkFonts: true,
  isRoot: false,
  hasAptGet: true,
  ...over,
});

test('a machine with chromium and the fonts is ready', () => {
  assert.deepEqual(browserPlan(machine()), { action: 'ready' });
});

test('as root with apt-get, what is missing is installed', () => {
  assert.deepEqual(browserPlan(machine({ isRoot: true, hasChromium: false, hasCjkFonts: false })), {
    action: 'install',
    packages: ['chromium-headless-shell', 'fonts-noto-cjk'],
  });
  assert.deepEqual(browserPlan(machine({ isRoot: true, hasCjkFonts: false })), {
    action: 'install',
    packages: ['fonts-noto-cjk'],
  });
});

test('otherwise one line says exactly what to run', () => {
  const plan = browserPlan(machine({ hasChromium: false }));
  assert.equal(plan.action, 'stop');
  const message = plan.action === 'stop' ? plan.message : '';
  assert.ok(!message.includes('\n'), 'one line');
  assert.ok(
    message.includes('sudo apt-get install -y --no-install-recommends chromium-headless-shell fonts-noto-cjk'),
    message,
  );
  const elsewhere = browserPlan(machine({ hasCjkFonts: false, hasAptGet: false, isRoot: true }));
  assert.equal(elsewhere.action, 'stop');
  assert.match(elsewhere.action === 'stop' ? elsewhere.message : '', /Noto Sans CJK.*FAZHI_CHROMIUM/);
});

test('a FAZHI_CHROMIUM that does not exist is named, not papered over by installing Debian’s', () => {
  const plan = browserPlan(machine({ custom: true, chromium: '/opt/none/chrome', hasChromium: false, isRoot: true }));
  assert.equal(plan.action, 'stop');
  assert.match(plan.action === 'stop' ? plan.message : '', /FAZHI_CHROMIUM.*\/opt\/none\/chrome/);
});

test('npm test stops before any stage when the browser is missing and it may not install it', () => {
  // a user who is not root, or no apt-get on PATH: the same one line, exit 1, and no stage has started
  const empty = mkdtempSync(join(tmpdir(), 'fazhi-path-'));
  writeFileSync(join(empty, 'placeholder'), '');
  const res = spawnSync(process.execPath, [new URL('test.mjs', import.meta.url).pathname], {
    encoding: 'utf8',
    // no fc-list and no apt-get on PATH: the fonts cannot be found, nor installed
    env: { ...process.env, FAZHI_CHROMIUM: '', PATH: empty },
  });
  assert.equal(res.status, 1);
  assert.equal(res.stdout.includes('==='), false, 'no stage ran');
  const lines = res.stderr.trim().split('\n');
  assert.equal(lines.length, 1, res.stderr);
  assert.match(lines[0] ?? '', /apt-get install -y --no-install-recommends chromium-headless-shell fonts-noto-cjk/);
});
