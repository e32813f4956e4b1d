// Story: an enforcement officer of the 示范区市场监督管理局 opens the published discretion benchmark of a penalty item
// (《中华人民共和国产品质量法》第五十条, a fine of a multiple of the goods' value), enters the facts of a case — the
// goods' value and that the party corrected promptly — and reads the applicable circumstance, the range in yuan,
// the legal basis and the reasons: which rule of 《行政处罚法》第三十条至第三十三条 and which condition of the benchmark
// held or did not.
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { consoleLink, discretionMenu } from '@fazhi/core/modules';
import { buttonName, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a benchmark suggests a penalty and says why', async (t) => {
  if (!(await requireEndpoints(t, ['/api/discretion-benchmarks']))) return;
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.officer', consoleLink(discretionMenu, 'discretion-benchmarks'));
  await page.getByRole('link', { name: '在产品中掺杂、掺假，以假充真，以次充好' }).click();
  await page.getByText('违法生产、销售产品货值金额百分之五十以上三倍以下').first().waitFor();

  const card = page.locator('.ant-card').filter({ hasText: '处罚测算' });
  await card.getByRole('spinbutton', { name: '涉案货值金额（元）' }).fill('4000');
  await card.getByRole('combobox', { name: '及时改正' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="是"]').click();
  await card.getByRole('button', { name: buttonName('测算处罚') }).click();
  const result = page.getByRole('region', { name: '测算结果' });
  await result.getByText('从轻处罚', { exact: true }).waitFor();
  await result.getByText(/货值金额0\.5倍以上1倍以下罚款（按填写的金额计算：2000元至4000元）/).waitFor();
  await result
    .getByText(/《中华人民共和国产品质量法》第五十条/)
    .first()
    .waitFor();
  // why: the benchmark's 从轻 conditions held; 第三十条 did not apply, the age not being entered
  await result.getByRole('cell', { name: '货值金额不超过5000元并及时改正的', exact: true }).waitFor();
  await result.getByText('涉案货值金额（元）不超过5000：填写为“4000”，符合').waitFor();
  await result.getByText('违法行为发生时当事人的年龄（周岁）低于14：未填写，条件不成立').waitFor();
  await result.scrollIntoViewIfNeeded();
  await screenshot(page, 'discretion-penalty-suggestion');
  await context.close();
});
