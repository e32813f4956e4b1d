// Story: a demo document drafted by the market regulator expires within six months, so the daily sweep has opened
// its post-evaluation task (后评估). The unit's legal officer starts the evaluation in the console, then concludes
// it: the document continues (继续施行), which registers it again with a new 文号 and a validity that starts over.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import {
  openAct,
  baseUrl,
  clickButton,
  fillDate,
  launch,
  newPage,
  requireEndpoints,
  screenshot,
  signInAs,
} from './support';
import { clockFromEnv } from '../packages/server/src/platform/clock';

const title = '示范区食品生产加工小作坊登记管理暂行办法';
/** Today's legal date (China Standard Time), as the server counts it. */
const today = clockFromEnv().today();

let browser: Browser;

before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the legal officer starts the post-evaluation of an expiring document and renews it with a new 文号', async (t) => {
  if (
    !(await requireEndpoints(t, [
      '/api/normative-documents',
      '/api/normative-documents/{id}/post-evaluation/start',
      '/api/normative-documents/{id}/post-evaluation/conclusion',
    ]))
  )
    return;
  const { page, context } = await newPage(browser);
  // signed in without a page: the document is looked up through the API, then its page is the first one loaded
  await signInAs(page, 'demo.legal', null);
  const list = await context.request.get(`${baseUrl}/api/normative-documents?status=published&pageSize=200`);
  assert.equal(list.status(), 200, await list.text());
  const items = ((await list.json()) as { items: { id: string; title: string }[] }).items;
  const id = items.find((d) => d.title === title)?.id;
  assert.ok(id, 'the demo document with an open post-evaluation task is listed for its drafting unit');
  const before = (await (await context.request.get(`${baseUrl}/api/normative-documents/${id}`)).json()) as {
    docNumber: string;
    expiresOn: string;
  };

  await page.goto(`${baseUrl}/console/normative-documents/${id}`);
  await page.getByTestId('document-title').filter({ hasText: title }).waitFor();
  const start = await openAct(page, '开展后评估');
  await clickButton(start, '确认');
  await start.waitFor({ state: 'hidden' });

  const conclude = await openAct(page, '作出后评估结论');
  await conclude
    .getByLabel('评估意见')
    .fill('经评估，该办法实施效果良好，小作坊登记率明显提高，建议继续施行。（演示）');
  // a click while the dialog is still settling can be lost: click the option until it is chosen
  const renew = conclude.getByRole('radio', { name: /继续施行/ });
  for (let i = 0; i < 5 && !(await renew.isChecked()); i++) {
    await conclude.getByText('继续施行（重新登记、编号、公布）').click();
    await page.waitForTimeout(200);
  }
  assert.ok(await renew.isChecked(), 'the renewal is chosen');
  await fillDate(conclude.getByLabel('施行日期'), today);
  await screenshot(page, 'post-evaluation-renewal');
  await clickButton(conclude, '确认');
  await conclude.waitFor({ state: 'hidden' });

  const number = page.getByTestId('doc-number');
  await number.filter({ hasNotText: before.docNumber }).waitFor();
  assert.match(await number.innerText(), /示政规〔\d{4}〕\d+号/);
  const after = (await (await context.request.get(`${baseUrl}/api/normative-documents/${id}`)).json()) as {
    status: string;
    docNumber: string;
    expiresOn: string;
    registrations: { reason: string }[];
    postEvaluations: { status: string; outcome: string }[];
  };
  assert.equal(after.status, 'published');
  assert.notEqual(after.docNumber, before.docNumber);
  assert.ok(after.expiresOn > before.expiresOn, 'the validity starts over');
  assert.deepEqual(
    after.registrations.map((r) => r.reason),
    ['initial', 'renewal'],
  );
  assert.equal(after.postEvaluations[0]?.outcome, 'renew');
  await screenshot(page, 'post-evaluation-renewed');
  await context.close();
});
