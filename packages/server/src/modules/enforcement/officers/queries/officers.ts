// The officers the actor reads (through the scope chokepoint at the officer's unit), with the certificate's status
// as of today under the region's validity, this year's training hours and whether each may handle a case. The ID
// number is shown masked. `caseHandlersOf` is the query issue 17's cases use to offer handlers.
import type { EnforcementOfficer, EnforcementOfficerList } from '@fazhi/core/contracts';
import {
  certificateKindOf,
  certificateLapsesOn,
  certificateStatus,
  certificateStatusLabels,
  mayHandleCases,
  officerKindLabels,
  registrationDue,
  type CertificateStatus,
  type OfficerKind,
} from '@fazhi/core/enforcement';
import { maskIdNumber } from '@fazhi/core/identifiers';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import type { Db } from '../../../../platform/db/connection';
import type { Services } from '../../../../platform/services';
import { officerPolicy, READ, registryPolicy } from '../../policy';
import { abilities, policyContext } from '../../../../platform/access/policy';
import { enforcementSettings } from '../../settings';
import type { EnforcementOfficerTable } from '../../tables';
import { officerTrainingHoursSql } from '../../../training/hours/queries/hours-of';

/** The region's certificate rules, read once per region of a list. */
export async function certificateRules(db: Db, regionCode: string) {
  return {
    validityYears: await enforcementSettings.read(db, regionCode, 'enforcement.certificate.validity-years'),
    annualRegistration: await enforcementSettings.read(db, regionCode, 'enforcement.certificate.annual-registration'),
  };
}
type Rules = Awaited<ReturnType<typeof certificateRules>>;

/** The certificate's status as of today; null for an auxiliary. */
export function statusOf(
  o: Pick<EnforcementOfficerTable, 'certificate_status' | 'issued_on'>,
  rules: Rules,
  today: string,
): CertificateStatus | null {
  if (!o.certificate_status || !o.issued_on) return null;
  return certificateStatus({ stored: o.certificate_status, issuedOn: o.issued_on }, rules.validityYears, today);
}

const yearHours = (year: number) => officerTrainingHoursSql('f.id', `${year}-01-01`, `${year}-12-31`);

export async function listOfficers(
  services: Services,
  actor: Actor,
  q: { organisationId?: string | undefined; kind?: OfficerKind | undefined; q?: string | undefined },
): Promise<EnforcementOfficerList> {
  const today = services.clock.today();
  const year = Number(today.slice(0, 4));
  const p = policyContext(services.registry.grants, actor);
  let query = services.db
    .selectFrom('enforcement_officers as f')
    .innerJoin('orgs as o', 'o.id', 'f.org_id')
    .innerJoin('regions as r', 'r.code', 'f.region_code')
    .selectAll('f')
    .select(['o.name as org_name', 'o.path as org_path', 'r.path as region_path', yearHours(year).as('hours_tenths')])
    .where(scopeFilter(services.registry.grants, actor, READ, 'f.org_id'));
  if (q.organisationId) query = query.where('f.org_id', '=', q.organisationId);
  if (q.kind) query = query.where('f.kind', '=', q.kind);
  if (q.q)
    query = query.where((eb) =>
      eb.or([eb('f.name', 'like', `%${q.q}%`), eb('f.certificate_number', '=', q.q!.toUpperCase())]),
    );
  const total = Number(
    (
      await query
        .clearSelect()
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirst()
    )?.n ?? 0,
  );
  const rows = await query.orderBy('o.sort_order').orderBy('f.kind').orderBy('f.name').limit(1000).execute();
  const rules = new Map<string, Rules>();
  for (const code of new Set(rows.map((r) => r.region_code)))
    rules.set(code, await certificateRules(services.db, code));
  const minimumHours = await enforcementSettings.read(
    services.db,
    rows[0]?.region_code ?? actor.assignments[0]?.regionCode ?? '',
    'enforcement.training.minimum-hours',
  );
  return {
    total,
    year,
    minimumHours,
    mayImportRoster: registryPolicy.rules.importRoster(p, { regionPath: '', regionName: '' }),
    items: rows.map((f): EnforcementOfficer => {
      const r = rules.get(f.region_code)!;
      const status = statusOf(f, r, today);
      return {
        id: f.id,
        organisationId: f.org_id,
        organisationName: f.org_name,
        name: f.name,
        idNumber: maskIdNumber(services.cipher.decrypt(f.id_number_enc)),
        kind: f.kind,
        kindLabel: officerKindLabels[f.kind],
        certificateKind: certificateKindOf[f.kind],
        certificateNumber: f.certificate_number,
        category: f.category,
        area: f.area,
        issuedOn: f.issued_on,
        certificateStatus: status,
        certificateStatusLabel: status ? certificateStatusLabels[status] : '不持证',
        lapsesOn: f.issued_on ? certificateLapsesOn(f.issued_on, r.validityYears) : null,
        registrationDue:
          r.annualRegistration && !!f.issued_on && registrationDue(f.registered_year, f.issued_on, today),
        examResult: f.exam_result,
        legalProfessionQualified: f.legal_profession_qualified,
        isLegalReviewer: f.is_legal_reviewer,
        mayHandleCases: mayHandleCases({ kind: f.kind, certificateStatus: status }),
        trainingHours: f.hours_tenths / 10,
        isDemo: f.is_demo,
        abilities: abilities(p, officerPolicy, {
          orgId: f.org_id,
          orgPath: f.org_path,
          regionPath: f.region_path,
          name: f.name,
        }),
      };
    }),
  };
}

/**
 * The people of a body who may be named case handlers today (行政处罚法第四十二条): enforcement officers whose
 * certificate is valid — never an auxiliary. For issue 17's cases, which name the body by its organisation id.
 */
export async function caseHandlersOf(services: Services, orgId: string) {
  const today = services.clock.today();
  const rows = await services.db
    .selectFrom('enforcement_officers as f')
    .select([
      'f.id',
      'f.name',
      'f.kind',
      'f.certificate_number',
      'f.certificate_status',
      'f.issued_on',
      'f.region_code',
    ])
    .where('f.org_id', '=', orgId)
    .where('f.kind', '=', 'enforcement')
    .orderBy('f.name')
    .execute();
  if (rows.length === 0) return [];
  const rules = await certificateRules(services.db, rows[0]!.region_code);
  return rows
    .filter((f) => mayHandleCases({ kind: f.kind, certificateStatus: statusOf(f, rules, today) }))
    .map((f) => ({ id: f.id, name: f.name, certificateNumber: f.certificate_number! }));
}
