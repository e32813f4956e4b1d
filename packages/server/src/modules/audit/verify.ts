// The console's check (GET /api/audit/verify): the keyed chains of the regions the actor may audit, compared with
// the checkpoint in this server's data directory exactly as `fazhi audit verify` compares it, so tail truncation
// and a deleted region chain show here too.
// A passing check here does NOT advance the checkpoint: the checkpoint is the one anchor outside the database, and
// it has one writer — the scheduled `fazhi audit verify` run by the operator over every chain. A region auditor's
// check covers only their regions, and with several servers each would write its own data directory, so letting
// the console write it would give partial, diverging anchors. The console only reads it.
import type { Actor } from '../../platform/access/actor';
import { regionScopeFilter } from '../../platform/access/scope';
import { verifyAuditChain, type ChainProblem, type VerifyResult } from '../../platform/audit/verify';
import { checkAgainstCheckpoint, readCheckpoint, type AuditCheckpoint } from '../../platform/audit/checkpoint';
import type { Services } from '../../platform/services';
import { authorize, policyContext } from '../../platform/access/policy';
import { auditLogPolicy } from './policy';
import type { AuditVerification } from '@fazhi/core/contracts';

/** Verifies the chains of every region the actor may audit (all of them for a platform auditor). */
export async function verifyVisibleChains(services: Services, actor: Actor): Promise<AuditVerification> {
  authorize(policyContext(services.registry.grants, actor), auditLogPolicy, 'verify', null);
  const { db, auditKey } = services;
  let checkpoint: AuditCheckpoint | null = null;
  const fileProblems: ChainProblem[] = [];
  try {
    checkpoint = await readCheckpoint(services.config.dataDir);
  } catch {
    // the server's path is not for the browser: the CLI names the file
    fileProblems.push({ regionCode: '', seq: '', eventId: null, reason: '审计检查点：检查点文件已损坏，无法比对' });
  }
  let chains: VerifyResult;
  let regionCodes: string[] | undefined;
  if (actor.assignments.some((a) => a.scope === 'platform')) chains = await verifyAuditChain(db, auditKey);
  else {
    const regions = await db
      .selectFrom('regions')
      .select('code')
      .where(regionScopeFilter(services.registry.grants, actor, 'audit.verify', 'code'))
      .execute();
    regionCodes = regions.map((r) => r.code);
    const results = await Promise.all(regionCodes.map((code) => verifyAuditChain(db, auditKey, code)));
    chains = {
      ok: results.every((r) => r.ok),
      regions: results.filter((r) => r.regions > 0).length,
      events: results.reduce((n, r) => n + r.events, 0),
      problems: results.flatMap((r) => r.problems),
    };
  }
  const problems = [
    ...chains.problems,
    ...fileProblems,
    ...(checkpoint ? await checkAgainstCheckpoint(db, checkpoint, auditKey, regionCodes) : []),
  ];
  return {
    ...chains,
    ok: problems.length === 0,
    problems,
    checkpoint: checkpoint ? { writtenAt: checkpoint.writtenAt, keyId: checkpoint.keyId ?? null } : null,
  };
}
