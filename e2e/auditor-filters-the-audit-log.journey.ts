// Story: the 安全审计员 opens the audit log, picks the kind of event and the kind of record by their Chinese names
// (not by identifiers such as user.created), and opens one event to see what it concerned and its place in the chain.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { consoleLink, auditMenu } from '@fazhi/core/modules';
import type { Browser } from 'playwright-core';
import { launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the auditor filters the audit log by kind of event and of record, named in Chinese', async (t) => {
  await requireEndpoints(t, ['/api/audit/events', '/api/audit/vocabulary']);
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.auditor', consoleLink(auditMenu, 'audit'));
  await page.getByRole('menu').getByRole('link', { name: '审计日志' }).waitFor();
  await page.locator('.ant-table-row').first().waitFor();

  const pick = async (field: string, option: string) => {
    const item = page.locator('.ant-form-item').filter({ hasText: field });
    await item.locator('.ant-select').click();
    await page.keyboard.type(option);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  };
  await pick('事件类型', '新增用户');
  await pick('对象类型', '用户');
  const answered = page.waitForResponse(
    (r) => r.url().includes('/api/audit/events?') && r.url().includes('user.created'),
  );
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await answered;
  const rows = page.locator('.ant-table-row');
  await rows.first().waitFor();
  const texts = await rows.allInnerTexts();
  assert.ok(texts.length > 0);
  for (const row of texts) {
    assert.match(row, /新增用户/);
    assert.match(row, /用户/);
  }
  await rows.first().click();
  const drawer = page.getByRole('dialog').filter({ hasText: '审计事件详情' });
  // the record is named by its kind in Chinese and its name, never a bare identifier
  await drawer.getByText(/^用户：\S+/).waitFor();
  await drawer.getByText(/区划 \d+ 第 \d+ 号/).waitFor();
  await screenshot(page, 'auditor-audit-log-filtered');
  await context.close();
});
