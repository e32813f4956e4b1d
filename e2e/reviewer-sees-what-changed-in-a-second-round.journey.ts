// Story: the reviewer finds a draft unlawful (审核不通过); the legal officer revises it and submits it again; in the
// second round the reviewer's desk shows what changed by article since the text the first round reviewed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { apiPoster, baseUrl, launch, newPage, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

const changedArticle = '摊位经营者应当亮照经营，明码标价。';

test('a second review round shows the articles changed since the first', async () => {
  const legal = await newPage(browser);
  // both officials build the first round through the API: sessions with no page loaded, the reviewer's first page
  // being the review that shows the changes
  await signInAs(legal.page, 'demo.legal', null);
  const asLegal = await apiPoster(legal.page);
  const { id } = await asLegal.post('/normative-documents', {
    draftingOrgId: asLegal.orgId,
    title: '示范区菜市场摊位管理办法（第二轮审核）',
    kind: 'ordinary',
    legalBases: [{ title: '《中华人民共和国产品质量法》' }],
    affectsRights: true,
    affectsMarket: false,
    draftingExplanation: '规范菜市场摊位管理。',
    articles: [
      { body: '为了规范菜市场摊位管理，制定本办法。' },
      { body: '摊位经营者应当亮照经营。' },
      { body: '违反本办法的，处以一万元罚款。' },
    ],
  });
  await asLegal.post(`/normative-documents/${id}/consultation/exemption`, { reason: '涉及国家秘密，依法不予公开' });
  await asLegal.post(`/normative-documents/${id}/legality-review/submission`, {});

  const reviewer = await newPage(browser);
  await signInAs(reviewer.page, 'demo.reviewer', null);
  const asReviewer = await apiPoster(reviewer.page);
  await asReviewer.post(`/normative-documents/${id}/legality-review`, {
    checklist: [{ item: 'creates_licence_penalty_coercion', finding: 'problem', note: '第三条设定罚款无上位法依据' }],
    opinion: '第三条无上位法依据，应删除；第二条应补充明码标价要求。',
    result: 'failed',
    earlyReason: '演示：提前办结',
  });

  await asLegal.post(`/normative-documents/${id}/revise`, {
    articles: [{ body: '为了规范菜市场摊位管理，制定本办法。' }, { body: changedArticle }],
  });
  await asLegal.post(`/normative-documents/${id}/legality-review/submission`, {});
  await legal.context.close();

  const page = reviewer.page;
  await page.goto(`${baseUrl}/console/normative-documents/${id}/review`);
  await page.getByRole('tab', { name: /与第1次审核相比的修改（2）/ }).click();
  const changes = page.getByTestId('changes-since-first-round');
  await changes.getByText(`现文：${changedArticle}`).waitFor();
  await changes.getByText('原文：摊位经营者应当亮照经营。').waitFor();
  await changes.getByText('原文：违反本办法的，处以一万元罚款。').waitFor();
  const text = await changes.innerText();
  assert.match(text, /修改\s*第二条/);
  assert.match(text, /删除\s*第三条/);
  await screenshot(page, 'normative-second-round-changes');
  await reviewer.context.close();
});
