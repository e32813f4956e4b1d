// Story: the justice bureau's office registers a neighbours' dispute that a village's people's mediation committee
// takes up — the two parties, the mediators —, records the session, and then the agreement with the amount the
// parties agreed; the dispute shows it settled, with the parties' thirty days for 司法确认 (人民调解法 第三十三条).
import { after, before, test } from 'node:test';
import { consoleLink, mediationMenu } from '@fazhi/core/modules';
import type { Browser } from 'playwright-core';
import { buttonName, launch, newPage, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the office registers a dispute, records the session and the agreement', async () => {
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.reviewer', consoleLink(mediationMenu, 'mediation-disputes'));
  await page.getByRole('button', { name: buttonName('登记纠纷') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('纠纷简要情况').fill('相邻两户因排水沟堵塞发生争执');
  await dialog.getByLabel('调解员', { exact: true }).fill('旅程测试调解员');
  await dialog.getByLabel('当事人1姓名或者名称').fill('旅程测试甲');
  await dialog.getByLabel('当事人2姓名或者名称').fill('旅程测试乙');
  await dialog.getByRole('button', { name: buttonName('保存') }).click();

  await page.getByText('调解纠纷 （').waitFor();
  await page.getByText('旅程测试甲').waitFor();
  await page.getByLabel('调解地点').fill('村委会调解室');
  await page.getByLabel('调解情况记录').fill('双方同意共同清理排水沟');
  await page.getByRole('button', { name: buttonName('记录调解情况') }).click();
  await page.getByText('双方同意共同清理排水沟').waitFor();

  await page.getByLabel('协议内容').fill('乙方承担清理费用五百元');
  await page.getByLabel('协议涉及金额').fill('500');
  await page.getByRole('button', { name: buttonName('记录调解结果') }).click();
  await page.locator('.ant-tag', { hasText: '调解成功' }).waitFor();
  await page.getByText('前共同申请').waitFor();
  await page.getByText('调解协议', { exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, 'mediation-agreed');
  await context.close();
});
