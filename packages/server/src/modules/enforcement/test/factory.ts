// Test factory of the enforcement registry: a unit made a body, officers with certificates issued on a given day and
// training hours, written through the module's commands as the system (no actor), so each has its audit event.
import { idNumberCheckChar } from '@fazhi/core/identifiers';
import type { OfficerKind } from '@fazhi/core/enforcement';
import type { TestEnv } from '../../../../test/helpers';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import { registerBodyOn } from '../bodies/commands/register-body';
import { addOfficerOn } from '../officers/commands/add-officer';
import { recordTrainingOn } from '../../training/hours/commands/record-training';

export const system: WriteContext = { actor: null, ip: null };

let serial = 0;
/** A valid 身份证号 (GB 11643) of a fictitious person born in 1985, distinct per call. */
export function idNumberOf(n = ++serial): string {
  const first17 = `159901198501${String(1 + (n % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17)!;
}

export async function makeBody(env: TestEnv, orgId: string) {
  return inWriteTransaction(env.services, system, (w) =>
    registerBodyOn(env.services, w, orgId, {
      legalStatus: 'statutory',
      fields: ['市场监管'],
      address: '示范区测试路1号',
      phones: '0477-0000000',
    }),
  );
}

export async function makeOfficer(
  env: TestEnv,
  orgId: string,
  o: { name: string; kind?: OfficerKind; number?: string; issuedOn?: string; hours?: number; reviewer?: boolean },
) {
  const kind = o.kind ?? 'enforcement';
  const certified = kind !== 'auxiliary';
  // an officer works for a body on the list (a supervisor excepted)
  if (kind !== 'supervision') {
    const body = await env.services.db
      .selectFrom('enforcement_bodies')
      .select('status')
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    if (body?.status !== 'active') await makeBody(env, orgId);
  }
  return inWriteTransaction(env.services, system, async (w) => {
    const { id } = await addOfficerOn(env.services, w, {
      organisationId: orgId,
      officerName: o.name,
      idNumber: idNumberOf(),
      kind,
      certificateNumber: certified ? (o.number ?? `TEST-${++serial}`) : null,
      category: '市场监管',
      area: '示范区',
      certificateIssuedOn: certified ? (o.issuedOn ?? env.services.clock.today()) : null,
      examResult: certified ? 'passed' : null,
      isLegalReviewer: o.reviewer ?? false,
    });
    if (o.hours)
      await recordTrainingOn(env.services, w, {
        officerId: id,
        course: '行政处罚法专题（测试）',
        hours: o.hours,
        trainedOn: env.services.clock.today(),
      });
    return id;
  });
}
