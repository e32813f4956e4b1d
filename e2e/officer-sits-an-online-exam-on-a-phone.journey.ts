// Story: an enforcement officer sits this year's online law exam on a phone (issue 21 item 3): the exam is listed
// with its time and attempts, the paper is drawn when the sitting starts, each answer is saved as it is chosen, and
// the submission is marked at once — all answers right, 100 points, passed — with the right answers shown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { consoleLink, trainingMenu } from '@fazhi/core/modules';
import { demoQuestions } from '../packages/server/src/modules/training/demo/questions';
import { buttonName, launch, newPage, phone, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

const LETTERS = 'ABCDEFGH';
const TRUE_FALSE = ['正确', '错误'];

test('an officer sits the online exam on a phone and passes', async (t) => {
  await requireEndpoints(t, ['/api/my-training-exams', '/api/training-sittings/{id}/submission']);
  const { page, context } = await newPage(browser, phone);
  await signInAs(page, 'demo.officer', consoleLink(trainingMenu, 'my-exams'));
  const start = page.getByRole('button', { name: buttonName('开始考试') });
  const exam = page.locator('.ant-card').filter({ hasText: '通用法律知识网上考试' }).filter({ has: start });
  await exam.getByText('120分钟，满分100分，60分合格').waitFor();
  await exam.getByRole('button', { name: buttonName('开始考试') }).click();

  await page.getByText(/剩余时间 \d\d:\d\d:\d\d/).waitFor();
  const cards = page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: /^\d+\.（/ }) });
  await cards.first().waitFor();
  const count = await cards.count();
  assert.equal(count, 9, 'the demo blueprint draws nine questions');
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    const stem = (await card.locator('.ant-typography').first().innerText()).trim();
    const q = demoQuestions.find((d) => d.stem === stem);
    assert.ok(q, `a question of the demo bank: ${stem}`);
    const options = q.kind === 'true_false' ? TRUE_FALSE : q.options;
    for (const letter of q.answer) {
      // the option is tapped where a finger would, on its line
      await card.locator('label', { hasText: `${letter}. ${options[LETTERS.indexOf(letter)]}` }).click();
      await card.getByText('已保存').waitFor();
    }
  }
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= phone.width, `no horizontal scrolling (page is ${width}px wide)`);
  await screenshot(page, 'training-exam-sitting-phone');

  await page
    .getByRole('button', { name: buttonName('交卷') })
    .last()
    .click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: buttonName('交卷') })
    .click();
  await page.getByText('得分 100 分，考试合格').waitFor();
  assert.equal(await page.getByText('正确', { exact: true }).count(), 9);
  await screenshot(page, 'training-exam-passed-phone');
  await context.close();
});
