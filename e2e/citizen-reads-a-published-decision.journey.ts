// Story: a citizen reads a published major decision and its interpretation on the portal. The market regulation
// bureau (a department following the procedure by reference, 第四十二条) publishes this year's catalogue with one
// item and takes a decision from it through to publication — all through the API (demo.legal, the justice bureau
// reviewing). The citizen opens the portal's decision catalogue, sees the item 已公布 with a link, reads the
// decision, its 政策解读 and the explanation of how the public's views were adopted, and finds it in the list of
// published decisions.
import { randomInt } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { clockFromEnv } from '../packages/server/src/platform/clock';
import { baseUrl, launch, newPage, requireEndpoints, screenshot } from './support';
import { apiAs, daysAgo, throughLegalityReview } from './decision-support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a citizen reads a published decision and its interpretation on the portal', async (t) => {
  if (!(await requireEndpoints(t, ['/api/public/decisions', '/api/public/decisions/{id}']))) return;
  const today = clockFromEnv().today();
  const year = Number(today.slice(0, 4));
  const title = `示范区校外培训机构预收费监管办法（${randomInt(100_000)}）`;

  const bureau = await apiAs('demo.legal');
  const { id: catalogue } = await bureau.post('/decision-catalogues', { bodyOrgId: bureau.orgId, year });
  const { items } = await bureau.post<{ items: { id: string; title: string }[] }>(
    `/decision-catalogues/${catalogue}/items`,
    {
      title,
      sponsorOrgId: bureau.orgId,
      legalBasis: '《中华人民共和国民办教育促进法》',
      plannedStart: `${year}-01-01`,
      plannedFinish: `${year}-12-31`,
      applicableSteps: [],
    },
  );
  await bureau.post(`/decision-catalogues/${catalogue}/party-consent`, { consentedOn: today, record: '党组会议纪要' });
  await bureau.post(`/decision-catalogues/${catalogue}/publication`, {});
  const { id } = await bureau.post('/decisions', {
    bodyOrgId: bureau.orgId,
    catalogueItemId: items.find((i) => i.title === title)!.id,
    proposal: '建议按目录启动',
    proposer: '示范区市场监督管理局',
    proposedOn: daysAgo(120),
  });
  await throughLegalityReview(bureau, id, '《中华人民共和国民办教育促进法》');
  await bureau.post(`/decisions/${id}/discussion`, {
    meetingKind: 'executive',
    meetingName: '局务会议',
    attendees: ['副局长', '局长'],
    speeches: [
      { name: '副局长', isHead: false, view: 'agree' },
      { name: '局长', isHead: true, view: 'agree' },
    ],
    decision: 'adopted',
  });
  await bureau.post(`/decisions/${id}/party-report`, { reportRecord: '关于出台监管办法的请示' });
  await bureau.post(`/decisions/${id}/publication`, {
    publishedText: '第一条 为规范校外培训机构预收费行为，制定本办法。\n第二条 预收费应当存入监管账户。',
    adoptionExplanation: '征求意见期间收到的意见均已研究，关于监管账户的建议予以采纳。',
    interpretation: '一、出台背景：预收费纠纷多发。\n二、主要内容：预收费资金纳入监管账户。',
  });
  await bureau.close();

  // the citizen: the catalogue shows the item published, with the decision one click away
  const { page, context } = await newPage(browser);
  await page.goto(baseUrl);
  await page.getByRole('link', { name: '重大行政决策事项目录' }).first().click();
  await page.getByLabel('年度').first().click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: `${year}年` })
    .click();
  const item = page.getByRole('listitem').filter({ hasText: title });
  await item.getByLabel('决策进展').filter({ hasText: '已公布' }).waitFor();
  await item.getByRole('link', { name: '查看公布的决策' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByText('二、主要内容：预收费资金纳入监管账户。').waitFor();
  await page.getByText('关于监管账户的建议予以采纳').waitFor();
  await page.getByText(/决策草案于.*公开征求意见，收到公众意见0条/).waitFor();
  await page.getByRole('link', { name: `列入${year}年决策事项目录` }).waitFor();
  await screenshot(page, 'decision-portal-page');
  // and in the list of the year's published decisions
  await page.getByRole('link', { name: '返回重大行政决策公开' }).click();
  await page.getByRole('link', { name: title }).waitFor();
  await context.close();
});
