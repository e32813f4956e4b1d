// Story: a citizen asks the market regulator online for government information (政府信息公开申请) and keeps the tracking
// number; the regulator confirms the request (the day of receipt, 条例第三十一条) and asks on the request's page, once,
// for what is unclear (补正, 第三十条); the citizen reads the items on the tracking page and clarifies; the regulator
// answers within the period with a partial disclosure (第三十七条), and the tracking page shows the answer.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { consoleLink, disclosureMenu } from '@fazhi/core/modules';
import {
  baseUrl,
  clickButton,
  demoPassword,
  launch,
  newPage,
  requireEndpoints,
  signedInApi,
  signInAs,
} from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('a citizen asks online, clarifies when asked and gets a partial disclosure on time', async (t) => {
  if (
    !(await requireEndpoints(t, [
      '/api/public/disclosure-requests',
      '/api/public/disclosure-requests/{trackingNumber}/correction',
      '/api/disclosure-requests/{id}/reply',
    ]))
  )
    return;
  const { page, context } = await newPage(browser);
  await page.goto(`${baseUrl}/disclosure`);
  await page.getByText('政府信息公开指南：收费').waitFor();
  await page.getByRole('combobox', { name: '被申请公开的行政机关' }).click();
  await page.keyboard.type('示范区市场监督管理局');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="示范区市场监督管理局"]').click();
  await page.getByLabel('申请人姓名或者名称').fill('王芳');
  await page.getByLabel('手机号码').fill('13912345678');
  await page.getByLabel('所需政府信息').fill('今年对本区学校食堂的食品安全检查结果');
  await clickButton(page.locator('form'), '提交政府信息公开申请');
  const tracking = (await page.getByTestId('tracking-number').locator('strong').innerText()).trim();
  assert.match(tracking, /^GK159901-/);

  // the regulator confirms the request and asks, on its page, for what is unclear
  const office = await signedInApi('demo.legal', demoPassword);
  const list = (await (await office.context.get(`${baseUrl}/api/disclosure-requests?pageSize=50`)).json()) as {
    items: { id: string; trackingNumber: string }[];
  };
  const id = list.items.find((r) => r.trackingNumber === tracking)?.id ?? '';
  assert.ok(id, 'the regulator lists the request');
  const clerk = await newPage(browser);
  await signInAs(clerk.page, 'demo.legal', consoleLink(disclosureMenu, 'disclosure-requests', id));
  await clickButton(clerk.page.locator('.ant-card').filter({ hasText: '确认收到申请' }), '确认收到');
  await clerk.page.getByTestId('request-status').filter({ hasText: '办理中' }).waitFor();
  await clerk.page.getByLabel('补正事项').fill('检查结果所属的时间段\n所涉学校的名称或者范围');
  await clickButton(clerk.page.locator('.ant-card').filter({ hasText: '告知补正' }), '告知补正');
  await clerk.page.getByTestId('request-status').filter({ hasText: '待申请人补正' }).waitFor();
  await clerk.context.close();

  // the citizen reads the items on the tracking page and clarifies
  await page.getByRole('button', { name: '查询办理进度' }).click();
  await page.getByText('所涉学校的名称或者范围').waitFor();
  await page.getByLabel('补正内容').fill('2026年1月至今，示范区内全部公办中小学食堂。');
  await clickButton(page.getByTestId('tracking-result'), '提交补正');
  await page.getByTestId('tracking-status').filter({ hasText: '办理中' }).waitFor();

  // the regulator answers in time: part disclosed, the rest withheld with its reason
  const replied = await office.context.post(`${baseUrl}/api/disclosure-requests/${id}/reply`, {
    headers: { 'x-csrf-token': office.csrfToken },
    data: {
      outcome: 'partial',
      replyText: '检查结果已通过电子邮件提供；其中涉及供餐企业商业秘密的内容依照条例第十五条不予公开。',
    },
  });
  assert.equal(replied.status(), 200, await replied.text());
  assert.equal(((await replied.json()) as { reply: { onTime: boolean } }).reply.onTime, true);
  await office.context.dispose();
  await page.reload();
  await page.getByTestId('tracking-status').filter({ hasText: '已答复' }).waitFor();
  await page.getByTestId('tracking-reply').filter({ hasText: '部分公开' }).waitFor();
  await context.close();
});
