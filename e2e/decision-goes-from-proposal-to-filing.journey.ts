// Story: a major decision goes from the proposal to the filing, switching users. The government office
// (demo.office) records a proposal outside the year's catalogue with its reason and the decision to start it, naming
// the market regulation bureau as 承办单位; the bureau's legal officer (demo.legal) is told the draft cannot be sent
// for review before the draft and the public participation (naming their articles), records the draft, and — the
// 30-day consultation built through the API, dated back — sends it for review; the justice bureau's reviewer
// (demo.reviewer) opens it from the shared 合法性审查 desk (filtered to decisions), sees the review time as a floor
// (the earliest day with 第二十六条, no ceiling) and the submitted package, and records the review with a 公职律师
// and the reason for concluding within 7 working days; the office — the meeting and the report to the Party committee recorded through the
// API — publishes it with the adoption explanation and the interpretation, sees the filing due within the region's
// period, and files it on time.
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { consoleLink, decisionsMenu, legalityReviewMenu } from '@fazhi/core/modules';
import { clockFromEnv } from '../packages/server/src/platform/clock';
import { apiPoster, baseUrl, clickButton, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';
import { apiAs } from './decision-support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

/** The card whose title is exactly `title` (the act's form, not a card that merely mentions it). */
const card = (page: Page, title: string) =>
  page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title').getByText(title, { exact: true }) });

async function openDecision(page: Page, title: string) {
  await page.getByRole('menu').getByText('重大行政决策', { exact: true }).click();
  await page.getByRole('link', { name: title }).click();
  await page.locator('.ant-card-head-title').filter({ hasText: title }).waitFor();
}

test('a decision goes from the proposal to the filing, switching users', async (t) => {
  if (
    !(await requireEndpoints(t, [
      '/api/decisions',
      '/api/legality-reviews',
      '/api/decisions/{id}/legality-review/result',
    ]))
  )
    return;
  const today = clockFromEnv().today();
  const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  const title = `示范区夜间经济集聚区建设方案（${Date.now() % 100000}）`;

  // the government office records the proposal outside the catalogue and the decision to start
  const office = await newPage(browser);
  // each actor's first page is the one its part of the story starts on, loaded from the address bar with the menu
  // offering it (a workbench drawn first and left cost each actor half a CPU-second)
  await signInAs(office.page, 'demo.office', consoleLink(decisionsMenu, 'decision-records'));
  await office.page.getByRole('menu').getByText('重大行政决策', { exact: true }).waitFor();
  const propose = card(office.page, '提出决策建议');
  await propose.getByText('未列入目录的事项').click();
  await propose.getByLabel('决策事项名称').fill(title);
  await propose.getByRole('combobox', { name: '承办单位' }).fill('市场监督管理局');
  await office.page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: '示范区市场监督管理局' })
    .click();
  await propose.getByLabel('未列入决策事项目录的理由').fill('区委经济工作会议新部署，年初目录未列入');
  await propose.getByLabel('决策建议').fill('建议建设夜间经济集聚区，促进消费');
  await propose.getByLabel('建议提出人').fill('示范区人民政府分管副区长');
  await clickButton(propose, '记录决策建议');
  const start = card(office.page, '决定是否启动决策程序');
  await start.getByLabel('决定启动的会议或批示').fill('区政府常务会议纪要〔演示〕5号');
  await clickButton(start, '记录启动决定');
  await office.page.locator('.ant-tag').filter({ hasText: '拟订草案中' }).waitFor();
  // the proposal recorded, the page is the decision's own
  const decisionPage = new URL(office.page.url()).pathname;
  const id = decisionPage.split('/').pop()!;
  await office.context.close();

  // the 承办单位's legal officer: refused before the draft and the consultation, then drafts and sends it
  const legal = await newPage(browser);
  await signInAs(legal.page, 'demo.legal', decisionPage);
  await legal.page.locator('.ant-card-head-title').filter({ hasText: title }).waitFor();
  const send = card(legal.page, '送请合法性审查');
  await send.getByLabel('决策依据').fill('《优化营商环境条例》');
  await send.getByLabel('履行决策程序的情况说明').fill('已公开征求意见');
  await clickButton(send, '送请审查');
  await send.getByText(/尚未完成：拟订决策草案及其说明.*第十二条.*公众参与.*第十四条/).waitFor();
  const draft = card(legal.page, '拟订决策草案');
  await draft.getByLabel('决策草案', { exact: true }).fill('一、建设目标……二、空间布局……');
  await draft.getByLabel('起草说明').fill('起草背景和调研情况');
  await clickButton(draft, '保存草案');
  await legal.page.getByText('备选方案').first().waitFor();
  const api = await apiPoster(legal.page);
  await api.post(`/decisions/${id}/consultation`, { opensOn: ago(75), closesOn: ago(35) });
  await api.post(`/decisions/${id}/consultation/closure`, { closedOn: ago(34) });
  // back by the menu rather than a reload, which would start the console anew (its costliest step)
  await openDecision(legal.page, title);
  await card(legal.page, '公众参与和合法性审查').getByText('已于').waitFor();
  const again = card(legal.page, '送请合法性审查');
  await again.getByLabel('决策依据').fill('《优化营商环境条例》');
  await again.getByLabel('履行决策程序的情况说明').fill('已公开征求意见35日，未收到意见');
  await clickButton(again, '送请审查');
  await legal.page.locator('.ant-tag').filter({ hasText: '合法性审查中' }).waitFor();
  // the demo decision that calls for every middle step waits for its risk assessment (第二十二条至第二十四条)
  await openDecision(legal.page, '示范区集贸市场摊位租金调整方案');
  const risk = card(legal.page, '风险评估（第二十二条至第二十四条）');
  await risk.getByLabel('风险评估单位').fill('示范区社会稳定风险评估中心');
  await risk.getByRole('radio', { name: '中风险' }).check();
  await risk.getByLabel('风险点（每行一项）').fill('部分经营户对调整幅度有异议');
  await risk.getByLabel('风险防范措施').fill('设置一年过渡期，分步调整');
  await risk.getByLabel('风险处置预案').fill('成立工作专班，及时回应经营户诉求');
  await clickButton(risk, '记录风险评估');
  await legal.page.getByText('中风险，风险可控').waitFor();
  await legal.context.close();

  // the justice bureau's reviewer opens the draft from the shared 合法性审查 desk, filtered to decisions, and reviews
  // it there with a 公职律师; concluding before the floor needs its reason
  const reviewer = await newPage(browser);
  await signInAs(reviewer.page, 'demo.reviewer', consoleLink(legalityReviewMenu, 'legality-reviews'));
  await reviewer.page.getByRole('menu').getByText('合法性审查', { exact: true }).waitFor();
  await reviewer.page.locator('.ant-segmented').getByText('重大行政决策', { exact: true }).click();
  const queue = reviewer.page.getByTestId('legality-review-queue');
  await queue.getByRole('link', { name: title }).click();
  // 第二十六条: the review time is a floor — the earliest day, with its article, not a day to be late on
  const head = card(reviewer.page, `重大行政决策《${title}》合法性审查`);
  await head.getByText(/^\d{4}年\d{1,2}月\d{1,2}日（.*第二十六条.*）$/).waitFor();
  await head.getByText('未规定').waitFor();
  await head.getByRole('tab', { name: '报送材料' }).click();
  await head.getByText('履行决策程序的情况说明').waitFor();
  const review = reviewer.page.getByTestId('review-form');
  await review.getByLabel('审查意见', { exact: true }).fill('属于法定权限，程序完备，内容合法');
  await review.getByLabel(/参与审查的法律顾问、公职律师/).fill('示范·张律师');
  await review.getByRole('radio', { name: '公职律师' }).check();
  await review.getByLabel(/提前办结的理由/).fill('事项紧急，区政府常务会议近期审议');
  await clickButton(review, '提交审查意见');
  await reviewer.page.getByText('本次报送已审查完毕').waitFor();
  await head.getByRole('link', { name: '查看重大行政决策记录' }).click();
  await reviewer.page.locator('.ant-tag').filter({ hasText: '待集体讨论' }).waitFor();
  await reviewer.page.getByText('示范·张律师（公职律师）').waitFor();
  await reviewer.context.close();

  // the office: the meeting and the Party committee through the API (a session with no page), then publication and
  // filing on the decision's page, whose first load shows them
  const officeApi = await apiAs('demo.office');
  await officeApi.post(`/decisions/${id}/discussion`, {
    meetingKind: 'executive',
    meetingName: '区政府常务会议（演示）',
    attendees: ['副区长甲', '区长'],
    speeches: [
      { name: '副区长甲', isHead: false, view: 'disagree', opinion: '建议缩小首期范围' },
      { name: '区长', isHead: true, view: 'agree', opinion: '同意' },
    ],
    decision: 'adopted',
    headReasons: '首期范围已在方案中分步实施',
  });
  await officeApi.post(`/decisions/${id}/party-report`, { reportRecord: '关于夜间经济集聚区建设方案的请示' });
  await officeApi.close();
  const filing = await newPage(browser);
  await signInAs(filing.page, 'demo.office', decisionPage);
  await filing.page.locator('.ant-card-head-title').filter({ hasText: title }).waitFor();
  const publish = card(filing.page, '公布决策');
  await publish.getByLabel('公众意见、专家论证意见采纳情况说明').fill('征求意见期间未收到公众意见');
  await publish.getByLabel('政策解读').fill('一、建设目标；二、空间布局');
  await clickButton(publish, '公布');
  await filing.page.getByText('待备案').waitFor();
  const file = card(filing.page, '报送上一级人民政府备案');
  await file.getByLabel('备案报告文号或报送方式').fill('示政备〔演示〕1号');
  await clickButton(file, '记录备案');
  await filing.page.getByText('按期备案').waitFor();
  await filing.page.getByText('副区长甲：不同意。建议缩小首期范围').waitFor();
  await screenshot(filing.page, 'decision-filed');
  await filing.context.close();

  // the public finds the demo decision's announced hearing on the portal (第十六条)
  const citizen = await newPage(browser);
  await citizen.page.goto(`${baseUrl}/decision-hearings`);
  await citizen.page.getByText('示范区农贸市场管理服务收费标准调整方案').waitFor();
  await citizen.page.getByText(/听证参加人：.*示范·消费者代表孙某/).waitFor();
  await citizen.context.close();
});
