// Story: the justice bureau's reviewer opens the demo draft under legality review, sees the automatic pre-check
// findings marked in the text (with the note that they only assist), works through the statutory checklist and
// records the result; then opens the list of review requests from the public. The legal officer and the reviewer
// each sign in once and keep their console open from one test to the next, moving by the menu.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { consoleLink, normativeMenu, participationMenu } from '@fazhi/core/modules';
import { apiPoster, baseUrl, buttonName, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
/** the consoles of demo.legal and demo.reviewer, each signed in once (in the first test) */
let legal: { page: Page; context: BrowserContext } | undefined;
let reviewer: { page: Page; context: BrowserContext } | undefined;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

/** The user's console: on the workbench, or (`null`) a session with no page loaded yet. */
async function consoleOf(user: string, path: string | null = '/console') {
  const open = await newPage(browser);
  await signInAs(open.page, user, path);
  if (path !== null) await open.page.getByRole('menu').waitFor();
  return open;
}

/** Opens a draft's legality review desk as the reviewer finds it: 行政规范性文件, the full-text search, the
 * document, then 进入合法性审核. */
async function openReviewDesk(page: Page, title: string, search: string) {
  await page.getByRole('menu').getByRole('link', { name: '行政规范性文件' }).click();
  const list = page.getByTestId('normative-list');
  await list.locator('tbody tr').first().waitFor();
  await page.getByLabel('全文检索').fill(search);
  await page.getByLabel('全文检索').press('Enter');
  await list.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('link', { name: /进入合法性审核/ }).click();
}

const problemTitle = '示范区市场监督管理局户外广告牌匾设置管理办法（演示）';

/** A draft of the market regulator with a licence and a fine in its text, sent for legality review by demo.legal. */
async function draftWithProblemClauses(page: Page): Promise<string> {
  const { post, orgId } = await apiPoster(page);
  const doc = await post('/normative-documents', {
    draftingOrgId: orgId,
    title: problemTitle,
    kind: 'ordinary',
    legalBases: [{ title: '《中华人民共和国广告法》' }],
    affectsRights: true,
    affectsMarket: false,
    draftingExplanation: '为规范户外广告牌匾设置，起草本办法。（演示）',
    articles: [
      { body: '设置户外广告牌匾的，应当取得区市场监督管理局核发的设置许可证。' },
      { body: '违反本办法规定的，由区市场监督管理局处以五千元罚款。' },
      { body: '本办法自2027年1月1日起施行，有效期5年。' },
    ],
  });
  await post(`/normative-documents/${doc.id}/consultation/exemption`, {
    reason: '演示：为检验智能辅助审查而录入的草案，免于公开征求意见。',
  });
  await post(`/normative-documents/${doc.id}/legality-review/submission`, {});
  return doc.id;
}

test('a reviewer examines a draft with pre-check findings and records the legality review', async (t) => {
  if (
    !(await requireEndpoints(t, [
      '/api/normative-documents',
      '/api/normative-documents/{id}',
      '/api/normative-documents/{id}/review-package',
      '/api/normative-documents/{id}/legality-review',
      '/api/normative-review-requests',
      '/api/public/deadline',
    ]))
  )
    return;
  // the legal officer's draft is built through the API; its console is first drawn on the comment desk (below)
  legal = await consoleOf('demo.legal', null);
  const problemDraft = await draftWithProblemClauses(legal.page);

  reviewer = await consoleOf('demo.reviewer');
  const { page } = reviewer;
  // The workbench shows the demo's overdue deadlines (a correction and a filing review months past due) in red and
  // counts them: the level is derived from the due date and the server's today, not from a stored sweep result.
  const today = ((await (await page.request.get(`${baseUrl}/api/auth/session`)).json()) as { today: string }).today;
  const overdue = page.locator('.ant-table-row').filter({ has: page.locator('.ant-tag', { hasText: '红色预警' }) });
  await overdue.first().waitFor();
  // the workbench shows the due date in the display style 2026年12月3日; compared here as YYYY-MM-DD
  const shown = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(await overdue.first().locator('td').nth(2).innerText());
  const dueOn = shown ? `${shown[1]}-${shown[2]?.padStart(2, '0')}-${shown[3]?.padStart(2, '0')}` : '';
  assert.ok(dueOn && dueOn < today, `a red row is past due: ${dueOn} < ${today}`);
  const redCount = page.locator('.ant-statistic').filter({ hasText: '红色预警' }).locator('.ant-statistic-content');
  assert.ok(Number(await redCount.innerText()) >= (await overdue.count()), 'the red count covers the red rows');
  await screenshot(page, 'reviewer-workbench-overdue-red');
  // the demo seed has one draft under legality review (示范区市场监督管理局户外广告设置管理办法)
  const res = await page.request.get(`${baseUrl}/api/normative-documents`, {
    params: { status: 'legality_review', pageSize: 50 },
  });
  assert.equal(res.status(), 200);
  const list = (await res.json()) as { items: { id: string; title: string }[] };
  const draft = list.items.find((d) => d.title === '示范区市场监督管理局户外广告设置管理办法');
  assert.ok(draft, 'the demo draft under legality review is listed');

  // a draft whose clauses set a licence and a fine: both are marked in the text, and a click finds the clause
  await openReviewDesk(page, problemTitle, '户外广告牌匾设置');
  assert.ok(page.url().endsWith(`/console/normative-documents/${problemDraft}/review`), page.url());
  await page.getByText('智能辅助审查仅供参考，不代替审核人员判断').waitFor();
  const findings = page.getByTestId('precheck-findings');
  await findings.getByText('违法设定行政处罚').waitFor();
  await findings.getByText('违法设定行政许可或增设许可条件').waitFor();
  const marks = page.getByTestId('precheck-mark');
  assert.equal(await marks.count(), 2, 'the two clauses are marked in place');
  assert.match(await marks.nth(1).innerText(), /处以五千元罚款/);
  await findings.getByText('违法设定行政处罚').click();
  await screenshot(page, 'reviewer-precheck-findings');

  // the demo draft under review: its document-level finding, the checklist and the result
  await openReviewDesk(page, draft.title, '户外广告设置管理');
  assert.ok(page.url().endsWith(`/console/normative-documents/${draft.id}/review`), page.url());
  await page.getByText('智能辅助审查仅供参考，不代替审核人员判断').waitFor();
  await page.getByText('最迟办结').waitFor();

  const form = page.getByTestId('review-form');
  const checklist = form.getByTestId('checklist-item');
  const n = await checklist.count();
  assert.ok(n >= 8, 'the statutory checklist is shown item by item');
  for (let i = 0; i < n; i++) await checklist.nth(i).getByText('未发现问题').click();
  await form.getByText(`已审查 ${n}/${n} 项`).waitFor();
  await form.getByText('修改后通过', { exact: true }).click();
  await form.getByLabel('审核意见').fill('经审查，该草案总体合法，建议明确第四条检查频次后提请审议。（演示）');
  // the seed submitted the draft three days ago: concluding before the shortest review time needs a reason
  await form.getByLabel('提前办结的理由').fill('演示：集体审议会议已安排，需提前办结。');
  // passing over a high-severity pre-check finding asks for the reason (when the demo draft has one)
  const high = form.getByLabel('确认高风险提示不成立或已处理的理由');
  if (await high.count()) await high.fill('演示：已核实，草案第四条有法律依据，提示不成立。');
  await form.getByRole('button', { name: '提交审核意见' }).click();
  await page.getByText('合法性审核意见已记录：修改后通过').waitFor();
  await screenshot(page, 'reviewer-legality-review-recorded');

  await page.getByRole('menu').getByRole('link', { name: '规范性文件建议审查' }).click();
  const requests = page.getByTestId('review-request-list');
  // the demo seed has review requests from the public, each with its tracking number
  await requests
    .getByRole('link', { name: /^GF\d+-\d{8}(-[0-9A-Z]{4}){4}$/ })
    .first()
    .waitFor();
  await screenshot(page, 'reviewer-review-requests');

  // a request just received: accept it with the reason, then answer it; the deadlines say why their dates
  await requests.getByText('已收到，待受理审查').first().waitFor();
  await requests
    .locator('tr', { has: page.getByText('已收到，待受理审查') })
    .first()
    .getByRole('link')
    .click();
  await page.getByText('办理期限').waitFor();
  await page.getByText('受理', { exact: true }).click();
  await page.getByLabel('理由').fill('该建议涉及的条款属于本机关备案审查范围，予以受理。（演示）');
  await page.getByRole('button', { name: buttonName('提交') }).click();
  await page.getByLabel('审查结果和答复').fill('经审查，该文件第五条与上位法不一致，已通知制定机关纠正。（演示）');
  await page.getByRole('button', { name: '提交答复' }).click();
  await page.getByText('答复已记录').waitFor();
  await page.getByText('已答复', { exact: true }).waitFor();
  await screenshot(page, 'reviewer-review-request-answered');
});

test('the drafting unit moderates and answers public comments; the bureau runs a cleanup; issuer prefixes are listed', async (t) => {
  if (
    !(await requireEndpoints(t, [
      '/api/consultation-comments',
      '/api/normative-cleanup-campaigns',
      '/api/normative-issuers',
    ]))
  )
    return;

  // demo.legal: the demo draft in consultation has comments from the public waiting for moderation
  assert.ok(legal && reviewer, 'the first test signed the legal officer and the reviewer in');
  await legal.page.goto(`${baseUrl}${consoleLink(participationMenu, 'consultation-comments')}`);
  await legal.page.getByRole('menu').getByRole('link', { name: '公众意见处理' }).waitFor();
  // the shared desk (公众意见处理) lists the comments waiting for moderation first, then those owed an answer
  const queue = legal.page.getByTestId('desk-comments');
  const pendingRow = queue
    .locator('tr.ant-table-row')
    .filter({ has: legal.page.getByRole('button', { name: buttonName('通过') }) })
    .first();
  await pendingRow.waitFor();
  await screenshot(legal.page, 'drafting-unit-comment-queue');
  const body = (await pendingRow.locator('td').nth(3).locator('span').first().innerText()).trim().slice(0, 20);
  await pendingRow.getByRole('button', { name: buttonName('通过') }).click();
  await legal.page
    .getByRole('dialog')
    .getByRole('button', { name: buttonName('确定') })
    .click();
  await legal.page.getByText('意见已审核通过，请答复采纳情况').waitFor();
  // the comment just approved is now owed its answer, on the same desk
  const toAnswer = queue.locator('tr.ant-table-row').filter({ hasText: body }).locator('form').first();
  await toAnswer.waitFor();
  await toAnswer.getByLabel('采纳情况').first().click();
  await legal.page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="部分采纳"]').click();
  await toAnswer.getByLabel('理由').fill('已在第四条中增加办理时限的规定，具体天数由实施细则规定。（演示）');
  await toAnswer.getByRole('button', { name: buttonName('答复') }).click();
  await legal.page.getByText('采纳情况已保存').waitFor();
  await screenshot(legal.page, 'drafting-unit-answers-comments');
  await legal.context.close();

  // demo.reviewer: the published demo cleanup shows its lists; a new campaign lists the documents in force
  const { page, context } = reviewer;
  await page.getByRole('menu').getByRole('link', { name: '规范性文件清理' }).click();
  await page
    .getByRole('link', { name: /年度行政规范性文件清理/ })
    .first()
    .click();
  await page.getByTestId('cleanup-list-remains_valid').waitFor();
  await screenshot(page, 'bureau-cleanup-published-lists');
  await page.getByRole('link', { name: '返回清理列表' }).click();
  await page.getByLabel('清理名称').fill('示范区2026年度行政规范性文件清理（演示）');
  await page.getByRole('button', { name: '启动清理' }).click();
  await page.getByText('逐件清理').waitFor();
  await page
    .getByRole('button', { name: buttonName('保存') })
    .first()
    .waitFor();
  const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
  await first.locator('.ant-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="继续有效"]').click();
  await first.getByRole('button', { name: buttonName('保存') }).click();
  await page.getByText('清理意见已保存').waitFor();
  await screenshot(page, 'bureau-cleanup-decisions');
  await context.close();

  // demo.sysadmin: the issuer prefixes of the district's units
  const admin = await newPage(browser);
  await signInAs(admin.page, 'demo.sysadmin', consoleLink(normativeMenu, 'normative-issuers'));
  await admin.page.getByRole('menu').getByRole('link', { name: '发文机关代字' }).waitFor();
  await admin.page.getByText('示范区人民政府').first().waitFor();
  await screenshot(admin.page, 'sysadmin-issuer-prefixes');
  // …and the region's search synonyms, edited on the same page: a new group takes effect in the catalogue at once
  const synonyms = admin.page.getByRole('textbox', { name: '检索同义词（每行一组）' });
  await synonyms.waitFor();
  // the field is drawn before the region's list arrives: wait until it shows the list
  for (let i = 0; i < 100 && !(await synonyms.inputValue()); i++) await admin.page.waitForTimeout(100);
  assert.match(await synonyms.inputValue(), /电动车/);
  await synonyms.fill(`${await synonyms.inputValue()}\n电驴、电动自行车`);
  await admin.page.getByRole('button', { name: buttonName('保存同义词') }).click();
  await admin.page.getByText('已保存检索同义词').waitFor();
  await admin.page.getByText('本地区词表').waitFor();
  const found = await admin.page.request.get(
    new URL(`/api/normative-documents?q=${encodeURIComponent('电驴')}`, admin.page.url()).toString(),
  );
  assert.equal(found.status(), 200);
  assert.ok(((await found.json()) as { items: unknown[] }).items.length > 0, '电驴 finds the 电动自行车 document');
  await admin.context.close();
});
