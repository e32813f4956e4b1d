// Story: the market-regulation bureau's legal officer records a suit from the court's papers (the 案号 checked by its
// shape), the complaint's copy received — which starts the fifteen days of defence (行政诉讼法第六十七条) —, the defence
// submitted on time, the hearing, and the bureau's head appearing in court with the identity certificate
// (法释〔2020〕3号第二条、第六条).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { consoleLink, litigationMenu } from '@fazhi/core/modules';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, buttonName, fillDate, launch, newPage, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

/** Picks an option of the antd Select labelled `label` by its text. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

test('an agency records a suit, its defence on time and the head’s appearance', async () => {
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.legal', null);
  const { today } = (await (await page.request.get(`${baseUrl}/api/auth/session`)).json()) as { today: string };
  await page.goto(`${baseUrl}${consoleLink(litigationMenu, 'litigation-suits', 'new')}`);
  const number = `（${today.slice(0, 4)}）内0105行初${700 + Math.floor(Math.random() * 200)}号`;
  await choose(page, '被诉行政机关', '示范区市场监督管理局');
  await page.getByLabel('审理法院').fill('示范区人民法院');
  await page.getByLabel('案号').fill(number);
  await page.getByLabel('案由').fill('市场监督管理行政处罚');
  await page.getByLabel('被诉行政行为').fill('罚款二万元的行政处罚决定');
  await page.getByLabel('应诉承办人').fill('旅程承办人');
  await page.getByLabel('原告姓名或者名称').fill('旅程原告');
  await page.getByLabel('手机号码').fill('13912345678');
  await page.getByRole('button', { name: buttonName('登记') }).click();

  await page.getByText(`${number}（市场监督管理行政处罚）`).waitFor();
  await page.getByText('139****5678').waitFor();
  await page.getByRole('button', { name: buttonName('记录送达') }).click();
  await page.getByText('提交答辩状、证据和规范性文件').waitFor();
  await page.getByLabel('提交的证据和规范性文件').fill('处罚决定书、调查笔录、听证笔录');
  await page.getByRole('button', { name: buttonName('记录答辩') }).click();
  // the defence within the fifteen days: not marked late, and the hearing's form offered next
  await page.getByRole('button', { name: buttonName('记录开庭安排') }).waitFor();
  assert.equal(await page.locator('.ant-tag', { hasText: '逾期' }).count(), 0);

  await fillDate(page.getByLabel('开庭日期'), today);
  await page.getByLabel('法庭').fill('第一审判庭');
  await page.getByRole('button', { name: buttonName('记录开庭安排') }).click();
  await page.getByText('待记录').waitFor();
  // the date first: its Enter would submit a form already complete
  await fillDate(page.getByLabel('提交负责人身份证明日期'), today);
  await page.getByLabel('出庭负责人', { exact: true }).fill('旅程局长');
  await choose(page, '出庭负责人的职务', '正职负责人');
  await page.getByRole('button', { name: buttonName('记录出庭情况') }).click();
  await page.getByText(/负责人出庭：旅程局长（正职负责人）/).waitFor();
  await screenshot(page, 'litigation-head-appeared');

  const list = await page.request.get(`${baseUrl}/api/litigation-suits?pageSize=5`);
  const row = (
    (await list.json()) as { items: { suitNumber: string; headAppeared: boolean; status: string }[] }
  ).items.find((s) => s.suitNumber === number);
  assert.equal(row?.headAppeared, true);
  assert.equal(row?.status, 'answered');
  await context.close();
});
