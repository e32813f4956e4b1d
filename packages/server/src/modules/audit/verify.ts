import type { Actor } from '../../platform/access/actor';
import { regionScopeFilter } from '../../platform/access/scope';
import { verifyAuditChain } from '../../platform/audit/verify';
import type { Services } from '../../platform/services';
import { forbidden } from '../../platform/errors';
import type { AuditVerification } from '@fazhi/core/contracts';

/** Verifies the chains of every region the actor may audit (all of them for a platform auditor). */
export async function verifyVisibleChains(services: Services, actor: Actor): Promise<AuditVerification> {
  if (!actor.assignments.some((a) => services.registry.grants.get(a.role)?.has('audit.verify')))
    throw forbidden('校验审计日志');
  if (actor.assignments.some((a) => a.scope === 'platform')) return verifyAuditChain(services.db);
  const regions = await services.db
    .selectFrom('regions')
    .select('code')
    .where(regionScopeFilter(services.registry.grants, actor, 'audit.verify', 'code'))
    .execute();
  const results = await Promise.all(regions.map((r) => verifyAuditChain(services.db, r.code)));
  return {
    ok: results.every((r) => r.ok),
    regions: results.filter((r) => r.regions > 0).length,
    events: results.reduce((n, r) => n + r.events, 0),
    problems: results.flatMap((r) => r.problems),
  };
}
