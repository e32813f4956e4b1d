// 重大行政决策 after its publication: the implementing units and their progress reports (第三十四条、第三十五条),
// post-decision evaluations (第三十六条), suspensions, adjustments and stops (第三十七条), accountability records
// (第三十八条至第四十一条), the case-file check and the archive with its SM3 digests (第三十三条), and the abilities.
import { z } from 'zod';
import {
  accountabilityArticles,
  decisionAfterActions,
  evaluationConclusions,
  executionProblems,
  postEvaluationTriggers,
} from '../../major-decisions';
import { abilitiesOf, isoDate } from '../platform/common';

const choice = z.object({ id: z.string(), name: z.string() });

export const decisionAfter = z.object({
  id: z.string(),
  title: z.string(),
  implementers: z.array(
    z.object({
      orgId: z.string(),
      name: z.string(),
      lead: z.boolean(),
      assignedOn: isoDate,
      assignmentRecord: z.string(),
      /** the unit's next progress report, from the stored deadline (warning level as of today) */
      nextReportDue: isoDate.nullable(),
      nextReportLevel: z.string().nullable(),
    }),
  ),
  progressReports: z.array(
    z.object({
      orgName: z.string(),
      reportedOn: isoDate,
      progress: z.string(),
      problem: z.enum(executionProblems).nullable(),
      problemLabel: z.string().nullable(),
      problemDetail: z.string().nullable(),
    }),
  ),
  evaluations: z.array(
    z.object({
      trigger: z.enum(postEvaluationTriggers),
      triggerLabel: z.string(),
      triggerDetail: z.string(),
      evaluatorName: z.string(),
      participants: z.string(),
      report: z.string(),
      conclusion: z.enum(evaluationConclusions),
      conclusionLabel: z.string(),
      evaluatedOn: isoDate,
    }),
  ),
  changes: z.array(
    z.object({
      kindLabel: z.string(),
      decidedOn: isoDate,
      reason: z.string(),
      record: z.string(),
      content: z.string().nullable(),
      newDecisionId: z.string().nullable(),
    }),
  ),
  accountability: z.array(
    z.object({
      person: z.string(),
      article: z.enum(accountabilityArticles),
      articleLabel: z.string(),
      finding: z.string(),
      handlingBody: z.string(),
      handling: z.string(),
      decidedOn: isoDate,
    }),
  ),
  /** 第三十三条: what the file still lacks before it can be archived, each with its article */
  caseFileGaps: z.array(z.object({ part: z.string(), label: z.string(), basis: z.string() })),
  archive: z
    .object({ archivedOn: isoDate, caseFileSm3: z.string(), manifestSm3: z.string(), bytes: z.number() })
    .nullable(),
  /** the units the body may name as implementing units (its region) */
  unitChoices: z.array(choice),
  /** the implementing units the user may report for */
  reportsFor: z.array(choice),
  abilities: abilitiesOf(decisionAfterActions),
});
export type DecisionAfter = z.infer<typeof decisionAfter>;
