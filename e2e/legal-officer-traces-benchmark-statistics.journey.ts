// Story: the market-regulation bureau's legal officer reads its 裁量基准统计 — the benchmarks in force and their
// circumstances by kind —, opens the benchmarks a figure counts, and from the bureau's row its benchmarks.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { consoleLink, discretionMenu } from '@fazhi/core/modules';
import type { Browser } from 'playwright-core';
import { launch, newPage, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a legal officer traces a discretion figure to its benchmarks and the bureau’s row to its list', async () => {
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.legal', consoleLink(discretionMenu, 'discretion-statistics'));
  await page.getByText('统计范围：').waitFor();
  const inForce = page.getByRole('button', { name: /^现行有效的裁量基准：/ });
  const count = Number(/：(\d+)件/.exec((await inForce.getAttribute('aria-label')) ?? '')?.[1] ?? NaN);
  assert.ok(count >= 1, 'the demo bureau has benchmarks in force');
  await inForce.click();
  const drawer = page.getByRole('dialog');
  await drawer.locator('tbody a[href^="/console/discretion-benchmarks/"]').first().waitFor();
  assert.equal(await drawer.locator('tbody a[href^="/console/discretion-benchmarks/"]').count(), Math.min(count, 20));
  await screenshot(page, 'discretion-statistics-records');
  await page.keyboard.press('Escape');
  await page.getByRole('cell').getByRole('link', { name: '示范区市场监督管理局' }).click();
  await page.waitForURL(/\/console\/discretion-benchmarks\?implementingOrgId=/);
  await page.getByText('159901-01-CF-0009').first().waitFor();
  await context.close();
});
