// 送达: each paper of a case served on a party, how (core cases `serviceMethods`, the 民事诉讼法's ways of service the
// procedures defer to) and when — the day a party's own period starts from (第三十一条: 自收到补正通知之日起十日内).
import { randomUUID } from 'node:crypto';
import { serviceMethodLabels, type ServiceMethod } from '@fazhi/core/cases';
import type { IsoDate } from '@fazhi/core/calendar';
import { notFound } from '../errors';
import type { Db } from '../db/connection';
import type { Tx, Writer } from '../write';
import type { CaseRef } from './kinds';

export interface ServiceInput {
  paper: string;
  partyId: string | null;
  recipient: string;
  method: ServiceMethod;
  servedOn: IsoDate;
  note?: string | null | undefined;
}

export async function recordServiceOn(w: Writer, ref: CaseRef, input: ServiceInput): Promise<string> {
  if (input.partyId) {
    const party = await w.tx
      .selectFrom('case_parties')
      .select('id')
      .where('region_code', '=', ref.regionCode)
      .where('case_type', '=', ref.caseType)
      .where('case_id', '=', ref.caseId)
      .where('id', '=', input.partyId)
      .executeTakeFirst();
    if (!party) throw notFound('受送达人');
  }
  const id = randomUUID();
  await w.tx
    .insertInto('case_service_records')
    .values({
      region_code: ref.regionCode,
      id,
      case_type: ref.caseType,
      case_id: ref.caseId,
      paper: input.paper,
      party_id: input.partyId,
      recipient: input.recipient,
      method: input.method,
      served_on: input.servedOn,
      note: input.note ?? null,
      recorded_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await w.audit({
    regionCode: ref.regionCode,
    action: `${ref.caseType}.paper_served`,
    subjectType: ref.caseType,
    subjectId: ref.caseId,
    summary: `${input.paper}于 ${input.servedOn} ${serviceMethodLabels[input.method]}${input.recipient}`,
    changes: { serviceId: id, paper: input.paper, method: input.method, servedOn: input.servedOn },
  });
  return id;
}

export async function serviceRecordsOf(db: Db | Tx, ref: CaseRef) {
  const rows = await db
    .selectFrom('case_service_records')
    .select(['id', 'paper', 'recipient', 'method', 'served_on', 'note'])
    .where('region_code', '=', ref.regionCode)
    .where('case_type', '=', ref.caseType)
    .where('case_id', '=', ref.caseId)
    .orderBy('served_on')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    paper: r.paper,
    recipient: r.recipient,
    method: r.method,
    methodLabel: serviceMethodLabels[r.method],
    servedOn: r.served_on,
    note: r.note,
  }));
}
