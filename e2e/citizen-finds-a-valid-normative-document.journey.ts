// Story: a citizen on a phone looks up a normative document in force (现行有效的行政规范性文件统一公开查询) by a
// word from its text, opens it, and sees its 文号, 效力状态, the text by article, its history and the downloads.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, newPage, phone, screenshot } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

const noHorizontalScroll = async (page: Page) => {
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= phone.width, `no horizontal scrolling on a phone (page is ${width}px wide)`);
};

test('a citizen finds a document in force by a word of its text and reads it on a phone', async () => {
  const { page, context } = await newPage(browser, phone);
  await page.goto(`${baseUrl}/normative-documents`);
  await page.getByText('现行有效的行政规范性文件统一公开查询').waitFor();
  await page.getByText(/共找到 \d+ 件现行有效的规范性文件/).waitFor();
  await noHorizontalScroll(page);
  await page.getByLabel('检索规范性文件').fill('项目招标');
  await page.getByLabel('检索规范性文件').press('Enter');
  const title = '示范区住房和城乡建设局物业服务企业信用评价管理暂行办法';
  await page.getByRole('link', { name: title }).waitFor();
  await noHorizontalScroll(page);
  await screenshot(page, 'normative-catalogue-list-phone');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByText('现行有效', { exact: true }).waitFor();
  await page.getByText('信用评价结果向社会公开，并作为物业项目招标的参考。').waitFor();
  await page.getByText('状态历史').waitFor();
  await page.getByText(/统一登记、编号、发布：文号：/).waitFor();
  const docx = await page.getByRole('link', { name: /正式文本（DOCX）/ }).getAttribute('href');
  assert.match(docx ?? '', /^\/api\/public\/normative-documents\/[0-9a-f-]{36}\/text\.docx$/);
  await noHorizontalScroll(page);
  await screenshot(page, 'normative-catalogue-document-phone');
  await page.goto(`${baseUrl}/normative-documents?q=${encodeURIComponent('不存在的词语组合')}`);
  await page.getByText('没有找到与「不存在的词语组合」相关的现行有效文件').waitFor();
  await context.close();
});
