// Story: a staff member leaves the console idle past the timeout; the next thing they do brings them back to the
// sign-in page with the reason, and signing in again returns them to where they were.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { demoPassword, launch, newPage, screenshot, signIn } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('an idle session ends and the console sends the person back to sign-in with the reason', async () => {
  const { page, context } = await newPage(browser);
  // The workbench's own requests are answered first, so that the next request is the first to find the session
  // idle. (waitForLoadState('networkidle') does not wait for them: the sign-in page's document reached that state
  // already, and the console changes pages without loading a new document.)
  const answered = (path: string) => page.waitForResponse((r) => new URL(r.url()).pathname === path);
  const workbenchLoaded = Promise.all([answered('/api/workbench'), answered('/api/notifications')]);
  await signIn(page, 'demo.leader', demoPassword);
  await page.getByRole('menu').getByText('工作台').waitFor();
  await workbenchLoaded;
  // Idle for two hours: the session's idle clock is moved back in the database, as time would move it.
  const db = new pg.Client({ connectionString: process.env.FAZHI_E2E_DATABASE_URL });
  await db.connect();
  const moved = await db.query(
    `UPDATE sessions SET last_seen_at = now() - interval '2 hours'
      WHERE user_id = (SELECT id FROM users WHERE username = 'demo.leader')`,
  );
  await db.end();
  assert.ok((moved.rowCount ?? 0) > 0);
  await page.getByRole('menu').getByRole('link', { name: '单位管理' }).click();
  await page.getByText('登录已超时，请重新登录').waitFor();
  await page.getByLabel('密码').fill(demoPassword);
  await page.getByLabel('用户名').fill('demo.leader');
  await page.getByRole('button', { name: /登\s?录/ }).click();
  await page.locator('.ant-tree').getByText('示范区人民政府', { exact: true }).waitFor();
  assert.match(page.url(), /\/console\/orgs$/);
  await screenshot(page, 'session-expired-and-back');
  await context.close();
});
