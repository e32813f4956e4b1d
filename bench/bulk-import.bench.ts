// A 100,000-record import through the bulk write path (issue 11 item 6: imports must not block their region):
// one inBulkWriteTransaction writes 100,000 normative_documents rows in batches of 1,000 with one audit event each
// (the catalogue import's shape; its Excel reader stops at 2,000 rows a workbook), while an ordinary write of the
// same region (one audit event, inWriteTransaction) starts every PROBE_MS. Prints the import's time, the process's
// memory, and the ordinary write's latency while the records are written and after them (the end of the bulk
// write: its audit events' last part, the seal under the region's audit lock, the commit), and over the whole
// import as ratios to the same ordinary write measured before the import starts (the baseline).
// Run: node --import tsx bench/bulk-import.bench.ts   (npm run bench -- bulk-import; BENCH_ROWS to change the size)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../packages/server/src/platform/config';
import { openPlatform } from '../packages/server/src/platform/bootstrap';
import { modules } from '../packages/server/src/modules';
import { seedDemo } from '../packages/server/src/modules/organisations/seed-demo';
import { inBulkWriteTransaction, inWriteTransaction } from '../packages/server/src/platform/write';
import { verifyAuditChain } from '../packages/server/src/platform/audit/verify';
import { freePort } from '../packages/server/test/free-port';
import { declare } from '../packages/server/src/platform/modules/catalogue';

// the ordinary write's own audit action (the write layer refuses an undeclared one)
declare({ auditActions: ['bench.write'], events: [], notificationKinds: [] });

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const BATCH = 1000;
/** how often an ordinary write of the region starts during the import */
const PROBE_MS = Number(process.env.BENCH_PROBE_MS ?? 20);
const REGION = '159901';

const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
// a free port: other runs on the machine may hold the default one
const config = {
  ...loadConfig({ FAZHI_DATA_DIR: dataDir, FAZHI_PG_PORT: String(await freePort()) }),
  demoPassword: 'Bench#Pass2026',
};
const platform = await openPlatform(config, modules);
const services = platform.services;
const db = services.db;
const ctx = { actor: null, ip: null };
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0) : 0;
};
const describe = (xs: number[]) =>
  `${xs.length} writes, p50 ${pct(xs, 50).toFixed(0)} ms, p95 ${pct(xs, 95).toFixed(0)} ms, max ${Math.max(0, ...xs).toFixed(0)} ms`;

/** One ordinary write of the region: its audit event, as every command writes one. */
async function ordinaryWrite(i: number): Promise<number> {
  const t = performance.now();
  await inWriteTransaction(services, ctx, (w) =>
    w.audit({ regionCode: REGION, action: 'bench.write', subjectType: 'bench', subjectId: null, summary: `写入 ${i}` }),
  );
  return performance.now() - t;
}

try {
  await seedDemo(services);
  const org = await db
    .selectFrom('normative_issuers')
    .select('org_id')
    .where('region_code', '=', REGION)
    .executeTakeFirstOrThrow();
  const baseline: number[] = [];
  for (let i = 0; i < 20; i++) baseline.push(await ordinaryWrite(i));

  let phase: 'records' | 'append' | 'done' = 'records';
  const during: Record<'records' | 'append', number[]> = { records: [], append: [] };
  let rssPeak = 0;
  let heapPeak = 0;
  const rssBefore = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  }, 50);
  // a write every PROBE_MS, each on its own (not waiting for the one before), so the waits show how long the lock
  // was held, not just the first write that met it
  let probing = true;
  const probes: Promise<void>[] = [];
  const probe = (async () => {
    for (let i = 0; probing; i++) {
      const started = phase;
      if (started !== 'done')
        probes.push(
          ordinaryWrite(1000 + i).then((ms) => {
            during[started].push(ms);
          }),
        );
      await new Promise((r) => setTimeout(r, PROBE_MS));
    }
  })();

  const t0 = performance.now();
  let recordsMs = 0;
  await inBulkWriteTransaction(services, ctx, async (w) => {
    for (let from = 0; from < ROWS; from += BATCH) {
      const ids: string[] = [];
      const titles: string[] = [];
      for (let i = from; i < Math.min(ROWS, from + BATCH); i++) {
        ids.push(randomUUID());
        titles.push(`基准导入存量文件第${i + 1}件`);
      }
      await sql`INSERT INTO normative_documents (region_code, id, drafting_org_id, issuer_org_id, title, kind,
          legal_bases, affects_rights, affects_market, status, is_demo)
        SELECT ${REGION}, t.id, ${org.org_id}, ${org.org_id}, t.title, 'ordinary', '[]', true, false, 'published', true
        FROM unnest(${ids}::uuid[], ${titles}::text[]) AS t(id, title)`.execute(w.tx);
      for (let i = 0; i < ids.length; i++)
        await w.audit({
          regionCode: REGION,
          action: 'normative_document.imported',
          subjectType: 'normative_document',
          subjectId: ids[i] ?? null,
          summary: `作为存量文件导入（${titles[i]}）`,
          changes: { source: 'bench', row: from + i + 2 },
        });
    }
    recordsMs = performance.now() - t0;
    phase = 'append';
  });
  const totalMs = performance.now() - t0;
  phase = 'done';
  probing = false;
  await probe;
  await Promise.all(probes);
  clearInterval(sampler);

  const v = await verifyAuditChain(db, services.auditKey, REGION);
  console.log(`bulk import of ${ROWS} records with ${ROWS} audit events (region ${REGION})`);
  console.log(
    `  time: ${(totalMs / 1000).toFixed(1)} s — records ${(recordsMs / 1000).toFixed(1)} s, ` +
      `audit append + commit ${((totalMs - recordsMs) / 1000).toFixed(1)} s (${((totalMs / ROWS) * 1000).toFixed(0)} µs a record)`,
  );
  console.log(`  memory: rss ${mb(rssBefore)} before, peak ${mb(rssPeak)}; heap used peak ${mb(heapPeak)}`);
  console.log(`  ordinary write of the same region, before the import: ${describe(baseline)}`);
  console.log(`  … while the records were written: ${describe(during.records)}`);
  console.log(`  … after the records (the bulk write's audit append and commit): ${describe(during.append)}`);
  const all = [...during.records, ...during.append];
  const base = pct(baseline, 50);
  console.log(`  … during the whole import: ${describe(all)}`);
  console.log(
    `  wait during the import against the baseline p50 (${base.toFixed(1)} ms): p50 ${(pct(all, 50) / base).toFixed(1)}×, ` +
      `max ${(Math.max(0, ...all) / base).toFixed(1)}×`,
  );
  console.log(
    `  chain of ${REGION} after the import: ${v.ok ? `intact (${v.events} events)` : JSON.stringify(v.problems)}`,
  );
  if (!v.ok) process.exitCode = 1;
} finally {
  await platform.close();
  rmSync(dataDir, { recursive: true, force: true });
}
