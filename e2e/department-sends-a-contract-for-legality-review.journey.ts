// Story: the market-regulation bureau sends an investment agreement (招商引资协议, seed 002 task 8) to the justice
// bureau for legality review with its package; the reviewer finds it on the shared 合法性审查 desk, answers the
// contract's checklist and gives the opinion with its individual opinions counted; the bureau reads the opinion on
// its matter, concluded within the review period.
import { test, after, before } from 'node:test';
import { consoleLink, legalAdvisersMenu, legalityReviewMenu } from '@fazhi/core/modules';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { Browser } from 'playwright-core';
import { clockFromEnv } from '../packages/server/src/platform/clock';
import { clickButton, fillDate, launch, newPage, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a department sends a contract for review and gets the opinion within its period', async () => {
  const title = '示范区旅程测试产业园招商引资协议（演示）';
  const sentOn = formatIsoDate(parseIsoDate(clockFromEnv().today()) - 7);

  const legal = await newPage(browser);
  await signInAs(legal.page, 'demo.legal', consoleLink(legalAdvisersMenu, 'legal-review-matters'));
  const form = legal.page.locator('.ant-card', { hasText: '报送合法性审查' });
  await form.getByRole('combobox', { name: '合同类型' }).click();
  await legal.page.getByTitle('招商引资协议（政策承诺）').click();
  // the date first: its Enter would submit a form already complete
  await fillDate(form.getByLabel('报送日期'), sentOn);
  await form.getByLabel('合同相对方').fill('示范投资有限公司（演示）');
  await form.getByLabel('送审事项名称').fill(title);
  await form.getByLabel('送审文本').fill('第一条 甲方为乙方提供项目用地……第五条 甲方承诺给予乙方税收返还。');
  await form.getByLabel('送审单位自审意见').fill('经本局法规科审查，协议主体适格，第五条需司法局把关。');
  await clickButton(form, '报送司法局审查');
  await legal.page.getByTestId('matter-standing').filter({ hasText: '审查中' }).waitFor();
  await legal.page.getByText('审查期限').waitFor();

  const reviewer = await newPage(browser);
  await signInAs(reviewer.page, 'demo.reviewer', consoleLink(legalityReviewMenu, 'legality-reviews'));
  await reviewer.page.getByTestId('legality-review-queue').getByRole('link', { name: title }).click();
  const review = reviewer.page.getByTestId('review-form');
  await review
    .getByLabel('审查意见', { exact: true })
    .fill('一、第五条税收返还承诺无法律依据，应删除；二、应约定争议解决方式。');
  await review.getByLabel('审核意见条数').fill('2');
  await review.getByRole('radio', { name: '修改后通过' }).check();
  await clickButton(review, '提交审查意见');
  await reviewer.page.getByText('本次报送已审查完毕').waitFor();
  await reviewer.context.close();

  await legal.page.reload();
  await legal.page.getByTestId('matter-standing').filter({ hasText: '修改后通过' }).waitFor();
  const round = legal.page.getByTestId('review-round');
  await round.getByText('2条').waitFor();
  await round.getByTestId('review-opinion').filter({ hasText: '第五条税收返还承诺无法律依据' }).waitFor();
  if (await round.getByText('超过审查期限').count()) throw new Error('审查未在期限内办结');
  await screenshot(legal.page, 'contract-review-opinion');
  await legal.context.close();
});
