// Story: the legal officer of the 示范区市场监督管理局 drafts the discretion benchmark of a penalty item — its code,
// name and legal basis as the powers list has them (a penalty item of the bureau in the demo 权责清单, which the
// benchmark's code must name), a 首违不罚 circumstance with its conditions and the general
// range — publishes it (《行政处罚法》第三十四条), and the public finds it on the portal's 不予处罚清单.
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { consoleLink, discretionMenu } from '@fazhi/core/modules';
import { baseUrl, buttonName, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

/** Picks an option of an antd Select, clicked on its box (the chosen value covers the input itself). */
async function pick(page: Page, combobox: Locator, option: string) {
  await page.locator('.ant-select').filter({ has: combobox }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

test('a benchmark drafted and published is on the portal’s lenient list', async (t) => {
  if (!(await requireEndpoints(t, ['/api/discretion-benchmarks', '/api/public/discretion/lenient-lists']))) return;
  // a penalty item of the bureau in the demo powers list that the demo gives no benchmark
  const code = '159901-01-CF-0001';
  const name = '对经营者不执行政府指导价、政府定价以及法定的价格干预措施、紧急措施的行政处罚';
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.legal', consoleLink(discretionMenu, 'discretion-benchmarks', 'new'));
  await page.getByLabel('事项编码').fill(code);
  await page.getByLabel('事项名称').fill(name);
  await page.getByLabel('法律依据').fill('《中华人民共和国价格法》第三十九条');

  // the form starts with the general circumstance: its range
  await page.getByRole('spinbutton', { name: '罚款下限（元）' }).fill('0');
  await page.getByRole('spinbutton', { name: '罚款上限（元）' }).fill('10000');
  // a 不予处罚 circumstance: no fine, one condition
  await page.getByRole('button', { name: buttonName('增加裁量情形') }).click();
  // the second circumstance's fields, by the ids the form gives them (circumstances.1.…)
  const second = (field: string) => page.locator(`#circumstances_1_${field}`);
  await pick(page, second('kind'), '不予处罚');
  await pick(page, second('fineKind'), '不设罚款');
  await second('description').fill('初次违法且及时改正的');
  await page
    .getByRole('button', { name: buttonName('增加适用条件') })
    .nth(1)
    .click();
  await pick(page, second('conditions_0_fact'), '初次违法');
  await pick(page, second('conditions_0_value'), '是');
  await page.getByRole('button', { name: buttonName('起草') }).click();

  // the draft's page: published today, in force at once
  const publish = page.locator('.ant-card').filter({ hasText: '公布裁量基准' });
  await publish.getByRole('button', { name: buttonName('公布') }).click();
  await page.getByText('现行有效').first().waitFor();

  const portal = await context.newPage();
  await portal.goto(`${baseUrl}/lenient-lists`);
  const list = portal.locator('.ant-card').filter({ hasText: '不予行政处罚事项清单' }).last();
  await list.getByRole('link', { name: `${name}（${code}）` }).waitFor();
  await list.getByText('（初次违法）').waitFor();
  await screenshot(portal, 'discretion-lenient-list');
  await context.close();
});
