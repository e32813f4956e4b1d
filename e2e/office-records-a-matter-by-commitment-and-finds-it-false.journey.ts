// Story: the market-regulation bureau's office records a matter it handled by commitment (告知承诺制, 国办发〔2020〕42号)
// — the applicant company with its 统一社会信用代码 and the commitment made — and later records the check that found
// the commitment false, with what followed (撤销行政决定, 纳入信用记录).
import { after, before, test } from 'node:test';
import { commitmentsMenu, consoleLink } from '@fazhi/core/modules';
import type { Browser } from 'playwright-core';
import { buttonName, launch, newPage, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('an office records a matter by commitment, then a check that finds it false', async () => {
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.legal', consoleLink(commitmentsMenu, 'commitment-matters'));
  await page.getByRole('button', { name: buttonName('记录办理事项') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('申请人名称').fill('示范区旅程测试商贸有限公司');
  await dialog.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
  await dialog.getByLabel('申请人的承诺').fill('本公司承诺经营场所和设施符合条件');
  await dialog.getByRole('button', { name: buttonName('记录') }).click();

  await page.getByText('告知承诺办理：').waitFor();
  await page.getByText('示范区旅程测试商贸有限公司').waitFor();
  await page.getByText('未核查').waitFor();
  await page.getByText('承诺不实').click();
  await page.getByLabel('核查情况').fill('现场核查发现经营场所不存在');
  // a click, then the box as React renders it: Playwright's check() reads the box at once, and under load the
  // controlled Checkbox.Group's render of the new value can come after that read
  for (const [label, value] of [
    ['撤销行政决定', 'revoked'],
    ['纳入信用记录', 'credit_record'],
  ] as const) {
    await page.getByLabel(label).click();
    await page.locator(`input[value="${value}"]:checked`).waitFor();
  }
  await page.getByRole('button', { name: buttonName('记录核查结果') }).click();
  await page.getByText('撤销行政决定、纳入信用记录').waitFor();
  await page.locator('.ant-tag', { hasText: '承诺不实' }).waitFor();
  await screenshot(page, 'commitment-found-false');
  await context.close();
});
