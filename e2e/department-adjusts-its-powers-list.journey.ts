// Story: the market regulator's legal officer (demo.legal) adds a power to the district's 权责清单 — a new penalty
// item with its basis, responsibilities, the reason and the government's approval, in force today — and a citizen
// finds it on the portal's list, which now shows the new version in force.
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { consoleLink, powerListsMenu } from '@fazhi/core/modules';
import { baseUrl, clickButton, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a department adjusts its powers list and the portal shows the new version', async (t) => {
  if (!(await requireEndpoints(t, ['/api/power-lists', '/api/public/power-lists/{listKind}']))) return;
  const code = `159901-01-CF-E${Date.now() % 100000}`;
  const name = '对电子商务经营者未公示营业执照信息的处罚';
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.legal', consoleLink(powerListsMenu, 'power-lists'));
  await page.getByText('现行第3版').waitFor();
  await page.getByRole('tab', { name: '调整清单' }).click();
  const form = page.getByRole('tabpanel', { name: '调整清单' });
  await form.getByLabel('事项编码').fill(code);
  await form.getByLabel('事项名称').fill(name);
  await form.getByRole('combobox', { name: '事项类型' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '行政处罚' }).click();
  await form.getByLabel('法律法规名称').fill('《中华人民共和国电子商务法》');
  await form.getByLabel('条款', { exact: true }).fill('第七十六条');
  await form.getByLabel('责任事项').fill('立案责任\n调查责任\n决定责任');
  await form.getByLabel('调整理由').fill('落实《中华人民共和国电子商务法》，新增行政处罚事项');
  await form.getByLabel('批准机关及文件').fill('示范区人民政府 示政函〔2026〕88号');
  await clickButton(form, '提交调整');
  await page.getByText('已调整，形成第4版（现行有效）').waitFor();
  await screenshot(page, 'power-list-adjusted');
  await context.close();

  const citizen = await newPage(browser);
  await citizen.page.goto(`${baseUrl}/power-lists?q=${encodeURIComponent(code)}`);
  await citizen.page.getByText(/现行权责清单为第4版/).waitFor();
  const item = citizen.page.getByRole('listitem').filter({ hasText: name });
  await item.getByText('实施主体：示范区市场监督管理局').waitFor();
  await item.getByText('设定和实施依据：《中华人民共和国电子商务法》第七十六条').waitFor();
  await screenshot(citizen.page, 'power-list-portal');
  await citizen.context.close();
});
