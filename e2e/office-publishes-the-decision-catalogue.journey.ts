// Story: the district government office (demo.office) drafts next year's 重大行政决策事项目录, adds an item with the
// steps that apply to it, is told that the catalogue cannot be published before the same-level Party committee
// consents (《重大行政决策程序暂行条例》第三条第三款), records the consent and publishes it; a citizen finds the item on
// the portal's catalogue of that year.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';
import { clockFromEnv } from '../packages/server/src/platform/clock';
import { baseUrl, buttonName, clickButton, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the office publishes the decision catalogue with the Party committee’s consent', async (t) => {
  if (!(await requireEndpoints(t, ['/api/decision-catalogues', '/api/public/decision-catalogues']))) return;
  const year = Number(clockFromEnv().today().slice(0, 4)) + 1;
  const title = `示范区城市更新专项规划（${Date.now() % 100000}）`;
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.office', consoleLink(decisionsMenu, 'decision-catalogues'));
  await page.getByRole('menu').getByText('决策事项目录').waitFor();
  const draft = page.locator('.ant-card').filter({ hasText: '编制年度决策事项目录' });
  await draft.getByRole('spinbutton', { name: '年度' }).fill(String(year));
  await clickButton(draft, '编制目录');
  await page.getByText(`示范区人民政府${year}年重大行政决策事项目录`).waitFor();

  await page.getByRole('button', { name: buttonName('增加决策事项') }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '增加决策事项' });
  await dialog.getByLabel('决策事项名称').fill(title);
  await dialog.getByRole('combobox', { name: '承办单位' }).fill('住房和城乡建设局');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: '示范区住房和城乡建设局' })
    .click();
  await dialog.getByLabel('法律依据').fill('《中华人民共和国城乡规划法》');
  await dialog.getByText('听证会（').click();
  await dialog.getByText('风险评估（').click();
  await clickButton(dialog, '保存');
  await dialog.waitFor({ state: 'hidden' });
  const row = page.getByRole('row').filter({ hasText: title });
  await row.getByText('听证会').waitFor();
  await row.getByText('示范区住房和城乡建设局').waitFor();

  // publishing before the committee's consent is refused, naming the missing step and its article
  await page.getByRole('button', { name: buttonName('公布目录') }).click();
  await page.getByText(/尚未完成：经同级党委同意.*第三条第三款/).waitFor();

  const consent = page.locator('.ant-card').filter({ hasText: '记录同级党委同意' });
  await consent.getByLabel('党委同意的文件或会议').fill(`中共示范区委常委会会议纪要〔${year - 1}〕12号（演示）`);
  await clickButton(consent, '记录党委同意');
  await page.getByText('党委已同意待公布').waitFor();
  await page.getByRole('button', { name: buttonName('公布目录') }).click();
  await page.locator('.ant-tag').filter({ hasText: '已公布' }).first().waitFor();
  // once published, items no longer change here: an adjustment opens the next version
  assert.equal(await page.getByRole('button', { name: /增加决策事项/ }).count(), 0);
  await page.locator('.ant-card').filter({ hasText: '调整目录' }).waitFor();
  await screenshot(page, 'decision-catalogue-console');
  await context.close();

  const citizen = await newPage(browser);
  await citizen.page.goto(`${baseUrl}/decision-catalogue?year=${year}`);
  await citizen.page.getByText(`示范区人民政府${year}年重大行政决策事项目录`).waitFor();
  const item = citizen.page.getByRole('listitem').filter({ hasText: title });
  await item.getByText('承办单位：示范区住房和城乡建设局').waitFor();
  await item.getByText(/决策程序：决策启动 → .*听证会.*风险评估.*合法性审查.*集体讨论决定/).waitFor();
  await item.getByText('列入目录').waitFor();
  await screenshot(citizen.page, 'decision-catalogue-portal');
  await citizen.context.close();
});
