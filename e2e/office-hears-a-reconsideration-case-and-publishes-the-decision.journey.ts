// Story: the reconsideration office has accepted a case registered at its counter (through the API, dated back so
// the hearing's five working days of notice have run, 行政复议法 第五十一条); on the case's page the clerk organises
// a hearing with its panel (第五十条), records it — the respondent's head attended, the record signed —, decides on
// it (第六十一条第二款) and publishes the decision; the portal shows it, the applicant's name left out (第七十九条).
import { acceptanceConditions } from '@fazhi/core/reconsideration';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { consoleLink, reconsiderationMenu } from '@fazhi/core/modules';
import { baseUrl, fillDate, launch, newPage, requireEndpoints, signInAs } from './support';
import { apiAs, daysAgo } from './decision-support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the office holds a hearing, decides on its record and publishes the decision', async (t) => {
  if (
    !(await requireEndpoints(t, [
      '/api/reconsideration-cases/{id}/hearings',
      '/api/reconsideration-cases/{id}/hearing-record',
      '/api/public/reconsideration-decisions/{id}',
    ]))
  )
    return;
  const office = await apiAs('demo.reviewer');
  const registered = await office.post<{ id: string; handlerChoices: { id: string; name: string }[] }>(
    '/reconsideration-cases',
    {
      regionCode: '159901',
      channel: 'in_person',
      receivedOn: daysAgo(30),
      applicant: { kind: 'person', name: '赵强' },
      respondentName: '示范区市场监督管理局',
      contestedAct: '示市监罚〔2026〕21号行政处罚决定',
      knownOn: daysAgo(35),
      requests: '请求撤销该行政处罚决定',
      reasons: '处罚认定的违法所得数额有误。',
    },
  );
  // accepted with the demo office's two 行政复议人员 as handlers
  await office.post(`/reconsideration-cases/${registered.id}/acceptance`, {
    conditionsMet: [...acceptanceConditions],
    procedure: 'ordinary',
    acceptedOn: daysAgo(29),
    handlerIds: registered.handlerChoices.filter((h) => h.name.startsWith('示范·行政复议人员')).map((h) => h.id),
  });
  await office.close();

  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.reviewer', consoleLink(reconsiderationMenu, 'reconsideration-cases', registered.id));
  // 组织听证: three weeks after the notice, which went out the day after the acceptance
  await fillDate(page.getByLabel('听证日期'), daysAgo(3));
  await page.getByLabel('听证地点').fill('示范区司法局听证室');
  await page.getByLabel('拟听证事项').fill('违法所得数额的认定是否有证据支持');
  await page.getByRole('combobox', { name: '听证主持人' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="示范·司法局审核员"]').click();
  await page.getByRole('combobox', { name: '听证员' }).click();
  for (const name of ['示范·行政复议人员甲', '示范·行政复议人员乙'])
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${name}"]`).click();
  await page.getByLabel('记录员').fill('示范·书记员');
  await fillDate(page.getByLabel('书面通知当事人日期'), daysAgo(25));
  await page.getByRole('button', { name: '组织听证' }).click();
  await page.getByText('已通知，待举行').waitFor();

  // 听证笔录: the bureau's deputy head attended, the record signed
  await page.getByLabel('被申请人参加听证人员').fill('李某（示范区市场监督管理局副局长）');
  await page.getByLabel('听证笔录', { exact: true }).fill('申请人、被申请人分别陈述意见，就违法所得数额进行质证。');
  await page.getByLabel('听证笔录已签字').click();
  await page.getByRole('button', { name: '记录听证' }).click();
  await page.getByText('已举行', { exact: true }).waitFor();

  await page.getByRole('combobox', { name: '决定类型' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option[title="撤销或者部分撤销（第六十四条）"]')
    .click();
  await page.getByLabel('决定书正文').fill('经听证查明，被申请人认定的违法所得数额证据不足。撤销该行政处罚决定。');
  await page.getByRole('button', { name: '记录决定' }).click();
  await page.getByTestId('case-status').filter({ hasText: '已作出行政复议决定' }).waitFor();
  await page.getByRole('button', { name: '在门户网站公开决定书（隐去个人信息）' }).click();
  await page.getByText(/已于.*公开/).waitFor();
  await context.close();

  const portal = await newPage(browser);
  await portal.page.goto(`${baseUrl}/reconsideration-decisions/${registered.id}`);
  await portal.page.getByText('经听证查明').waitFor();
  assert.equal(await portal.page.getByText('赵强').count(), 0, 'the applicant is not named on the portal');
  await portal.context.close();
});
