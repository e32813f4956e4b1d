// `fazhi audit verify`: every region's chain, then the heads of the last checkpoint (platform/audit/checkpoint.ts).
// A verification that passes records the current heads as the new checkpoint; one that fails leaves it as it was.
import type { Platform } from '../platform/bootstrap';
import { verifyAuditChain } from '../platform/audit/verify';
import { compareWithCheckpoint, readCheckpoint, writeCheckpoint } from '../platform/audit/checkpoint';
import { EXIT } from './failure';

export async function runAuditVerify(p: Platform): Promise<number> {
  const { db, config, clock } = p.services;
  const checkpoint = await readCheckpoint(config.dataDir);
  const r = await verifyAuditChain(db);
  const problems = [...r.problems, ...(checkpoint ? await compareWithCheckpoint(db, checkpoint) : [])];
  if (problems.length === 0) {
    const cp = await writeCheckpoint(db, config.dataDir, clock.now());
    console.log(
      `审计日志完整：${r.regions} 条哈希链，${r.events} 个事件` +
        (checkpoint ? `，与检查点（${checkpoint.writtenAt}）一致` : '') +
        `；已记录新的检查点（${Object.keys(cp.heads).length} 条链的链头）`,
    );
    return EXIT.ok;
  }
  for (const pr of problems)
    console.error(`区划 ${pr.regionCode} 第 ${pr.seq} 号事件${pr.eventId ? `（${pr.eventId}）` : ''}：${pr.reason}`);
  console.error(`审计日志校验未通过：发现 ${problems.length} 处问题，检查点未更新`);
  return EXIT.notIntact;
}
