// 重大行政决策 on the portal (第三十二条): the region's published decisions of a year, and one decision's public
// page — the decision as published, its 政策解读, the explanation of how the public's and experts' views were
// adopted, and, where the draft went out for comment, the 意见采纳情况说明 the shared participation service generates.
import { z } from 'zod';
import { decisionStatuses, publicStageLabels } from '../../major-decisions';
import { isoDate, keysOf } from '../platform/common';

export const publicDecisionRow = z.object({
  id: z.string(),
  title: z.string(),
  bodyName: z.string(),
  sponsorName: z.string(),
  publishedOn: isoDate,
  stage: keysOf(publicStageLabels),
  stageLabel: z.string(),
  isDemo: z.boolean(),
});
export type PublicDecisionRow = z.infer<typeof publicDecisionRow>;

export const publicDecisionList = z.object({
  year: z.number(),
  /** the years with a published decision, latest first */
  years: z.array(z.number()),
  items: z.array(publicDecisionRow),
});
export type PublicDecisionList = z.infer<typeof publicDecisionList>;

/** A 公文 block of the generated 意见采纳情况说明 (core participation adoption-report.ts). */
export const adoptionReportBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['attachmentLabel', 'title', 'heading', 'paragraph']), text: z.string() }),
  z.object({ kind: z.literal('signature'), org: z.string(), date: z.string() }),
  z.object({
    kind: z.literal('table'),
    columns: z.array(z.object({ label: z.string(), width: z.number() })),
    rows: z.array(z.array(z.string())),
  }),
]);
export type AdoptionReportBlock = z.infer<typeof adoptionReportBlock>;

export const publicDecision = publicDecisionRow.extend({
  status: z.enum(decisionStatuses),
  publishedText: z.string(),
  interpretation: z.string(),
  adoptionExplanation: z.string(),
  /** the generated report where the draft went out for comment and comments were answered; null otherwise */
  adoptionReport: z.object({ title: z.string(), blocks: z.array(adoptionReportBlock) }).nullable(),
  consultation: z.object({ opensOn: isoDate, closesOn: isoDate, comments: z.number() }).nullable(),
  /** the catalogue item it was started from (its year), or null for a decision outside the catalogue */
  catalogueYear: z.number().nullable(),
});
export type PublicDecision = z.infer<typeof publicDecision>;
