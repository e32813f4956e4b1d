// The shared case record (server platform/cases) as every lending module's case page shows it: its parties
// (identifiers masked), the pauses of its clock and the service of its papers.
import { z } from 'zod';
import { partyKinds, serviceMethods } from '../../cases';
import { isoDate } from './common';

/** A party as every screen shows it (platform/cases): identifiers masked. */
export const caseParty = z.object({
  id: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  kind: z.enum(partyKinds),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  creditCode: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  address: z.string().nullable(),
});
export type CaseParty = z.infer<typeof caseParty>;

export const casePauseView = z.object({
  cause: z.string(),
  reason: z.string(),
  from: isoDate,
  to: isoDate.nullable(),
});
export const caseServiceRecord = z.object({
  id: z.string(),
  paper: z.string(),
  recipient: z.string(),
  method: z.enum(serviceMethods),
  methodLabel: z.string(),
  servedOn: isoDate,
  note: z.string().nullable(),
});
export type CaseServiceRecord = z.infer<typeof caseServiceRecord>;
