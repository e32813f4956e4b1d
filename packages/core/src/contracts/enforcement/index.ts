// 行政执法主体与人员: the answers of the bodies, the officers with their certificates and training, and the portal's
// published list and certificate check (内蒙古自治区人民政府令第244号第八条: name, unit, category, area — nothing more).
import { z } from 'zod';
import {
  bodyActions,
  bodyStatuses,
  certificateKinds,
  certificateStatuses,
  examResults,
  legalStatuses,
  officerActions,
  officerKinds,
} from '../../enforcement';
import { abilitiesOf, isoDate, pageOf, statisticFigureDefinitionOf, statisticFigureOf } from '../platform/common';
import { enforcementStatisticGroupLabels, enforcementStatisticKeys } from '../../enforcement/statistics';

export const enforcementBody = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  regionCode: z.string(),
  legalStatus: z.enum(legalStatuses),
  legalStatusLabel: z.string(),
  legalStatusBasis: z.string(),
  entrustingOrganisationId: z.string().nullable(),
  entrustingOrganisationName: z.string().nullable(),
  entrustmentScope: z.string().nullable(),
  entrustmentFrom: isoDate.nullable(),
  entrustmentTo: isoDate.nullable(),
  /** an entrusted body past its term */
  entrustmentEnded: z.boolean(),
  fields: z.array(z.string()),
  address: z.string(),
  phones: z.string(),
  status: z.enum(bodyStatuses),
  officers: z.number(),
  reviewers: z.number(),
  /** 118号 §(十一): the reviewers the region's ratio asks of this body, and whether it falls under it */
  reviewersRequired: z.number(),
  reviewersBelowRatio: z.boolean(),
  isDemo: z.boolean(),
  abilities: abilitiesOf(bodyActions),
});
export type EnforcementBody = z.infer<typeof enforcementBody>;

export const enforcementBodyList = z.object({
  items: z.array(enforcementBody),
  /** the regions where the actor publishes the list, with the last version published */
  regions: z.array(z.object({ code: z.string(), name: z.string(), lastVersion: z.number().nullable() })),
});
export type EnforcementBodyList = z.infer<typeof enforcementBodyList>;

export const bodyAnnouncementCreated = z.object({ id: z.string(), versionNo: z.number(), bodies: z.number() });

export const enforcementOfficer = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  name: z.string(),
  /** masked (内蒙古令第244号第十条: the ID number is never shown in full) */
  idNumber: z.string(),
  kind: z.enum(officerKinds),
  kindLabel: z.string(),
  certificateKind: z.enum(certificateKinds).nullable(),
  certificateNumber: z.string().nullable(),
  category: z.string(),
  area: z.string(),
  issuedOn: isoDate.nullable(),
  /** derived from today and the region's validity; null for an auxiliary, who holds none */
  certificateStatus: z.enum(certificateStatuses).nullable(),
  certificateStatusLabel: z.string(),
  lapsesOn: isoDate.nullable(),
  registrationDue: z.boolean(),
  examResult: z.enum(examResults).nullable(),
  legalProfessionQualified: z.boolean(),
  isLegalReviewer: z.boolean(),
  /** 行政处罚法第四十二条: may be named a case handler */
  mayHandleCases: z.boolean(),
  trainingHours: z.number(),
  isDemo: z.boolean(),
  abilities: abilitiesOf(officerActions),
});
export type EnforcementOfficer = z.infer<typeof enforcementOfficer>;

export const enforcementOfficerList = z.object({
  items: z.array(enforcementOfficer),
  total: z.number(),
  year: z.number(),
  minimumHours: z.number(),
  /** whether the actor keeps some roster (the import's button) */
  mayImportRoster: z.boolean(),
});
export type EnforcementOfficerList = z.infer<typeof enforcementOfficerList>;

export const officerCreated = z.object({ id: z.string() });
export const rosterImported = z.object({ officers: z.number(), bodies: z.number() });

export const trainingShortfall = z.object({
  year: z.number(),
  minimumHours: z.number(),
  basis: z.string(),
  officers: z.number(),
  items: z.array(
    z.object({
      officerId: z.string(),
      name: z.string(),
      organisationName: z.string(),
      certificateNumber: z.string().nullable(),
      hours: z.number(),
      hoursShort: z.number(),
    }),
  ),
});
export type TrainingShortfall = z.infer<typeof trainingShortfall>;

export const publicBodyAnnouncement = z.object({
  regionName: z.string().nullable(),
  versionNo: z.number().nullable(),
  publishedOn: isoDate.nullable(),
  versions: z.array(z.object({ versionNo: z.number(), publishedOn: isoDate, bodies: z.number() })),
  bodies: z.array(
    z.object({
      name: z.string(),
      legalStatusLabel: z.string(),
      entrustingName: z.string().nullable(),
      entrustmentScope: z.string().nullable(),
      entrustmentFrom: isoDate.nullable(),
      entrustmentTo: isoDate.nullable(),
      fields: z.array(z.string()),
      address: z.string(),
      phones: z.string(),
    }),
  ),
  isDemo: z.boolean(),
});
export type PublicBodyAnnouncement = z.infer<typeof publicBodyAnnouncement>;

export const publicCertificate = z.object({
  name: z.string(),
  organisationName: z.string(),
  certificateKindLabel: z.string(),
  certificateNumber: z.string(),
  category: z.string(),
  area: z.string(),
  statusLabel: z.string(),
  valid: z.boolean(),
  isDemo: z.boolean(),
});
export type PublicCertificate = z.infer<typeof publicCertificate>;

// 行政执法主体与人员统计 (server modules/enforcement/statistics/): the figures as they stood at the period's end, each
// defined in core enforcement/statistics.ts, the certificates per body, and the records behind one figure.
const figureDefinition = statisticFigureDefinitionOf(enforcementStatisticKeys, enforcementStatisticGroupLabels);
const period = z.object({ from: isoDate, to: isoDate });
const scope = z.object({ regionCode: z.string(), regionName: z.string() });

export const enforcementStatistics = z.object({
  period,
  scope,
  figures: z.array(statisticFigureOf(enforcementStatisticKeys, enforcementStatisticGroupLabels)),
  /** per body: its certificates by status, its reviewers against the ratio */
  bodies: z.array(
    z.object({
      organisationId: z.string(),
      name: z.string(),
      officers: z.number(),
      valid: z.number(),
      suspended: z.number(),
      revoked: z.number(),
      expired: z.number(),
      reviewers: z.number(),
      reviewersRequired: z.number(),
      reviewersBelowRatio: z.boolean(),
    }),
  ),
});
export type EnforcementStatistics = z.infer<typeof enforcementStatistics>;

export const enforcementStatisticRecord = z.object({
  recordId: z.string(),
  title: z.string(),
  bodyName: z.string(),
  countedOn: isoDate,
  note: z.string(),
  inNumerator: z.boolean().optional(),
  /** the console page that lists the record */
  link: z.string(),
});
export type EnforcementStatisticRecord = z.infer<typeof enforcementStatisticRecord>;

export const enforcementStatisticRecords = pageOf(enforcementStatisticRecord).extend({
  period,
  scope,
  figure: figureDefinition,
});
export type EnforcementStatisticRecords = z.infer<typeof enforcementStatisticRecords>;
