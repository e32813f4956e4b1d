// Story: a citizen opens the portal's 行政执法事前公示 (行政处罚法第三十九条), picks the market-regulation bureau and
// reads its three lists in force — the random-inspection items with their method, the audio-video list with
// 查封扣押财产 in it, the legal-review catalogue with its amounts — and searches the lists for one item.
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newPage, screenshot } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the portal shows a body’s advance-publication lists in force, and finds an item', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${baseUrl}/enforcement-lists`);
  await page.getByText('行政执法事前公示').first().waitFor();
  // the first body's lists are shown first; then the citizen picks the bureau
  await page
    .getByText(/示范区.+随机抽查事项清单/)
    .first()
    .waitFor();
  await page.getByLabel('执法主体').first().click();
  // the option in the open list: the picker itself shows the same title when the bureau is the first body
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="示范区市场监督管理局"]').click();
  await page.getByText('示范区市场监督管理局随机抽查事项清单').waitFor();
  await page.getByText('示范区市场监督管理局音像记录事项清单').waitFor();
  await page.getByText('示范区市场监督管理局重大执法决定法制审核目录清单').waitFor();
  await page.getByRole('cell', { name: '查封扣押财产', exact: true }).waitFor();
  await page
    .getByRole('cell', { name: '对农产品进入批发、零售市场或者生产加工企业后的生产经营活动的监督检查' })
    .waitFor();
  await page.getByLabel('检索事项').fill('广告');
  await page.getByLabel('检索事项').press('Enter');
  await page
    .getByRole('cell', { name: '对明知或者应知广告虚假仍在广告中对商品、服务作推荐、证明的行政处罚' })
    .waitFor();
  await page.getByText('检索「广告」共1项').first().waitFor();
  await screenshot(page, 'portal-enforcement-lists');
  await context.close();
});
