// Story: a citizen applies for reconsideration on the portal and keeps the tracking number; the reconsideration
// office asks, on the case's page, for everything missing at once (补正, 行政复议法 第三十一条); the citizen reads the
// items on the tracking page and sends the correction; the office accepts the case, and the tracking page says so.
import { acceptanceConditions } from '@fazhi/core/reconsideration';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { consoleLink, reconsiderationMenu } from '@fazhi/core/modules';
import { baseUrl, demoPassword, fillDate, launch, newPage, requireEndpoints, signedInApi, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a citizen applies online, corrects the application when asked, and sees it accepted', async (t) => {
  if (
    !(await requireEndpoints(t, [
      '/api/public/reconsideration-applications',
      '/api/public/reconsideration-applications/{trackingNumber}/correction',
      '/api/reconsideration-cases/{id}/acceptance',
    ]))
  )
    return;
  const { page, context } = await newPage(browser);
  await page.goto(`${baseUrl}/reconsideration`);
  await page.getByText('受理条件（《中华人民共和国行政复议法》第三十条）').waitFor();
  await page.getByLabel('申请人姓名或者名称').fill('李明');
  await page.getByLabel('手机号码').fill('13912345678');
  await page.getByLabel('被申请人').fill('示范区市场监督管理局');
  await page.getByLabel('被申请行政复议的行政行为').fill('示市监罚〔2026〕15号行政处罚决定');
  const today = (await (await fetch(`${baseUrl}/api/public/portal`)).json()) as { today: string };
  await fillDate(page.getByLabel('知道该行政行为的日期'), today.today);
  await page.getByLabel('行政复议请求').fill('请求撤销该行政处罚决定');
  await page.getByLabel('事实和理由').fill('处罚所认定的销售数量与事实不符。');
  await page.getByRole('button', { name: '提交行政复议申请' }).click();
  const tracking = (await page.getByTestId('tracking-number').locator('strong').innerText()).trim();
  assert.match(tracking, /^FY159901-/);

  // the office finds the case and asks for the missing materials on its page
  const office = await signedInApi('demo.reviewer', demoPassword);
  const list = (await (await office.context.get(`${baseUrl}/api/reconsideration-cases?pageSize=50`)).json()) as {
    items: { id: string; trackingNumber: string }[];
  };
  const id = list.items.find((c) => c.trackingNumber === tracking)?.id ?? '';
  assert.ok(id, 'the office lists the application');
  const clerk = await newPage(browser);
  await signInAs(clerk.page, 'demo.reviewer', consoleLink(reconsiderationMenu, 'reconsideration-cases', id));
  await clerk.page.getByLabel('补正事项').fill('申请人身份证明\n行政处罚决定书复印件');
  await clerk.page.getByRole('button', { name: '通知补正' }).click();
  await clerk.page.getByTestId('case-status').filter({ hasText: '待申请人补正' }).waitFor();
  await clerk.context.close();

  // the citizen reads the items on the tracking page and corrects
  await page.getByRole('button', { name: '查询办理进度' }).click();
  await page.getByText('行政处罚决定书复印件').waitFor();
  await page.getByLabel('补正材料说明').fill('已上传身份证明和处罚决定书复印件。');
  await page.getByRole('button', { name: '提交补正材料' }).click();
  await page.getByTestId('tracking-status').filter({ hasText: '受理审查中' }).waitFor();

  // the office accepts with two handlers
  const c = (await (await office.context.get(`${baseUrl}/api/reconsideration-cases/${id}`)).json()) as {
    handlerChoices: { id: string }[];
  };
  const accepted = await office.context.post(`${baseUrl}/api/reconsideration-cases/${id}/acceptance`, {
    headers: { 'x-csrf-token': office.csrfToken },
    data: {
      conditionsMet: [...acceptanceConditions],
      procedure: 'ordinary',
      handlerIds: c.handlerChoices.slice(0, 2).map((h) => h.id),
    },
  });
  assert.equal(accepted.status(), 200, await accepted.text());
  await office.context.dispose();
  await page.reload();
  await page.getByTestId('tracking-status').filter({ hasText: '已受理，审理中' }).waitFor();
  await context.close();
});
