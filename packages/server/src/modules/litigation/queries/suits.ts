// The suits of the agencies the actor reaches (litigation.read through the scope chokepoint), newest filed first, with
// the next hearing and whether the head must still appear; one suit with its parties (identifiers masked), hearings,
// outcome and deadlines (each with its warning level as of today).
import {
  absenceReasonLabels,
  appearanceLabels,
  callGroundLabels,
  headPostLabels,
  instanceLabels,
  mayTake,
  outcomeBasis,
  outcomeTypes,
  suitOutcomeLabels,
  suitStatusLabels,
  type SuitStatus,
} from '@fazhi/core/litigation';
import type { LitigationSuit, SuitPage, SuitRow } from '@fazhi/core/contracts';
import { consoleLink, reconsiderationMenu } from '@fazhi/core/modules';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { abilities, policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import { casePartiesOf } from '../../../platform/cases/parties';
import { countUpTo, pageOf, pageSlice } from '../../../platform/db/paginate';
import { deadlinesOf } from '../../../platform/deadlines';
import type { Services } from '../../../platform/services';
import { SUIT_SUBJECT } from '../catalogue';
import { headReasonsOf } from '../head-rule';
import { suitPolicy } from '../policy';
import type { SuitRecord } from '../tables';
import { loadSuit, suitRef } from '../workflow';

type Row = SuitRecord & {
  body_name: string;
  plaintiffs: string | null;
  next_hearing_on: string | null;
  head_appeared: boolean;
};

const decidedStatuses: SuitStatus[] = ['decided', 'appealed', 'effective', 'performed'];

function presentRow(r: Row, headReasons: string[]): SuitRow {
  return {
    id: r.id,
    bodyOrgId: r.body_org_id,
    bodyName: r.body_name,
    courtName: r.court_name,
    suitNumber: r.suit_number,
    instance: r.instance,
    instanceLabel: instanceLabels[r.instance],
    suitCause: r.suit_cause,
    plaintiffs: r.plaintiffs ?? '',
    filedOn: r.filed_on,
    status: r.status,
    statusLabel: suitStatusLabels[r.status],
    outcome: r.outcome,
    outcomeLabel: r.outcome ? suitOutcomeLabels[r.outcome] : null,
    nextHearingOn: r.next_hearing_on,
    headNeeded: headReasons.length > 0 && !r.head_appeared && !decidedStatuses.includes(r.status),
    headAppeared: r.head_appeared,
    isDemo: r.is_demo,
  };
}

function suitsOf(services: Services, actor: Actor) {
  const today = services.clock.today();
  return services.db
    .selectFrom('litigation_suits as s')
    .innerJoin('orgs as o', 'o.id', 's.body_org_id')
    .where(scopeFilter(services.registry.grants, actor, 'litigation.read', 's.body_org_id'))
    .selectAll('s')
    .select([
      'o.name as body_name',
      sql<string | null>`(SELECT string_agg(p.name, '、' ORDER BY p.seq) FROM case_parties p
        WHERE p.region_code = s.region_code AND p.case_type = ${SUIT_SUBJECT} AND p.case_id = s.id
          AND p.role = 'plaintiff')`.as('plaintiffs'),
      sql<string | null>`(SELECT min(h.hearing_on)::text FROM litigation_hearings h
        WHERE h.region_code = s.region_code AND h.suit_id = s.id AND h.hearing_on >= ${today}::date)`.as(
        'next_hearing_on',
      ),
      sql<boolean>`EXISTS (SELECT 1 FROM litigation_hearings h
        WHERE h.region_code = s.region_code AND h.suit_id = s.id AND h.appearance = 'head')`.as('head_appeared'),
    ]);
}

export async function listSuits(
  services: Services,
  actor: Actor,
  q: { page: number; pageSize: number; status?: SuitStatus | undefined },
): Promise<SuitPage> {
  let base = suitsOf(services, actor);
  if (q.status) base = base.where('s.status', '=', q.status);
  const { limit, offset } = pageSlice(q);
  const [rows, total, bodies] = await Promise.all([
    base.orderBy('s.filed_on', 'desc').orderBy('s.created_at', 'desc').limit(limit).offset(offset).execute(),
    countUpTo(services.db, base.clearSelect().select('s.id')),
    services.db
      .selectFrom('orgs as o')
      .select(['o.id', 'o.name'])
      .where(scopeFilter(services.registry.grants, actor, 'litigation.record', 'o.id'))
      .where('o.kind', '!=', 'internal_office')
      .orderBy('o.path')
      .limit(500)
      .execute(),
  ]);
  const items = [];
  for (const r of rows) items.push(presentRow(r, await headReasonsOf(services.db, r)));
  return { ...pageOf(q, total.total, items), bodies };
}

export async function getSuit(services: Services, actor: Actor, id: string): Promise<LitigationSuit> {
  const { body } = await loadSuit(services, services.db, actor, id, 'read');
  const row = await suitsOf(services, actor).where('s.id', '=', id).executeTakeFirstOrThrow();
  const [reasons, parties, hearings, deadlines] = await Promise.all([
    headReasonsOf(services.db, row),
    casePartiesOf(services, services.db, suitRef(row)),
    services.db
      .selectFrom('litigation_hearings')
      .selectAll()
      .where('region_code', '=', row.region_code)
      .where('suit_id', '=', row.id)
      .orderBy('hearing_on')
      .execute(),
    deadlinesOf(services.db, row.region_code, SUIT_SUBJECT, row.id, services.clock.today()),
  ]);
  const can = abilities(policyContext(services.registry.grants, actor), suitPolicy, body);
  const obliges = row.outcome ? outcomeTypes[row.outcome].obliges : false;
  return {
    ...presentRow(row, reasons),
    handlerName: row.handler_name,
    contestedAct: row.contested_act,
    contestedLink: row.contested_id
      ? consoleLink(reconsiderationMenu, 'reconsideration-cases', row.contested_id)
      : null,
    major: row.major,
    groupSuit: row.group_suit,
    compensation: row.compensation,
    courtCalledGrounds: row.court_called,
    courtCalledLabels: row.court_called.map((g) => callGroundLabels[g]),
    headRequiredReasons: reasons,
    previousSuitId: row.previous_suit_id,
    parties: parties.map((p) => ({
      id: p.id,
      role: p.role,
      roleLabel: p.roleLabel,
      kind: p.kind,
      name: p.name,
      idNumberMasked: p.idNumberMasked,
      creditCode: p.creditCode,
      phoneMasked: p.phoneMasked,
    })),
    complaintServedOn: row.complaint_served_on,
    defenceSubmittedOn: row.defence_submitted_on,
    defenceLate: row.defence_late,
    evidenceNote: row.evidence_note,
    hearings: hearings.map((h) => ({
      id: h.id,
      hearingOn: h.hearing_on,
      courtRoom: h.court_room,
      noticeServedOn: h.notice_served_on,
      noticeLate: h.notice_late,
      appearance: h.appearance,
      appearanceLabel: h.appearance ? appearanceLabels[h.appearance] : null,
      headName: h.head_name,
      headPost: h.head_post,
      headPostLabel: h.head_post ? headPostLabels[h.head_post] : null,
      certificateOn: h.certificate_on,
      absenceReason: h.absence_reason,
      absenceReasonLabel: h.absence_reason ? absenceReasonLabels[h.absence_reason] : null,
      absenceProof: h.absence_proof,
      standInName: h.stand_in_name,
      standInPost: h.stand_in_post,
    })),
    outcomeOn: row.outcome_on,
    outcomeServedOn: row.outcome_served_on,
    outcomeBasis: row.outcome ? outcomeBasis(row.outcome) : null,
    outcomeLost: row.outcome ? outcomeTypes[row.outcome].lost : null,
    outcomeNote: row.outcome_note,
    appealed: row.appealed,
    appealedBy: row.appealed_by,
    concludedOn: row.concluded_on,
    performedOn: row.performed_on,
    performanceNote: row.performance_note,
    deadlines,
    abilities: {
      read: can.read,
      serve: can.serve && mayTake('serve', row.status),
      defend: can.defend && mayTake('defend', row.status),
      hearing: can.hearing && mayTake('hearing', row.status),
      appearance: can.appearance && mayTake('appearance', row.status) && hearings.some((h) => !h.appearance),
      decide: can.decide && mayTake('decide', row.status),
      conclude: can.conclude && mayTake('conclude', row.status),
      perform: can.perform && mayTake('perform', row.status) && obliges,
    },
  };
}
