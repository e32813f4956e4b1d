// Story: the justice bureau's reviewer opens the region's 决策咨询论证专家库, draws two experts in 城乡规划 for a
// decision, naming the company with an interest in it; the expert who declared that interest is excluded with the
// reason (《重大行政决策程序暂行条例》第二十条), and the draw is recorded with its seed and checks out (复核一致).
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';
import { buttonName, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the reviewer draws experts for a decision, excluding a declared interest', async (t) => {
  if (!(await requireEndpoints(t, ['/api/decision-experts', '/api/decision-expert-draws']))) return;
  const matter = `示范区城市更新专项规划论证（${Date.now() % 100000}）`;
  const { page, context } = await newPage(browser);
  // the story starts on the expert pool: opened from the address bar, with the menu offering it
  await signInAs(page, 'demo.reviewer', consoleLink(decisionsMenu, 'decision-experts'));
  await page.getByRole('menu').getByText('决策咨询论证专家库').waitFor();
  await page.getByRole('cell', { name: '示范·李城建' }).waitFor();
  await page.getByRole('tab', { name: /抽取记录/ }).click();
  const form = page.locator('.ant-card').filter({ hasText: '抽取论证专家' });
  await form.getByLabel('论证的决策事项').fill(matter);
  await form.getByLabel('专业领域').fill('城乡规划');
  await form.getByRole('spinbutton', { name: '抽取人数' }).fill('2');
  await form.getByLabel(/与决策事项有直接利害关系/).fill('示范城建集团有限公司');
  await form.getByRole('button', { name: buttonName('抽取') }).click();
  const row = page.getByRole('row').filter({ hasText: matter });
  await row.getByText('复核一致').waitFor();
  await row.getByRole('button', { name: /展开|Expand row/ }).click();
  await page
    .getByText(/排除 示范·李城建：申报与“示范城建集团有限公司”存在利害关系/)
    .first()
    .waitFor();
  await screenshot(page, 'decision-expert-draw');
  await context.close();
});
