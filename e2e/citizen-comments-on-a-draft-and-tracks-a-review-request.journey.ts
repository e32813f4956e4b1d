// Story: a citizen on a phone opens 意见征集 on the portal, opens the demo draft in public consultation, comments
// on one of its articles (text with markup, which must stay text) and is told the comment awaits moderation; then
// files a review request of a normative document under 建议审查, keeps the tracking number and tracks it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  demoPassword,
  launch,
  newPage,
  office,
  phone,
  requireEndpoints,
  screenshot,
  signedInApi,
} from './support';

const MARKUP = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

async function noHorizontalScroll(page: Page, where: string) {
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= phone.width, `no horizontal scrolling on ${where} (page is ${width}px wide)`);
}

async function noMarkupRan(page: Page) {
  assert.equal(await page.evaluate('window.__xss'), undefined, 'typed markup never runs');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'typed markup never becomes an element');
}

test('a citizen comments on an article of a draft, then files a review request and tracks it, on a phone', async (t) => {
  await requireEndpoints(t, [
    '/api/public/normative-consultations',
    '/api/public/normative-consultations/{id}',
    '/api/public/normative-consultations/{id}/comments',
    '/api/public/normative-review-requests',
    '/api/public/normative-review-requests/{trackingNumber}',
  ]);
  const { page, context } = await newPage(browser, phone);
  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: '意见征集' }).first().click();

  // the list: the demo draft in consultation, with its drafting unit and the days left
  const entry = page.getByRole('link', { name: /宠物经营场所管理规定/ }).first();
  await entry.waitFor();
  await page
    .getByText(/剩余\d+天|今日截止/)
    .first()
    .waitFor();
  await page.getByText('起草单位：示范区市场监督管理局').first().waitFor();
  await noHorizontalScroll(page, 'the consultation list');
  await screenshot(page, 'consultations-phone');
  await entry.click();

  // the draft: period, how to comment, the text by article
  await page.getByRole('heading', { name: /宠物经营场所管理规定/ }).waitFor();
  await page.getByText('如何提出意见').waitFor();
  await page
    .getByText(/征求意见期/)
    .first()
    .waitFor();
  await screenshot(page, 'consultation-top-phone');
  await page.getByRole('button', { name: '对第四条提出意见' }).click();
  const form = page.getByRole('form', { name: '对第四条提出意见' });
  const body = form.getByLabel('意见内容');
  await body.fill('短');
  await form.getByRole('button', { name: '提交意见' }).click();
  await form.getByText('意见内容至少5个字').waitFor();
  const text = `建议明确防疫条件的具体标准，并给现有经营场所留出过渡期。${MARKUP}`;
  await body.fill(text);
  await form.getByText(`${text.length} / 2000`).waitFor();
  await form.getByLabel('姓名或单位名称').fill('示范·市民丙（演示）');
  const posted = page.waitForResponse((r) => r.url().endsWith('/comments') && r.request().method() === 'POST');
  await form.getByRole('button', { name: '提交意见' }).click();
  const commentId = ((await (await posted).json()) as { id: string }).id;
  await page.getByText('意见已提交，等待审核').waitFor();
  assert.equal(await page.locator('.fz-pp-sent-text').innerText(), text, 'the comment is shown back as typed text');
  await noMarkupRan(page);
  await noHorizontalScroll(page, 'the draft page');
  await page.getByText('意见已提交，等待审核').scrollIntoViewIfNeeded();
  await screenshot(page, 'consultation-comment-sent-phone');

  // the drafting unit approves it (through the API, as its console would); the page then shows it as text
  const staff = await signedInApi('demo.legal', demoPassword);
  const documentId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const approved = await staff.context.post(
    `${baseUrl}/api/normative-documents/${documentId}/comments/${commentId}/moderation`,
    { data: { decision: 'approved' }, headers: { 'x-csrf-token': staff.csrfToken } },
  );
  assert.equal(approved.status(), 200, await approved.text());
  await staff.context.dispose();
  await page.reload();
  const article = page.getByRole('region', { name: '第四条' });
  await article.getByText(/公众意见（1条）及采纳情况/).click();
  assert.equal(await article.locator('.fz-pp-comment-body').innerText(), text, 'the approved comment is shown as text');
  assert.equal((await article.innerText()).includes('示范·市民丙'), false, 'the commenter is not named');
  await noMarkupRan(page);
  await article.scrollIntoViewIfNeeded();
  await screenshot(page, 'consultation-approved-comment-phone');

  // a review request: the tracking number and the acceptance deadline, with the advice to keep the number
  await page.getByRole('link', { name: '建议审查' }).first().click();
  await page.getByLabel('文件名称或文号').fill(`示范区某管理办法${MARKUP}`);
  await page.getByLabel('姓名或单位名称').fill('示范·市民丙（演示）');
  await page.getByLabel('联系方式').fill('13800000000');
  await page.getByLabel('审查建议和理由').fill('该文件第三条增设了上位法没有规定的许可条件，建议审查。');
  await noHorizontalScroll(page, 'the review request form');
  await screenshot(page, 'review-request-form-phone');
  await page.getByRole('button', { name: '提交审查建议' }).click();
  await page.getByText('审查建议已提交').waitFor();
  await page.getByText(/司法局将于\d{4}年\d{1,2}月\d{1,2}日前决定是否受理/).waitFor();
  await page.getByText('请妥善保存查询编号').waitFor();
  const number = (await page.getByTestId('tracking-number').locator('strong').innerText()).trim();
  // region, date, then 80 random bits in four groups of Crockford base32
  assert.match(number, /^GF159901-\d{8}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
  await noHorizontalScroll(page, 'the review request confirmation');
  await screenshot(page, 'review-request-sent-phone');

  // tracking by number, typed in anew (in lower case) as a requester coming back later would
  await page.goto(`${baseUrl}/normative-review-requests/track`);
  await page.getByLabel('查询编号').fill(number.toLowerCase());
  await page.getByLabel('查询编号').press('Enter');
  const result = page.getByTestId('tracking-result');
  await result.waitFor();
  const shown = await result.innerText();
  assert.match(shown, /已收到，待受理审查/);
  assert.match(shown, /建议审查受理审查/);
  assert.ok(shown.includes(`示范区某管理办法${MARKUP}`), 'the document title is shown as typed text');
  assert.equal(shown.includes('13800000000'), false, 'nothing personal is shown');
  await noMarkupRan(page);
  await noHorizontalScroll(page, 'the tracking page');
  await screenshot(page, 'review-request-tracked-phone');

  // an unknown number is answered in Chinese
  await page.getByLabel('查询编号').fill('GF15990120261123000000');
  await page.getByLabel('查询编号').press('Enter');
  await page
    .getByText('查询编号格式不正确')
    .or(page.getByText(/没有找到该查询编号/))
    .waitFor();
  await context.close();
});

test('the consultation list and the draft read well on an office screen', async () => {
  const { page, context } = await newPage(browser, office);
  await page.goto(`${baseUrl}/normative-consultations`);
  await page
    .getByText(/剩余\d+天|今日截止/)
    .first()
    .waitFor();
  await screenshot(page, 'consultations-office');
  await page
    .getByRole('link', { name: /宠物经营场所管理规定/ })
    .first()
    .click();
  await page.getByRole('heading', { name: /宠物经营场所管理规定/ }).waitFor();
  await page.getByText('起草说明').click();
  await page.getByRole('button', { name: '对第一条提出意见' }).click();
  await page.getByRole('form', { name: '对第一条提出意见' }).getByLabel('意见内容').waitFor();
  const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
  assert.ok(width <= office.width, `no horizontal scrolling (page is ${width}px wide)`);
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, 'consultation-office');
  await context.close();
});
