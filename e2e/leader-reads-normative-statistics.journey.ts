// Story: the district leader opens the normative-document statistics for last year, reads the filing figures and the
// rates with their numerator and denominator, and opens the list of documents behind 报备件数 — as many as the figure
// says, each linking to its document. A unit's legal officer sees the same page for their unit only, with no unit
// picker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import type { Browser } from 'playwright-core';
import { launch, newPage, requireEndpoints, screenshot, signInAs } from './support';
import { clockFromEnv } from '../packages/server/src/platform/clock';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the leader reads last year’s filing figures and the documents behind one of them', async (t) => {
  if (!(await requireEndpoints(t, ['/api/normative-statistics', '/api/normative-statistics/records']))) return;
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.leader', consoleLink(normativeMenu, 'normative-statistics'));
  await page.getByRole('menu').getByRole('link', { name: '规范性文件统计' }).waitFor();
  await page.getByText('统计范围：').waitFor();
  await page.getByRole('button', { name: '上年度' }).click();
  const year = Number(clockFromEnv().today().slice(0, 4)) - 1;
  await page.getByText(`统计期间：${year}年1月1日至${year}年12月31日`).waitFor();
  for (const label of ['审结率', '备案率', '及时率']) {
    const card = page.getByRole('button', { name: new RegExp(`^${label}：`) });
    assert.match((await card.getAttribute('aria-label')) ?? '', /：(\d+\.\d%|—)，/, label);
  }
  const filed = page.getByRole('button', { name: /^报备件数：/ });
  const count = Number(/：(\d+)件/.exec((await filed.getAttribute('aria-label')) ?? '')?.[1] ?? NaN);
  assert.ok(Number.isInteger(count), 'the figure is a whole number of documents');
  await filed.click();
  const drawer = page.getByRole('dialog');
  await drawer.getByText('统计口径').waitFor();
  if (count > 0) {
    await drawer.getByText(`共 ${count} 件`).waitFor();
    const links = drawer.locator('tbody a[href^="/console/normative-documents/"]');
    assert.equal(await links.count(), Math.min(count, 20), 'one row per document counted');
  } else await drawer.getByText('统计期间内没有计入该项的记录。').waitFor();
  await screenshot(page, 'normative-statistics-records');
  await context.close();
});

test('a unit’s legal officer sees the figures of the unit only, without a unit picker', async (t) => {
  if (!(await requireEndpoints(t, ['/api/normative-statistics']))) return;
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.legal', consoleLink(normativeMenu, 'normative-statistics'));
  await page.getByRole('menu').getByRole('link', { name: '规范性文件统计' }).waitFor();
  await page.getByText('示范区市场监督管理局', { exact: false }).first().waitFor();
  await page.getByRole('button', { name: /^起草件数：/ }).waitFor();
  assert.equal(await page.getByLabel('统计单位').count(), 0, 'no unit picker for a single unit');
  await screenshot(page, 'normative-statistics-unit');
  await context.close();
});
