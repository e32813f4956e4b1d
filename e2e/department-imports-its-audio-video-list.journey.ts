// Story: the market-regulation bureau's legal officer imports a new version of its 音像记录事项清单 from Excel. A
// workbook without 查封扣押财产 and 强制拆除 is refused whole (国办发〔2018〕118号三（八）), nothing published; the
// corrected workbook is published as the next version, in force from today.
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { consoleLink, enforcementListsMenu } from '@fazhi/core/modules';
import type { Browser } from 'playwright-core';
import { launch, newPage, screenshot, signInAs } from './support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

const steps = ['现场执法', '调查取证', '举行听证', '留置送达', '公告送达'];

async function workbook(withSeizure: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单事项');
  ws.addRow(['事项编码', '事项名称', '法律依据', '事项内容', '执法环节']);
  for (const step of [...(withSeizure ? ['查封扣押财产', '强制拆除'] : []), ...steps])
    ws.addRow(['*', '本单位全部行政执法事项', '国办发〔2018〕118号三（八）', `${step}的全过程`, step]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a department imports its audio-video list: refused without 查封扣押, then published', async () => {
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.legal', consoleLink(enforcementListsMenu, 'enforcement-lists'));
  await page.getByLabel('清单类型').first().click();
  await page.getByTitle('音像记录事项清单').click();
  await page.getByLabel('调整理由').fill('增加执法办案场所以外的环节说明（旅程测试）');
  const upload = (buffer: Buffer) =>
    page.locator('input[type=file]').setInputFiles({ name: '音像记录事项清单.xlsx', mimeType: XLSX, buffer });
  await upload(await workbook(false));
  await page
    .getByText(/查封扣押财产.*强制拆除/)
    .first()
    .waitFor();
  await upload(await workbook(true));
  await page.getByText(/已公布第\d+版，共7项/).waitFor();
  await page
    .locator('.ant-table-row', { hasText: '音像记录事项清单' })
    .filter({ hasText: '现行有效' })
    .first()
    .waitFor();
  await screenshot(page, 'enforcement-list-imported');
  await context.close();
});
