// Story: someone types a wrong password five times; the account is locked and the sign-in page says so in Chinese,
// including when the right password is then tried.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { demoPassword, launch, newPage, screenshot, signIn } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('after five wrong passwords the account is locked and the person is told so', async () => {
  const { page, context } = await newPage(browser);
  await signIn(page, 'demo.officer', 'Wrong#Pass1');
  await page
    .getByRole('alert')
    .getByText(/用户名或密码错误/)
    .waitFor();
  for (let i = 2; i <= 5; i++) {
    await page.getByLabel('密码').fill('Wrong#Pass1');
    await page.getByRole('button', { name: /登\s?录/ }).click();
    if (i < 5)
      await page
        .getByRole('alert')
        .getByText(new RegExp(`再失败 ${5 - i} 次将锁定账号`))
        .waitFor();
  }
  await page.getByText('账号已锁定', { exact: true }).waitFor();
  await page.getByLabel('密码').fill(demoPassword);
  await page.getByRole('button', { name: /登\s?录/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: '分钟后再试' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /锁定/);
  await screenshot(page, 'locked-account');
  await context.close();
});
