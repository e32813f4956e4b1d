// A case's parties: checked by core (身份证号 GB 11643, 统一社会信用代码 GB 32100, 手机号), a person's identifiers
// encrypted with the platform's field encryption (SM4) and kept masked beside for every screen; nothing here ever
// answers them in clear.
import { randomUUID } from 'node:crypto';
import { maskIdNumber, maskMobile } from '@fazhi/core/identifiers';
import { partyProblems, type PartyInput, type PartyKind } from '@fazhi/core/cases';
import { invalid } from '../errors';
import type { Db } from '../db/connection';
import type { Services } from '../services';
import type { Tx, Writer } from '../write';
import { lentCase, type CaseRef } from './kinds';

export interface CasePartyInput extends PartyInput {
  role: string;
}

/** A party as every screen shows it: identifiers masked. */
export interface CaseParty {
  id: string;
  role: string;
  roleLabel: string;
  kind: PartyKind;
  name: string;
  idNumberMasked: string | null;
  creditCode: string | null;
  phoneMasked: string | null;
  address: string | null;
}

/** Every problem of the parties at once, each naming its field by the party's place: parties.1.idNumber. */
export function casePartiesProblems(parties: readonly CasePartyInput[], field = 'parties') {
  return parties.flatMap((p, i) =>
    partyProblems(p).map((problem) => ({ path: `${field}.${i}.${problem.field}`, message: problem.message })),
  );
}

/** Adds the parties to a case in the caller's write transaction, after checking them all (400 naming each field). */
export async function addCasePartiesOn(
  services: Services,
  w: Writer,
  ref: CaseRef,
  parties: readonly CasePartyInput[],
): Promise<string[]> {
  const lent = lentCase(services.registry, ref.caseType);
  const problems = casePartiesProblems(parties);
  for (const [i, p] of parties.entries())
    if (!lent.partyRoles[p.role]) problems.push({ path: `parties.${i}.role`, message: '当事人的身份不正确' });
  if (problems.length) throw invalid('PARTY_INVALID', problems[0]!.message, problems);
  const last = await w.tx
    .selectFrom('case_parties')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('region_code', '=', ref.regionCode)
    .where('case_type', '=', ref.caseType)
    .where('case_id', '=', ref.caseId)
    .executeTakeFirst();
  let seq = last?.seq ?? 0;
  const ids: string[] = [];
  for (const p of parties) {
    const id = randomUUID();
    const idNumber = p.kind === 'person' && p.idNumber ? p.idNumber.toUpperCase() : null;
    await w.tx
      .insertInto('case_parties')
      .values({
        region_code: ref.regionCode,
        id,
        case_type: ref.caseType,
        case_id: ref.caseId,
        role: p.role,
        kind: p.kind,
        name: p.name,
        id_number_enc: idNumber ? services.cipher.encrypt(idNumber) : null,
        id_number_masked: idNumber ? maskIdNumber(idNumber) : null,
        credit_code: p.kind === 'organisation' ? (p.creditCode ?? null) : null,
        phone_enc: p.phone ? services.cipher.encrypt(p.phone) : null,
        phone_masked: p.phone ? maskMobile(p.phone) : null,
        address: p.address ?? null,
        seq: ++seq,
      })
      .execute();
    await w.audit({
      regionCode: ref.regionCode,
      action: `${ref.caseType}.party_added`,
      subjectType: ref.caseType,
      subjectId: ref.caseId,
      summary: `登记${lent.partyRoles[p.role]}：${p.name}`,
      // the identifiers stay out of the audit trail: it is read by auditors, not by the case's handlers
      changes: { partyId: id, role: p.role, kind: p.kind },
    });
    ids.push(id);
  }
  return ids;
}

/** A case's parties in the order registered, masked. */
export async function casePartiesOf(services: Services, db: Db | Tx, ref: CaseRef): Promise<CaseParty[]> {
  const lent = lentCase(services.registry, ref.caseType);
  const rows = await db
    .selectFrom('case_parties')
    .select(['id', 'role', 'kind', 'name', 'id_number_masked', 'credit_code', 'phone_masked', 'address'])
    .where('region_code', '=', ref.regionCode)
    .where('case_type', '=', ref.caseType)
    .where('case_id', '=', ref.caseId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    roleLabel: lent.partyRoles[r.role] ?? r.role,
    kind: r.kind,
    name: r.name,
    idNumberMasked: r.id_number_masked,
    creditCode: r.credit_code,
    phoneMasked: r.phone_masked,
    address: r.address,
  }));
}
