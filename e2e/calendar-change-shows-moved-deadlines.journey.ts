// Story: the district's system administrator adds a local holiday from a government notice; the console shows the
// change and the open deadlines it moved, with their old and new due dates.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { consoleLink, calendarMenu } from '@fazhi/core/modules';
import type { Browser } from 'playwright-core';
import { fillDate, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';
import { FIXTURE_SUBJECT } from './fixtures';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('adding a local holiday shows the deadlines it moved', async (t) => {
  if (
    !(await requireEndpoints(t, [
      '/api/calendar/years',
      '/api/calendar/local-holidays',
      '/api/calendar/changes/{id}',
      '/api/calendar/days',
    ]))
  )
    return;
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.sysadmin', consoleLink(calendarMenu, 'calendar'));
  await page.getByRole('menu').getByRole('link', { name: '工作日历' }).waitFor();
  await page.getByRole('tab', { name: '地方节假日' }).click();
  await page.getByLabel('节日名称').fill('示范区演示纪念日');
  await fillDate(page.getByLabel('开始'), '2026-12-03');
  await fillDate(page.getByLabel('结束'), '2026-12-03');
  await page.getByLabel('依据文件').fill('示政发〔2026〕9号');
  await page.getByRole('button', { name: '添加地方节假日' }).click();
  const change = page.getByTestId('calendar-change');
  await change.getByText(FIXTURE_SUBJECT).waitFor();
  const text = await change.innerText();
  assert.match(text, /2026年12月29日/, 'the old due date is shown');
  assert.match(text, /2026年12月30日/, 'the new due date is one working day later');
  assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/, 'no ISO dates on screen');
  await screenshot(page, 'calendar-change-moves');
  await context.close();
});
