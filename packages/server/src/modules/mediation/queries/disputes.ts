// The disputes mediated at the units in reach, newest first, filtered by state, kind and committee; one dispute with
// its parties (identifiers masked, from the shared case record), sessions and outcome. Whether an agreement's
// performance is overdue is derived from today, never stored.
import {
  agreementEffectBasis,
  agreementFormLabels,
  confirmationResultLabels,
  disputeSourceLabels,
  disputeStatusLabels,
  linkedProcedureLabels,
  mediationKindLabels,
  performanceLabels,
} from '@fazhi/core/mediation';
import type { MediationDispute, MediationDisputePage, MediationDisputeRow } from '@fazhi/core/contracts';
import type { Actor } from '../../../platform/access/actor';
import { abilities, policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import { casePartiesOf } from '../../../platform/cases/parties';
import { countUpTo, pageOf, pageSlice } from '../../../platform/db/paginate';
import type { Services } from '../../../platform/services';
import { mediationPolicy } from '../policy';
import { mediationSettings } from '../settings';
import { disputeFor, disputeNumber, disputeRef } from '../support';
import type { MediationDisputeRecord } from '../tables';
import { recordableUnits } from './committees';

type Row = MediationDisputeRecord & { committee_name: string | null; org_name?: string };

function presentRow(r: Row, orgName: string, today: string): MediationDisputeRow {
  return {
    id: r.id,
    number: disputeNumber(r),
    kind: r.kind,
    kindLabel: mediationKindLabels[r.kind],
    orgName,
    committeeName: r.committee_name,
    disputeType: r.dispute_type,
    summary: r.summary,
    registeredOn: r.registered_on,
    status: r.status,
    statusLabel: disputeStatusLabels[r.status],
    major: r.major,
    agreementAmountYuan: r.amount_yuan === null ? null : Number(r.amount_yuan),
    performanceOverdue:
      r.status === 'agreed' && r.performance !== 'performed' && !!r.performance_due && r.performance_due < today,
    isDemo: r.is_demo,
  };
}

export async function listDisputes(
  services: Services,
  actor: Actor,
  q: {
    page: number;
    pageSize: number;
    status?: MediationDisputeRow['status'] | undefined;
    mediationKind?: MediationDisputeRow['kind'] | undefined;
    committeeId?: string | undefined;
  },
): Promise<MediationDisputePage> {
  const grants = services.registry.grants;
  const today = services.clock.today();
  let base = services.db
    .selectFrom('mediation_disputes as d')
    .innerJoin('orgs as o', 'o.id', 'd.org_id')
    .leftJoin('mediation_committees as c', (j) =>
      j.onRef('c.region_code', '=', 'd.region_code').onRef('c.id', '=', 'd.committee_id'),
    )
    .where(scopeFilter(grants, actor, 'mediation.read', 'd.org_id'));
  if (q.status) base = base.where('d.status', '=', q.status);
  if (q.mediationKind) base = base.where('d.kind', '=', q.mediationKind);
  if (q.committeeId) base = base.where('d.committee_id', '=', q.committeeId);
  const { limit, offset } = pageSlice(q);
  const [rows, total, committees, units] = await Promise.all([
    base
      .selectAll('d')
      .select(['c.name as committee_name', 'o.name as org_name'])
      .orderBy('d.registered_on', 'desc')
      .orderBy('d.created_at', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    countUpTo(services.db, base.select('d.id')),
    services.db
      .selectFrom('mediation_committees as c')
      .innerJoin('orgs as o', 'o.id', 'c.org_id')
      .select(['c.id', 'c.name', 'o.name as org_name'])
      .where(scopeFilter(grants, actor, 'mediation.record', 'c.org_id'))
      .orderBy('o.path')
      .orderBy('c.name')
      .limit(500)
      .execute(),
    recordableUnits(services, actor),
  ]);
  const regionCode = actor.homeRegionCode ?? rows[0]?.region_code;
  const disputeTypes = regionCode
    ? await mediationSettings.read(services.db, regionCode, 'mediation.dispute-types')
    : mediationSettings.defaultFor('', 'mediation.dispute-types');
  return {
    ...pageOf(
      q,
      total.total,
      rows.map((r) => presentRow(r, r.org_name, today)),
    ),
    committees: committees.map((c) => ({ id: c.id, label: `${c.name}（${c.org_name}）` })),
    units,
    disputeTypes,
  };
}

export async function getDispute(services: Services, actor: Actor, id: string): Promise<MediationDispute> {
  const { row, unit } = await disputeFor(services, services.db, actor, id, 'read');
  const today = services.clock.today();
  const [parties, sessions] = await Promise.all([
    casePartiesOf(services, services.db, disputeRef(row)),
    services.db
      .selectFrom('mediation_sessions')
      .select(['id', 'held_on', 'place', 'mediators', 'record'])
      .where('region_code', '=', row.region_code)
      .where('dispute_id', '=', row.id)
      .orderBy('held_on')
      .orderBy('created_at')
      .execute(),
  ]);
  const can = abilities(policyContext(services.registry.grants, actor), mediationPolicy, unit);
  return {
    ...presentRow(row, unit.bodyName, today),
    source: row.source,
    sourceLabel: disputeSourceLabels[row.source],
    mediators: row.mediators,
    linked:
      row.linked_procedure && row.linked_reference
        ? {
            procedure: row.linked_procedure,
            label: linkedProcedureLabels[row.linked_procedure],
            reference: row.linked_reference,
          }
        : null,
    parties,
    sessions: sessions.map((s) => ({
      id: s.id,
      heldOn: s.held_on,
      place: s.place,
      mediators: s.mediators,
      record: s.record,
    })),
    agreement:
      row.status === 'agreed' && row.agreement_form && row.effective_on && row.confirmation_due
        ? {
            form: row.agreement_form,
            formLabel: agreementFormLabels[row.agreement_form],
            effectiveOn: row.effective_on,
            effectBasis: agreementEffectBasis[row.agreement_form],
            content: row.agreement_content ?? '',
            performanceDue: row.performance_due,
            confirmationDue: row.confirmation_due,
            confirmationExplanation: row.confirmation_explanation ?? [],
            performance: row.performance,
            performanceLabel: row.performance ? performanceLabels[row.performance] : null,
            performanceOn: row.performance_on,
            performanceNote: row.performance_note,
            confirmation: row.confirmation_applied_on
              ? {
                  appliedOn: row.confirmation_applied_on,
                  court: row.confirmation_court ?? '',
                  result: row.confirmation_result,
                  resultLabel: row.confirmation_result ? confirmationResultLabels[row.confirmation_result] : null,
                  decidedOn: row.confirmation_decided_on,
                }
              : null,
          }
        : null,
    ending:
      row.ended_on && (row.status === 'failed' || row.status === 'refused')
        ? { endedOn: row.ended_on, reason: row.end_reason ?? '', remediesTold: row.remedies_told ?? false }
        : null,
    abilities: can,
  };
}
