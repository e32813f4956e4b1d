// Story: the government office records the study of law before an executive meeting (常务会议会前学法, issue 21
// item 2): the page warns of the units short of the year's two lectures (督察工作规定第八条第七项、第九条第九项),
// and the session entered — the meeting, the topic, the laws studied, who explained them, the attendance — is listed.
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { consoleLink, trainingMenu } from '@fazhi/core/modules';
import { buttonName, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the government office records the study before an executive meeting', async (t) => {
  await requireEndpoints(t, ['/api/study-sessions']);
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.office', consoleLink(trainingMenu, 'study-sessions'));
  await page.getByText(/法治专题讲座不足2期的单位/).waitFor();
  await page.getByLabel('会议名称').fill('区政府第十二次常务会议');
  await page.getByLabel('学习主题').fill('优化营商环境条例要点');
  const laws = page.getByRole('combobox', { name: '学习的法律法规' });
  await laws.fill('优化营商环境条例');
  await laws.press('Enter');
  await page.getByLabel('讲解人').fill('区发展和改革局局长');
  await page.getByLabel('参加人数').fill('21');
  await page.getByRole('button', { name: buttonName('登记') }).click();
  const row = page.getByRole('row', { name: /优化营商环境条例要点/ });
  await row.getByText('区政府第十二次常务会议').waitFor();
  await row.getByText('常务会议会前学法').waitFor();
  await screenshot(page, 'training-study-session');
  await context.close();
});
