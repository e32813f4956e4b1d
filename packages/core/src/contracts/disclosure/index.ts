// 政府信息公开 in the console and on the portal (server modules/disclosure/queries): enumerations from core's lists.
import { z } from 'zod';
import {
  applicantKinds,
  consultationKinds,
  deliveryForms,
  replyOutcomeKeys,
  requestActs,
  requestChannels,
  requestStatuses,
} from '../../disclosure';
import { caseParty, casePauseView, caseServiceRecord } from '../platform/cases';
import { abilitiesOf, isoDate, pageOf } from '../platform/common';
import { recordDeadline } from '../platform/deadlines';

const nextDeadline = z.object({ label: z.string(), due: z.string(), warningLevel: z.string() }).nullable();

export const disclosureRequestRow = z.object({
  id: z.string(),
  trackingNumber: z.string(),
  bodyName: z.string(),
  applicantName: z.string(),
  applicantKind: z.enum(applicantKinds),
  channel: z.enum(requestChannels),
  status: z.enum(requestStatuses),
  informationDescription: z.string(),
  submittedOn: isoDate,
  /** 第三十一条: null until both sides confirmed an online request */
  receivedOn: isoDate.nullable(),
  nextDeadline,
  isDemo: z.boolean(),
});
export type DisclosureRequestRow = z.infer<typeof disclosureRequestRow>;
export const disclosureRequestList = pageOf(disclosureRequestRow);

const reply = z.object({
  outcome: z.enum(replyOutcomeKeys as [string, ...string[]]),
  outcomeLabel: z.string(),
  groupLabel: z.string(),
  /** the row of table 三 of the annual report it counts in */
  tableRow: z.string(),
  basis: z.string(),
  repliedOn: isoDate,
  replyText: z.string(),
  holderName: z.string().nullable(),
  /** 第三十三条: answered within the period as counted with its pauses and extension */
  onTime: z.boolean().nullable(),
});

export const disclosureRequest = z.object({
  id: z.string(),
  trackingNumber: z.string(),
  title: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  channel: z.enum(requestChannels),
  status: z.enum(requestStatuses),
  applicantKind: z.enum(applicantKinds),
  informationDescription: z.string(),
  deliveryForm: z.enum(deliveryForms),
  submittedOn: isoDate,
  receivedOn: isoDate.nullable(),
  receiptBasis: z.string().nullable(),
  correction: z
    .object({
      items: z.array(z.string()),
      requestedOn: isoDate,
      due: isoDate.nullable(),
      answeredOn: isoDate.nullable(),
      answerText: z.string().nullable(),
    })
    .nullable(),
  consultations: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(consultationKinds),
      consultee: z.string(),
      startedOn: isoDate,
      endedOn: isoDate.nullable(),
      opinion: z.string().nullable(),
    }),
  ),
  extension: z.object({ approver: z.string(), approvedOn: isoDate, reason: z.string() }).nullable(),
  reply: reply.nullable(),
  isDemo: z.boolean(),
  parties: z.array(caseParty),
  deadlines: z.array(recordDeadline),
  pauses: z.array(casePauseView),
  services: z.array(caseServiceRecord),
  acts: z.array(z.object({ act: z.string(), label: z.string(), on: isoDate, summary: z.string() })),
  abilities: abilitiesOf(requestActs),
});
export type DisclosureRequest = z.infer<typeof disclosureRequest>;

export const submittedDisclosureRequest = z.object({ id: z.string(), trackingNumber: z.string() });
export type SubmittedDisclosureRequest = z.infer<typeof submittedDisclosureRequest>;

/** What the applicant reads on the portal with the tracking number: the progress and periods, never a personal detail. */
export const trackedDisclosureRequest = z.object({
  trackingNumber: z.string(),
  bodyName: z.string(),
  informationDescription: z.string(),
  status: z.enum(requestStatuses),
  submittedOn: isoDate,
  receivedOn: isoDate.nullable(),
  acts: z.array(z.object({ label: z.string(), on: isoDate })),
  /** the periods running or held now: the reply's (第三十三条) and the correction's (第三十条) */
  deadlines: z.array(z.object({ label: z.string(), due: isoDate, status: z.string(), basis: z.string() })),
  correction: z.object({ items: z.array(z.string()), requestedOn: isoDate, due: isoDate.nullable() }).nullable(),
  reply: reply
    .pick({ outcomeLabel: true, groupLabel: true, repliedOn: true, replyText: true, holderName: true })
    .nullable(),
});
export type TrackedDisclosureRequest = z.infer<typeof trackedDisclosureRequest>;

/** The portal's application form: the region's bodies and what the guide (公开指南) says about applying. */
export const disclosureGuide = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  bodies: z.array(z.object({ id: z.string(), name: z.string() })),
  sections: z.array(z.object({ title: z.string(), paragraphs: z.array(z.string()) })),
});
export type DisclosureGuide = z.infer<typeof disclosureGuide>;
