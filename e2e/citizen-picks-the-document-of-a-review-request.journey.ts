// Story: a citizen on a phone asks for a document to be reviewed and, typing an everyday name or a 文号 as people
// write it, picks the document from the catalogue's suggestions; the request is then linked to that document.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newPage, phone, requireEndpoints } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

const TITLE = '示范区市场监督管理局电动自行车销售和维修经营规范管理办法';

test('the review-request form suggests documents from the catalogue by title or 文号', async (t) => {
  if (!(await requireEndpoints(t, ['/api/public/normative-documents', '/api/public/normative-review-requests'])))
    return;
  // the demo document's 文号 depends on the day the demo was seeded (published a few days before it): read it first
  const listed = (await (
    await fetch(`${baseUrl}/api/public/normative-documents?q=${encodeURIComponent(TITLE)}`)
  ).json()) as { items: { title: string; docNumber: string | null }[] };
  const docNumber = listed.items.find((d) => d.title === TITLE)?.docNumber ?? '';
  const [, year, seq] = /^示市监规〔(\d{4})〕(\d+)号$/.exec(docNumber) ?? [];
  assert.ok(year && seq, `the demo document has a 文号: ${docNumber}`);
  const { page, context } = await newPage(browser, phone);
  await page.goto(`${baseUrl}/normative-review-requests`);
  const field = page.getByLabel('文件名称或文号');
  // a 文号 typed with 年 instead of 〔〕 finds the document
  await field.fill(`示市监规${year}年${seq}号`);
  const byNumber = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: TITLE });
  await byNumber.first().waitFor();
  // an everyday name finds it too, and picking it names it exactly
  await field.fill('电动车');
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: TITLE });
  await option.first().waitFor();
  await option.first().click();
  assert.equal(await field.inputValue(), `${TITLE}（${docNumber}）`);

  await page.getByLabel('姓名或单位名称').fill('张三');
  await page.getByLabel('联系方式').fill('13800000000');
  await page
    .getByRole('textbox', { name: /理由/ })
    .or(page.locator('textarea'))
    .first()
    .fill('该办法第五条对电动自行车维修经营者设定了法律法规没有规定的备案义务，建议审查。');
  const sent = page.waitForRequest(
    (r) => r.method() === 'POST' && r.url().endsWith('/api/public/normative-review-requests'),
  );
  await page.getByRole('button', { name: '提交审查建议' }).click();
  const body = (await sent).postDataJSON() as { documentId?: string; documentTitle: string };
  assert.ok(body.documentId, 'the request names the document picked');
  assert.equal(body.documentTitle, `${TITLE}（${docNumber}）`);
  await page.getByText('审查建议已提交').waitFor();
  await context.close();
});
