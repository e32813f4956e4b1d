// Story: a county office's old PC opens the console and the portal, and antd's styles come from the CSS file the
// build extracted (packages/web/build/antd-static-style.tsx) instead of being computed in the page on every load
// (issue 13 item 8). Every main page a legal officer walks through by the menu, with or without reduced motion,
// injects no antd `<style>` (cssinjs marks each one it computes with data-css-hash): a component the extraction
// leaves out fails here. And the pages look as they did when antd computed its styles at runtime: screenshots with
// the extracted files and with them emptied (which forces the runtime path) differ in almost no pixel.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, computeAntdStylesAtRuntime, launch, newPage, office, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

/** The `<style>`s antd computed in this page (the text's start names the component), after what it shows. */
async function runtimeStyles(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  return page.locator('style[data-css-hash]').evaluateAll((nodes) => nodes.map((n) => n.textContent!.slice(0, 120)));
}

async function noRuntimeStyles(page: Page, where: string) {
  assert.deepEqual(await runtimeStyles(page), [], `${where}：antd 样式在页面中计算`);
}

/** Each page as the menu reaches it. */
async function walkTheConsole(page: Page) {
  await page.getByRole('menu').waitFor();
  await noRuntimeStyles(page, '工作台');
  await page.getByRole('menu').getByRole('link', { name: '行政规范性文件' }).click();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await rows.first().waitFor();
  await noRuntimeStyles(page, '行政规范性文件列表');
  await page.getByRole('combobox', { name: '状态' }).click();
  await page.locator('.ant-select-dropdown:visible').waitFor();
  await noRuntimeStyles(page, '状态下拉');
  await page.keyboard.press('Escape');
  await rows.first().getByRole('link').first().click();
  await page.locator('.ant-tabs').first().waitFor();
  await noRuntimeStyles(page, '规范性文件页');
  await page.getByRole('menu').getByText('重大行政决策', { exact: true }).click();
  await page.getByRole('link', { name: '示范区农村集贸市场规范化建设方案' }).click();
  await page.locator('.ant-card-head-title').filter({ hasText: '示范区农村集贸市场规范化建设方案' }).waitFor();
  await noRuntimeStyles(page, '重大行政决策页');
  await page.getByRole('menu').getByRole('link', { name: '公众意见处理' }).click();
  await page.getByTestId('desk-comments').waitFor();
  await noRuntimeStyles(page, '公众意见处理');
}

test('the console and the portal compute no antd style at runtime, with reduced motion or without', async () => {
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.legal');
  await walkTheConsole(page);
  await context.close();

  const moving = await browser.newContext({
    viewport: office,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'no-preference',
  });
  const portal = await moving.newPage();
  await portal.goto(baseUrl);
  await portal.getByRole('heading').first().waitFor();
  await noRuntimeStyles(portal, '门户首页（有动效）');
  // the other theme's file: its path map, and the console's frame with it
  await signInAs(portal, 'demo.legal');
  await portal.getByRole('menu').waitFor();
  await noRuntimeStyles(portal, '工作台（有动效）');
  await portal.getByRole('menu').getByRole('link', { name: '行政规范性文件' }).click();
  await portal.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await noRuntimeStyles(portal, '行政规范性文件列表（有动效）');
  await moving.close();
});

/** Compares two PNGs (base64) pixel by pixel in the page: the share that differs (any channel by more than 8 of
 * 255). A string, so that the test bundler's helpers (tsx names functions) do not reach the page. */
const COMPARE = `async ([x, y]) => {
  const decode = async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    return g.getImageData(0, 0, bitmap.width, bitmap.height).data;
  };
  const [p, q] = await Promise.all([decode(x), decode(y)]);
  if (p.length !== q.length) return 1;
  let differing = 0;
  for (let i = 0; i < p.length; i += 4)
    if ([0, 1, 2, 3].some((c) => Math.abs(p[i + c] - q[i + c]) > 8)) differing++;
  return differing / (p.length / 4);
}`;

async function differingShare(context: BrowserContext, a: Buffer, b: Buffer): Promise<number> {
  const blank = await context.newPage();
  try {
    const compare = await blank.evaluateHandle(`(${COMPARE})`);
    return (await compare.evaluate(
      (f, args) => (f as (a: string[]) => Promise<number>)(args),
      [a.toString('base64'), b.toString('base64')],
    )) as number;
  } finally {
    await blank.close();
  }
}

/** The page as it is drawn now, and as it is drawn with the extracted styles emptied (antd computes them all). */
async function bothWays(page: Page, ready: () => Promise<void>): Promise<[Buffer, Buffer]> {
  // the page with its data: nothing loading, no spinner or skeleton left (the workbench fills its cards after it)
  const shot = async () => {
    await ready();
    await page.waitForLoadState('networkidle');
    await page.locator('.ant-spin-spinning, .ant-skeleton-active').first().waitFor({ state: 'detached' });
    return page.screenshot({ animations: 'disabled', caret: 'hide' });
  };
  const extracted = await shot();
  await computeAntdStylesAtRuntime(page);
  await page.reload();
  const computed = await shot();
  assert.ok((await runtimeStyles(page)).length > 0, '清空提取的样式文件后，antd 应在页面中计算样式');
  await page.unrouteAll();
  return [extracted, computed];
}

test('the sign-in page, the workbench and a list look as they did with antd computing its styles', async (t) => {
  const { page, context } = await newPage(browser);
  await page.goto(`${baseUrl}/console`);
  const pages: [string, Buffer, Buffer][] = [];
  pages.push(['登录页', ...(await bothWays(page, () => page.getByLabel('用户名').waitFor()))]);
  await signInAs(page, 'demo.legal');
  pages.push(['工作台', ...(await bothWays(page, () => page.getByRole('menu').waitFor()))]);
  await page.getByRole('menu').getByRole('link', { name: '行政规范性文件' }).click();
  const list = () => page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  pages.push(['行政规范性文件列表', ...(await bothWays(page, list))]);
  // the comparison sees a difference where there is one: two different pages
  assert.ok((await differingShare(context, pages[0]![1], pages[1]![1])) > 0.05, '像素比较应能发现不同的页面');
  for (const [name, a, b] of pages) {
    const share = await differingShare(context, a, b);
    t.diagnostic(`${name}：${(share * 100).toFixed(4)}% 的像素不同`);
    assert.ok(share < 0.001, `${name}：${(share * 100).toFixed(3)}% 的像素与运行时计算样式时不同`);
  }
  await context.close();
});
