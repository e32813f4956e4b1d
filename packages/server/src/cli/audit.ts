// `fazhi audit verify`: every region's keyed chain, then the heads of the last checkpoint and its seal
// (platform/audit/checkpoint.ts). A verification that passes records the current heads as the new checkpoint; one
// that fails leaves it as it was. `fazhi audit rekey`: the re-sealing of an earlier release's chains, which
// opening the platform has already run (platform/bootstrap.ts), reported with its exit status.
import type { Platform } from '../platform/bootstrap';
import { verifyAuditChain, type ChainProblem } from '../platform/audit/verify';
import { checkAgainstCheckpoint, readCheckpoint, writeCheckpoint } from '../platform/audit/checkpoint';
import { sealUnkeyedChains, unsealedRegions } from '../platform/audit/rekey';
import { EXIT } from './failure';
import { chineseTimeToSecond } from '../platform/display-dates';

export const describeProblem = (p: ChainProblem) =>
  p.regionCode
    ? `区划 ${p.regionCode} 第 ${p.seq} 号事件${p.eventId ? `（${p.eventId}）` : ''}：${p.reason}`
    : p.reason;

export async function runAuditVerify(p: Platform): Promise<number> {
  const { db, config, clock, auditKey } = p.services;
  const checkpoint = await readCheckpoint(config.dataDir);
  const r = await verifyAuditChain(db, auditKey);
  const problems = [...r.problems, ...(checkpoint ? await checkAgainstCheckpoint(db, checkpoint, auditKey) : [])];
  if (problems.length === 0) {
    const cp = await writeCheckpoint(db, config.dataDir, auditKey, clock.now());
    console.log(
      `审计日志完整：${r.regions} 条哈希链，${r.events} 个事件，均以审计密钥（标识 ${auditKey.id}）封存` +
        (checkpoint ? `，与检查点（${chineseTimeToSecond(new Date(checkpoint.writtenAt))}）一致` : '') +
        `；已记录新的检查点（${Object.keys(cp.heads).length} 条链的链头）`,
    );
    return EXIT.ok;
  }
  for (const pr of problems) console.error(describeProblem(pr));
  console.error(`审计日志校验未通过：发现 ${problems.length} 处问题，检查点未更新`);
  return EXIT.notIntact;
}

export async function runAuditRekey(p: Platform): Promise<number> {
  const { db, config } = p.services;
  const r = await sealUnkeyedChains(db, p.services, config.dataDir);
  const left = await unsealedRegions(db);
  if (left.length === 0) {
    console.log(`所有审计哈希链均已以审计密钥（标识 ${r.keyId}）封存`);
    return EXIT.ok;
  }
  for (const pr of r.refused) console.error(describeProblem(pr));
  console.error(`仍有 ${left.length} 条审计哈希链未封存：其旧格式校验未通过，须按安全事件处理`);
  return EXIT.notIntact;
}
