// Story: a published demo decision is executed and archived (《重大行政决策程序暂行条例》第三十三条、第三十四条).
// The market regulation bureau's legal officer (demo.legal), the implementing unit, finds the decision's first
// progress report due, reports its progress with a problem found (第三十五条) and sees the next report's due day;
// the government office (demo.office) opens the decision, records the accountability of 第四十条 the report
// led to, finds the case file complete, archives it, and downloads the kept manifest, whose SM3 digest is the one
// the page shows and which lists the case file with the digest shown for it. The forms offer the problem types and
// the articles by core's labels, the ones the page shows once recorded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { accountabilityArticleLabels, executionProblemLabels } from '@fazhi/core/major-decisions';
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';
import { baseUrl, clickButton, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

const title = '示范区农村集贸市场规范化建设方案';
const card = (page: Page, name: string) =>
  page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title').getByText(name, { exact: true }) });

const option = (page: Page, label: string) =>
  page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();

test('the implementing unit reports progress and the office archives the decision', async (t) => {
  if (!(await requireEndpoints(t, ['/api/decisions/{id}/after', '/api/decisions/{id}/archive/manifest.json']))) return;

  const legal = await newPage(browser);
  // the legal officer starts on the list of decisions (the menu offering it) and opens the decision from there
  await signInAs(legal.page, 'demo.legal', consoleLink(decisionsMenu, 'decision-records'));
  await legal.page.getByRole('menu').getByText('重大行政决策', { exact: true }).waitFor();
  await legal.page.getByRole('link', { name: title }).click();
  await legal.page.locator('.ant-card-head-title').filter({ hasText: title }).waitFor();
  await legal.page.getByText(/下次执行情况报告应于.*前报送/).waitFor();
  const report = card(legal.page, '报告决策执行情况（第三十四条、第三十五条）');
  await report.getByLabel('执行情况', { exact: true }).fill('已完成6个乡镇集贸市场的规范化改造');
  await report.getByLabel(/发现的问题类型/).click();
  await option(legal.page, executionProblemLabels.problem_found);
  await report.getByLabel('发现的问题及建议').fill('个别市场摊位收费未公示');
  await clickButton(report, '报送执行情况');
  await legal.page.getByRole('cell', { name: '已完成6个乡镇集贸市场的规范化改造' }).waitFor();
  await legal.page
    .getByRole('cell', { name: `${executionProblemLabels.problem_found}：个别市场摊位收费未公示` })
    .waitFor();
  const decisionPage = new URL(legal.page.url()).pathname;
  await legal.context.close();

  // the office opens the same decision's page from the address bar: the list and the menu were the legal officer's
  const office = await newPage(browser);
  await signInAs(office.page, 'demo.office', decisionPage);
  await office.page.locator('.ant-card-head-title').filter({ hasText: title }).waitFor();
  const blame = card(office.page, '记录责任追究（第三十八条至第四十一条）');
  await blame.getByLabel('被追究责任的单位或人员').fill('示范区某乡镇集贸市场管理所');
  await blame.getByLabel('适用条款').click();
  await option(office.page, accountabilityArticleLabels.art40);
  await blame.getByLabel('认定的事实').fill('未按规定公示摊位收费标准，瞒报执行中发现的问题');
  await blame.getByLabel('处理机关').fill('示范区人民政府');
  await blame.getByLabel('处理结果').fill('责令改正，通报批评');
  await clickButton(blame, '记录责任追究');
  await office.page.getByRole('cell', { name: accountabilityArticleLabels.art40, exact: true }).waitFor();
  const file = office.page.getByTestId('case-file');
  await file.getByText('案卷检查：履行决策程序形成的记录和材料齐全，可以归档').waitFor();
  await clickButton(card(office.page, '归档'), '生成案卷并归档');
  const manifestLink = file.getByRole('link', { name: '下载案卷清单' });
  await manifestLink.waitFor();
  const shown = (await file.getByText(/^SM3：/).allTextContents()).map((s) => s.replace('SM3：', ''));
  const res = await office.page.request.get(`${baseUrl}${await manifestLink.getAttribute('href')}`);
  assert.equal(res.status(), 200);
  const body = await res.body();
  assert.equal(createHash('sm3').update(body).digest('hex'), shown[1], 'the manifest downloaded is the one archived');
  const manifest = JSON.parse(body.toString('utf8')) as { files: { sm3: string }[]; parts: { title: string }[] };
  assert.equal(manifest.files[0]!.sm3, shown[0]);
  assert.ok(manifest.parts.some((p) => p.title.startsWith('决策执行情况报告')));
  await office.page.getByRole('cell', { name: /决策过程记录和材料归档/ }).waitFor();
  await screenshot(office.page, 'office-archives-a-decision');
});
