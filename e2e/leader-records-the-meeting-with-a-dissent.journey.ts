// Story: the leader records the government's meeting on a decision, with a dissent. A decision found lawful and
// waiting for the meeting is built through the API (the office drafts and consults, the justice bureau reviews);
// the district leader (demo.leader) enters the 常务会议: two members disagree, the head of government speaks last
// and the draft is adopted — against the majority, so the page asks for the head's reasons (第三十条第二款); with
// them given, the record shows each view in order, the dissent with its content, and the reasons.
import { randomInt } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';
import { clickButton, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';
import { apiAs, daysAgo, throughLegalityReview } from './decision-support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

const speaker = (page: Page, n: number) => ({
  name: page.getByLabel(`第${n}位发言人`),
  view: page.getByLabel(`第${n}位意见`).first(),
  opinion: page.getByLabel(`第${n}位发言内容`),
});

test('the leader records the meeting with a dissent, and the head’s reasons where he differs', async (t) => {
  if (!(await requireEndpoints(t, ['/api/decisions/{id}/discussion']))) return;
  const title = `示范区老旧小区加装电梯补助办法（${randomInt(100_000)}）`;

  // built through the API: the office drafts and consults on its own matter, the justice bureau finds it lawful
  const office = await apiAs('demo.office');
  const { id } = await office.post('/decisions', {
    bodyOrgId: office.orgId,
    title,
    sponsorOrgId: office.orgId,
    applicableSteps: [],
    outsideCatalogueReason: '年中群众集中反映，区政府决定研究',
    proposal: '建议对老旧小区加装电梯给予补助',
    proposer: '示范区人民政府分管副区长',
    proposedOn: daysAgo(120),
  });
  await throughLegalityReview(office, id, '《中华人民共和国城乡规划法》');
  await office.close();

  // the leader enters the meeting: two members disagree, the head last adopts it
  const { page, context } = await newPage(browser);
  // straight to the decision's page (its list and the menu are walked in the other decision journeys)
  await signInAs(page, 'demo.leader', consoleLink(decisionsMenu, 'decision-records', id));
  const form = page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-card-head-title').getByText('集体讨论决定', { exact: true }) });
  await form.getByLabel('会议名称').fill('示范区人民政府第12次常务会议');
  await form.getByLabel('出席人员（以顿号分隔）').fill('副区长甲、副区长乙、区长');
  await clickButton(form, '增加发言人');
  const rows = [
    { n: 1, name: '副区长甲', view: '不同意', opinion: '财政压力较大，建议先行试点' },
    { n: 2, name: '副区长乙', view: '不同意', opinion: '补助标准偏高' },
    { n: 3, name: '区长', view: '同意', opinion: '同意实施' },
  ];
  for (const r of rows) {
    const s = speaker(page, r.n);
    await s.name.fill(r.name);
    await s.view.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: r.view })
      .first()
      .click();
    await s.opinion.fill(r.opinion);
  }
  await clickButton(form, '记录集体讨论决定');
  // the head adopts it against the majority: his reasons are required, named next to their field
  await form
    .getByText(/应当在会上说明理由.*第三十条第二款/)
    .first()
    .waitFor();
  await form.getByLabel(/行政首长说明的理由/).fill('群众需求迫切，补助资金已列入年度预算，先行试点将延误民生实事');
  await clickButton(form, '记录集体讨论决定');
  const record = page.getByLabel('集体讨论决定', { exact: true });
  await record.getByText('副区长甲：不同意。财政压力较大，建议先行试点').waitFor();
  await record.getByText('副区长乙：不同意。补助标准偏高').waitFor();
  await record.getByText('区长（行政首长）：同意。同意实施').waitFor();
  await record.getByText('群众需求迫切，补助资金已列入年度预算').waitFor();
  await screenshot(page, 'decision-meeting-with-dissent');
  await context.close();
});
