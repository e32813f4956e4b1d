// 登记执法人员和证件: one officer of a body's roster, with the certificate, the exam result, the 法律职业资格 and the
// legal reviewer's post; an 执法辅助人员 is registered without a certificate. The ID number is stored encrypted.
import { randomUUID } from 'node:crypto';
import { checkOfficer, officerKindLabels } from '@fazhi/core/enforcement';
import { authorizeAs } from '../../../../platform/access/policy';
import { conflict, invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type Tx, type WriteContext, type Writer } from '../../../../platform/write';
import type { Db } from '../../../../platform/db/connection';
import { OFFICER_SUBJECT } from '../../catalogue';
import { syncOfficerLapse } from '../certificate-lapse';
import { officerPolicy } from '../../policy';
import type { OfficerBody } from '../../schemas';
import { unitRecord, type UnitRecord } from '../../support';

export async function addOfficer(services: Services, ctx: WriteContext, input: OfficerBody) {
  return inWriteTransaction(services, ctx, (w) => addOfficerOn(services, w, input));
}

/** The rule problems of one officer, as field errors (the roster import reports them row by row). */
export function officerProblems(input: OfficerBody, today: string): { path: string; message: string }[] {
  return checkOfficer(input, today).map((p) => ({ path: p.field, message: p.message }));
}

/**
 * The units among `orgIds` that are enforcement bodies on the list: an enforcement officer or an auxiliary works
 * for a body (行政处罚法第四十二条); a supervisor (监督证) for the justice bureau, which need not be one.
 */
export async function activeBodies(db: Db | Tx, orgIds: string[]) {
  if (orgIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('enforcement_bodies')
    .select('org_id')
    .where('org_id', 'in', orgIds)
    .where('status', '=', 'active')
    .execute();
  return new Set(rows.map((r) => r.org_id));
}

export const notABody = (name: string) => `${name}不是在册的行政执法主体，请先确认执法主体（监督人员除外）`;

/** The row to insert; the caller has checked the input and the unit. */
export function officerRow(services: Services, unit: UnitRecord, input: OfficerBody, isDemo: boolean) {
  const certified = input.kind !== 'auxiliary';
  return {
    id: randomUUID(),
    region_code: unit.regionCode,
    org_id: unit.orgId,
    name: input.officerName,
    id_number_enc: services.cipher.encrypt(input.idNumber),
    kind: input.kind,
    certificate_number: certified ? input.certificateNumber!.toUpperCase() : null,
    category: input.category ?? '',
    area: input.area ?? '',
    issued_on: certified ? input.certificateIssuedOn! : null,
    certificate_status: certified ? ('valid' as const) : null,
    registered_year: null,
    exam_result: certified ? input.examResult! : null,
    legal_profession_qualified: input.legalProfessionQualified ?? false,
    is_legal_reviewer: input.isLegalReviewer ?? false,
    is_demo: isDemo,
  };
}

export async function addOfficerOn(services: Services, w: Writer, input: OfficerBody, opts: { isDemo?: boolean } = {}) {
  const unit = await unitRecord(w.tx, input.organisationId);
  authorizeAs(services.registry.grants, w.ctx.actor, officerPolicy, 'manage', { ...unit, name: input.officerName });
  const problems = officerProblems(input, w.clock.today());
  if (input.kind !== 'supervision' && !(await activeBodies(w.tx, [unit.orgId])).has(unit.orgId))
    problems.push({ path: 'organisationId', message: notABody(unit.orgName) });
  if (problems.length) throw invalid('OFFICER_INVALID', problems[0]!.message, problems);
  const row = officerRow(services, unit, input, opts.isDemo ?? false);
  if (row.certificate_number) {
    const taken = await w.tx
      .selectFrom('enforcement_officers')
      .select('id')
      .where('certificate_number', '=', row.certificate_number)
      .executeTakeFirst();
    if (taken) throw conflict('CERTIFICATE_TAKEN', `证件号${row.certificate_number}已登记，不能重复登记`);
  }
  await w.tx.insertInto('enforcement_officers').values(row).execute();
  // the certificate's lapse, where the region sets a validity, on the deadline service
  if (row.certificate_number) await syncOfficerLapse(w, row.id);
  await w.audit({
    regionCode: unit.regionCode,
    action: 'enforcement_officer.added',
    subjectType: OFFICER_SUBJECT,
    subjectId: row.id,
    summary: `${unit.orgName}登记${officerKindLabels[input.kind]}${input.officerName}${row.certificate_number ? `（证件号${row.certificate_number}）` : ''}`,
    // the ID number is personal data: the audit log names that it was given, never the number
    changes: { ...input, idNumber: '（已加密存储）' },
  });
  return { id: row.id };
}
