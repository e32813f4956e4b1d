// Story: someone with database access deletes the newest audit event of the region and moves the chain's head back
// (the chain alone still walks). The 安全审计员 checks the log on the console: the page compares the chains with the
// checkpoint in the server's data directory, as `fazhi audit verify` does, and names the event that is gone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { consoleLink, auditMenu } from '@fazhi/core/modules';
import type { Browser } from 'playwright-core';
import { createDb } from '../packages/server/src/platform/db/connection';
import { loadAuditKey } from '../packages/server/src/platform/audit/key';
import { checkpointFile, writeCheckpoint } from '../packages/server/src/platform/audit/checkpoint';
import { clickButton, launch, newPage, requireEndpoints, screenshot, signInAs } from './support';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(() => browser.close());

test('the auditor sees the console name an audit event deleted after the checkpoint', async (t) => {
  await requireEndpoints(t, ['/api/audit/verify']);
  const dataDir = process.env.FAZHI_E2E_DATA_DIR ?? '';
  const url = process.env.FAZHI_E2E_DATABASE_URL ?? '';
  assert.ok(dataDir && url, 'e2e/run.ts gives the server its data directory and database');
  const { page, context } = await newPage(browser);
  await signInAs(page, 'demo.auditor', consoleLink(auditMenu, 'audit'));
  await page.getByRole('menu').getByRole('link', { name: '审计日志' }).waitFor();
  await page.getByText(/哈希链校验通过/).waitFor();
  // the operator's daily `fazhi audit verify` records the heads (the server's own audit key seals the file)
  const { db } = createDb(url, 1);
  await writeCheckpoint(db, dataDir, loadAuditKey(dataDir, undefined), new Date());
  const check = async () => {
    const answered = page.waitForResponse((r) => r.url().includes('/api/audit/verify'));
    await clickButton(page.locator('.ant-alert'), '重新校验');
    await answered;
    await page.locator('.ant-alert-message').filter({ hasText: '哈希链校验' }).waitFor();
    return page.locator('.ant-alert').filter({ hasText: '哈希链校验' }).innerText();
  };
  assert.match(await check(), /哈希链校验通过.*与检查点（\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d）一致/);

  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const head = (await c.query<{ seq: string }>(`SELECT seq FROM audit_heads WHERE region_code = '159901'`)).rows[0];
  assert.ok(head);
  const gone = await c.query(
    `SELECT to_jsonb(e) AS row FROM audit_events e WHERE region_code = '159901' AND seq = $1`,
    [head.seq],
  );
  try {
    await c.query(`DELETE FROM audit_events WHERE region_code = '159901' AND seq = $1`, [head.seq]);
    await c.query(
      `UPDATE audit_heads SET seq = seq - 1, hash = (SELECT hash FROM audit_events WHERE region_code = '159901'
         AND seq = $1::bigint - 1) WHERE region_code = '159901'`,
      [head.seq],
    );
    const shown = await check();
    assert.match(shown, /哈希链校验未通过/);
    assert.match(
      shown,
      new RegExp(
        `区划 159901 第 ${head.seq} 号事件：检查点（\\d{4}年\\d{1,2}月\\d{1,2}日 [\\d:]{8}）记录的该事件已不存在`,
      ),
    );
    await screenshot(page, 'auditor-audit-chain-shortened');
  } finally {
    // put the event and the head back, and remove the checkpoint, so later journeys find the log as it was
    await c.query(`INSERT INTO audit_events SELECT * FROM jsonb_populate_record(NULL::audit_events, $1)`, [
      gone.rows[0]?.row,
    ]);
    await c.query(
      `UPDATE audit_heads SET seq = $1, hash = (SELECT hash FROM audit_events WHERE region_code = '159901'
         AND seq = $1) WHERE region_code = '159901'`,
      [head.seq],
    );
    await c.end();
    await db.destroy();
    rmSync(checkpointFile(dataDir), { force: true });
  }
  await context.close();
});
