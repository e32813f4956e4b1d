// Story: a citizen opens the portal's home page on a phone and sees what is new — the latest documents in force
// and the drafts open for comment with their closing dates — opens one, and every link, button and field of the
// portal's pages is at least 44 px in both directions, so a finger hits it (GB/T 37668-2019 / WCAG 2.5.5).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, newPage, phone, screenshot } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

const MIN = 44;

// Runs in the page (a string: the journeys are type-checked without the DOM library). Lists the visible tap targets
// of the portal smaller than MIN px each way; a control drawn inside a larger target (the input of a select box) is
// hit through that target.
const SMALL_TARGETS = `(() => {
  const min = ${MIN};
  const selector = 'a, button, input:not([type=hidden]), textarea, [role="button"], [role="combobox"], [role="tab"], .ant-select-selector, .ant-pagination-item';
  const out = [];
  for (const el of document.querySelectorAll('.fz-portal ' + selector.split(', ').join(', .fz-portal '))) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.pointerEvents === 'none') continue;
    const host = el.parentElement && el.parentElement.closest('a, button, label, .ant-select-selector, .ant-picker, .ant-input-affix-wrapper');
    if (host) {
      const h = host.getBoundingClientRect();
      if (h.width >= min - 0.5 && h.height >= min - 0.5) continue;
    }
    if (r.width < min - 0.5 || r.height < min - 0.5) {
      const name = (el.innerText || el.getAttribute('aria-label') || el.getAttribute('placeholder') || '').trim().slice(0, 20);
      out.push(el.tagName.toLowerCase() + '「' + name + '」' + Math.round(r.width) + '×' + Math.round(r.height));
    }
  }
  return out;
})()`;

const smallTargets = async (page: Page) => (await page.evaluate(SMALL_TARGETS)) as string[];

test('the home page shows the latest documents and open consultations with their closing dates', async () => {
  const { page, context } = await newPage(browser, phone);
  await page.goto(`${baseUrl}/`);
  const latest = page.getByLabel('最新发布的规范性文件');
  await latest.getByRole('link').nth(1).waitFor(); // 更多 and at least one document
  const consultations = page.getByLabel('正在征求意见');
  await consultations
    .getByText(/\d{4}年\d{1,2}月\d{1,2}日截止/)
    .first()
    .waitFor();
  await consultations
    .getByText(/剩余\d+天|今日截止/)
    .first()
    .waitFor();
  await page
    .getByRole('link', { name: /期限计算器/ })
    .first()
    .waitFor();
  await screenshot(page, 'portal-home-what-is-new-phone');
  const first = latest.locator('.fz-home-item a').first();
  const title = (await first.innerText()).trim();
  await first.click();
  await page.getByRole('heading', { name: title }).first().waitFor();
  await context.close();
});

test('every tap target of the portal is at least 44 px on a phone', async () => {
  const { page, context } = await newPage(browser, phone);
  const pages = [
    '/',
    '/normative-documents',
    '/consultations',
    '/normative-review-requests',
    '/deadline-calculator',
    '/search?q=管理',
  ];
  const found: string[] = [];
  for (const path of pages) {
    await page.goto(`${baseUrl}${path}`);
    await page.locator('.fz-portal-body .ant-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    for (const s of await smallTargets(page)) found.push(`${path}: ${s}`);
  }
  // one document's page, from the catalogue
  await page.goto(`${baseUrl}/normative-documents`);
  await page.locator('.fz-portal-body a[href^="/normative-documents/"]').first().click();
  await page.waitForLoadState('networkidle');
  for (const s of await smallTargets(page)) found.push(`document: ${s}`);
  assert.deepEqual(found, [], `tap targets smaller than ${MIN}px:\n${found.join('\n')}`);
  await context.close();
});
