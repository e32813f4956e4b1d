// Story: the market regulator's legal officer drafts a normative document in the console, article by article,
// records why it is exempt from public consultation and submits it for the legality review; the justice bureau's
// reviewer is first told that concluding early needs a reason, gives it and passes the draft after changes (修改后通过);
// the legal officer is told the deliberation waits for the revision, records the revised article with its 修改情况说明,
// the record shows the opinion and the revision, then records the leadership meeting, publishes it (the 文号 is assigned) and submits the filing; then a citizen finds
// the document in the portal's catalogue of valid normative documents and opens it with its 文号.
// Each of the two officials signs in once and keeps their console open from step to step, moving by the menu.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import {
  openAct,
  baseUrl,
  buttonName,
  clickButton,
  fillDate,
  launch,
  newPage,
  requireEndpoints,
  screenshot,
  signInAs,
} from './support';
import { clockFromEnv } from '../packages/server/src/platform/clock';

const title = '示范区农贸市场经营秩序管理办法';
const articles = [
  '为了规范农贸市场经营秩序，保障消费者合法权益，根据有关法律法规，结合本区实际，制定本办法。',
  '本区行政区域内农贸市场的开办、经营和管理活动，适用本办法。',
  '本办法自发布之日起施行。',
];
/** Today's legal date (China Standard Time), as the server counts it. */
const today = clockFromEnv().today();
const opinion = '经审核，该文件制定主体适格，程序合法。建议第二条明确“农贸市场”的范围后通过。';
const revisedArticle =
  '本区行政区域内农贸市场（以销售食用农产品为主的集中交易场所）的开办、经营和管理活动，适用本办法。';
const statement = '采纳审核意见：第二条增加农贸市场的范围。';

let browser: Browser;
let documentUrl = '';
let docNumber = '';
/** the consoles of the legal officer and of the reviewer, each signed in once and kept open between the steps */
let legal: { page: Page; context: BrowserContext } | undefined;
let reviewer: { page: Page; context: BrowserContext } | undefined;

before(async () => {
  browser = await launch();
});
after(() => browser.close());

/** The user's console, signed in on the first step that needs it, on the page that step starts on. */
async function consoleOf(user: 'demo.legal' | 'demo.reviewer', path?: string) {
  const open = await newPage(browser);
  await signInAs(open.page, user, path);
  await open.page.getByRole('menu').waitFor();
  return open;
}

/** Opens the document from 行政规范性文件 by the full-text search, as the user finds it (no address typed). */
async function openFromList(page: Page) {
  await page.getByRole('menu').getByRole('link', { name: '行政规范性文件' }).click();
  const list = page.getByTestId('normative-list');
  await list.locator('tbody tr').first().waitFor();
  await page.getByLabel('全文检索').fill('农贸市场经营秩序');
  await page.getByLabel('全文检索').press('Enter');
  await list.getByRole('link', { name: title }).click();
  await page.getByTestId('document-title').filter({ hasText: title }).waitFor();
  assert.equal(page.url(), documentUrl, 'the document drafted in the first step');
}

/** Opens the act's button and returns its dialog. */
async function confirm(dialog: Locator) {
  await clickButton(dialog, '确认');
}

/**
 * The console honours a user's wish for less motion (every journey's browser asks for it, e2e/support.ts): a dialog
 * is there at once, without antd's zoom, and its buttons have no transition; when the user allows motion again, the
 * transitions come back without a reload.
 */
async function assertMotionFollowsThePreference(page: Page, dialog: Locator) {
  assert.doesNotMatch((await page.locator('.ant-modal').first().getAttribute('class')) ?? '', /zoom/);
  const button = dialog.getByRole('button', { name: buttonName('确认') });
  // the element's own window: the journeys are type-checked without the DOM's global names
  const duration = () => button.evaluate((b) => b.ownerDocument.defaultView?.getComputedStyle(b).transitionDuration);
  assert.equal(await duration(), '0s', 'no transition when the user asks for reduced motion');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  for (let i = 0; i < 50 && (await duration()) === '0s'; i++) await page.waitForTimeout(100);
  assert.notEqual(await duration(), '0s', 'the transitions come back once motion is allowed');
  await page.emulateMedia({ reducedMotion: 'reduce' });
}

async function statusIs(page: Page, label: string) {
  await page.getByTestId('normative-detail').getByTestId('document-status').filter({ hasText: label }).waitFor();
}

describe('a normative document from drafting to the public catalogue', () => {
  test('the legal officer drafts it by article, records the consultation exemption and submits it for review', async (t) => {
    await requireEndpoints(t, [
      '/api/normative-documents',
      '/api/normative-documents/{id}',
      '/api/normative-documents/{id}/consultation/exemption',
      '/api/normative-documents/{id}/legality-review/submission',
    ]);
    legal = await consoleOf('demo.legal', consoleLink(normativeMenu, 'normative-documents'));
    const { page } = legal;
    await page.getByRole('menu').getByRole('link', { name: '行政规范性文件' }).waitFor();
    await page.getByTestId('normative-list').waitFor();
    await page.getByRole('button', { name: '起草规范性文件' }).click();

    await page.getByLabel('文件标题').fill(title);
    await page.getByLabel('依据1名称').fill('《中华人民共和国农产品质量安全法》');
    await page.getByLabel('依据1条款').fill('第二十九条');
    // a 行政规范性文件 affects rights and duties by definition (国办发〔2018〕37号): the form does not ask
    assert.equal(await page.locator('.ant-form-item').filter({ hasText: '是否涉及公民' }).count(), 0);
    await page
      .locator('.ant-form-item')
      .filter({ hasText: '是否涉及市场主体' })
      .getByText('否', { exact: true })
      .click();
    // the whole text pasted and split at each 第X条, then one more article added by hand
    await page.getByRole('button', { name: '粘贴全文按条拆分' }).click();
    const paste = page.getByRole('dialog').filter({ hasText: '粘贴全文' });
    await paste.getByLabel('全文').fill(`${title}\n第一条\u3000${articles[0]}\n第二条\u3000${articles[1]}`);
    await paste.getByRole('button', { name: /替换为 2 条/ }).click();
    await page.getByRole('button', { name: '添加一条' }).click();
    await page.getByLabel('第三条内容').fill(articles[2] ?? '');
    await page.getByLabel('起草说明').fill('为规范农贸市场经营秩序，起草本办法。');
    await screenshot(page, 'normative-draft-form');
    await page.getByRole('button', { name: /保存草案|保\s*存\s*草\s*案/ }).click();

    await page.getByTestId('document-title').filter({ hasText: title }).waitFor();
    documentUrl = page.url();
    assert.match(documentUrl, /\/console\/normative-documents\/[0-9a-f-]{36}$/);
    const text = await page.getByTestId('document-articles').innerText();
    assert.match(text, /第一条[\s\u3000]*为了规范农贸市场经营秩序/);
    assert.match(text, /第三条[\s\u3000]*本办法自发布之日起施行/);
    await statusIs(page, '起草中');
    assert.equal(
      await page.getByTestId('document-acts').getByRole('button', { name: '作出合法性审核意见' }).count(),
      0,
      'the drafting unit is not offered the review',
    );

    // submitting before the consultation step is refused by the server, which names the missing step
    const early = await openAct(page, '报送合法性审核');
    await assertMotionFollowsThePreference(page, early);
    await confirm(early);
    await early
      .getByTestId('act-error')
      .filter({ hasText: /公开征求意见/ })
      .waitFor();
    await clickButton(early, '取消');
    const exempt = await openAct(page, '免于公开征求意见');
    await exempt
      .getByLabel('免于公开征求意见的理由')
      .fill('为应对农贸市场突发公共卫生事件，须立即制发，依法不公开征求意见');
    await confirm(exempt);
    await page.getByTestId('document-acts').getByRole('button', { name: '报送合法性审核' }).waitFor();
    const submit = await openAct(page, '报送合法性审核');
    await confirm(submit);
    await statusIs(page, '合法性审核中');
    await page.getByRole('tab', { name: '办理流程' }).click();
    await page
      .getByTestId('procedure-steps')
      .getByText(/免于公开征求意见：/)
      .waitFor();
    await screenshot(page, 'normative-submitted-for-review');
  });

  test('the reviewer is told an early conclusion needs a reason, gives it and passes the draft after changes', async () => {
    assert.ok(documentUrl, 'the previous step drafted the document');
    reviewer = await consoleOf('demo.reviewer');
    const { page } = reviewer;
    await openFromList(page);
    await statusIs(page, '合法性审核中');
    await page.getByRole('link', { name: /进入合法性审核/ }).waitFor();
    const review = await openAct(page, '作出合法性审核意见');
    await review.getByLabel('审核意见').fill(opinion);
    await review.getByRole('radio', { name: '修改后通过' }).check();
    await confirm(review);
    // the server's rule: at least 5 working days unless an early conclusion is explained
    await review
      .getByTestId('act-error')
      .filter({ hasText: /工作日/ })
      .waitFor();
    await screenshot(page, 'normative-review-too-early');
    await review.getByLabel('提前办结的理由').fill('应对突发公共卫生事件，须立即制发');
    await confirm(review);
    await statusIs(page, '待集体审议');
  });

  test('the legal officer records the deliberation, publishes it with its 文号 and submits the filing', async () => {
    assert.ok(documentUrl && legal, 'the first step drafted the document');
    const { page } = legal;
    await openFromList(page);
    await statusIs(page, '待集体审议');

    // 修改后通过: the deliberation waits for the revision by the opinion, and says so
    const early = await openAct(page, '记录集体审议');
    await early.getByLabel('会议类型').click();
    await page.locator('.ant-select-item-option').getByText('部门领导班子会议').click();
    await early.getByLabel('会议名称').fill('局领导班子会议');
    await fillDate(early.getByLabel('会议日期'), today);
    await confirm(early);
    await early
      .getByTestId('act-error')
      .filter({ hasText: /按合法性审核意见修改草案/ })
      .waitFor();
    await clickButton(early, '取消');
    const revise = await openAct(page, '按审核意见修改草案');
    await revise.getByText(opinion).waitFor();
    await revise.getByLabel('第二条内容').fill(revisedArticle);
    await revise.getByLabel('修改情况说明').fill(statement);
    await confirm(revise);
    await page.getByText(revisedArticle).first().waitFor();
    await page.getByRole('tab', { name: '办理流程' }).click();
    await page.getByTestId('revision-statement').filter({ hasText: statement }).waitFor();
    // the revision is a step of its own in the overview, done, between the review and the deliberation
    const steps = await page.getByTestId('procedure-steps').innerText();
    assert.match(steps, /合法性审核[\s\S]*按审核意见修改草案[\s\S]*按审核意见修改，附修改情况说明[\s\S]*集体审议/);
    await page.getByText(opinion).first().waitFor();
    await screenshot(page, 'normative-revised-after-review');

    const meeting = await openAct(page, '记录集体审议');
    await meeting.getByLabel('会议类型').click();
    await page.locator('.ant-select-item-option').getByText('部门领导班子会议').click();
    await meeting.getByLabel('会议名称').fill('局领导班子会议');
    await fillDate(meeting.getByLabel('会议日期'), today);
    await confirm(meeting);
    await statusIs(page, '审议通过待发布');

    const publish = await openAct(page, '登记、编号并发布');
    await fillDate(publish.getByLabel('施行日期'), today);
    await confirm(publish);
    // 施行 on the day of publication is not accepted silently: the region's 30 days, or the reason recorded
    await publish.getByText(/施行日期早于.*的，请说明理由/).waitFor();
    await publish.getByLabel('自发布之日起施行（或提前施行）的理由').fill('涉及农产品质量安全，需自发布之日起施行');
    await confirm(publish);
    await statusIs(page, '现行有效');
    const number = (await page.getByTestId('doc-number').innerText()).replace(/^文号：/, '').trim();
    assert.match(number, /^示市监规〔\d{4}〕\d+号$/, `文号: ${number}`);
    docNumber = number;

    const filing = await openAct(page, '报送备案');
    await confirm(filing);
    await page.getByText('备案：已报送，备案审查中').waitFor();
    const downloads = page.getByTestId('document-downloads');
    await downloads.getByRole('link', { name: /备案报告（Word）/ }).waitFor();
    await downloads.getByRole('link', { name: /备案报告（PDF）/ }).waitFor();
    await page.getByRole('tab', { name: '状态历史' }).click();
    const history = await page.getByTestId('status-history').innerText();
    for (const act of [
      '起草',
      '免于公开征求意见',
      '报送合法性审核',
      '合法性审核',
      '按审核意见修改草案',
      '集体审议',
      '统一登记、编号、发布',
    ])
      assert.ok(history.includes(act), `the history records ${act}`);
    await page.getByRole('tab', { name: /期限/ }).click();
    await page.getByTestId('deadline-explanation').first().waitFor();
    await screenshot(page, 'normative-published-and-filed');
    await legal.context.close();
  });

  test('the reviewer finds it by search and filter among the region documents and accepts the filing', async () => {
    assert.ok(docNumber && reviewer, 'the previous steps reviewed, published and filed the document');
    const { page, context } = reviewer;
    await page.getByRole('menu').getByRole('link', { name: '行政规范性文件' }).click();
    const list = page.getByTestId('normative-list');
    await list.locator('tbody tr').first().waitFor();
    await page.getByRole('combobox', { name: '备案情况' }).click();
    await page.locator('.ant-select-item-option').getByText('已报送，备案审查中').click();
    await page.getByLabel('全文检索').fill('农贸市场经营秩序');
    await page.getByLabel('全文检索').press('Enter');
    await list.getByText(docNumber).waitFor();
    await screenshot(page, 'normative-list-reviewer');
    await list.getByRole('link', { name: title }).click();
    const review = await openAct(page, '作出备案审查结论');
    await review.getByLabel('审查意见').fill('经审查，予以备案。');
    await confirm(review);
    await page.getByText('备案：予以备案').waitFor();
    await context.close();
  });

  // Written against the catalogue contract (the portal's /normative-documents pages and
  // GET /api/public/normative-documents): a search box, the results by title, a document page with its 文号.
  test('a citizen finds the published document in the portal catalogue and opens it with its 文号', async (t) => {
    assert.ok(docNumber, 'the previous step published the document');
    await requireEndpoints(t, ['/api/public/normative-documents', '/api/public/normative-documents/{id}']);
    const { page, context } = await newPage(browser);
    await page.goto(`${baseUrl}/normative-documents`);
    const search = page
      .getByRole('searchbox')
      .or(page.getByPlaceholder(/检索|搜索|关键词/))
      .first();
    await search.fill('农贸市场经营秩序');
    await search.press('Enter');
    await page.getByRole('link', { name: title }).first().click();
    await page.getByText(docNumber).first().waitFor();
    await page
      .getByText(articles[0] ?? '')
      .first()
      .waitFor();
    await screenshot(page, 'normative-catalogue-document');
    await context.close();
  });
});
