// A statutory deadline as a record's page shows it (server platform/deadlines `deadlinesOf`): every module's record
// carries its deadlines in this one shape.
import { z } from 'zod';
import { deadlineBounds, warningLevels } from '../../calendar/warning';

/** open; met or missed when its act came; cancelled when no longer due; paused while its case's clock stops (a
 * 补正, a 中止: platform/cases), counted again from the pause's end */
export const deadlineStatuses = ['open', 'met', 'missed', 'cancelled', 'paused'] as const;

/** A statutory deadline on a record, with its explanation and the warning level as of today. */
export const recordDeadline = z.object({
  id: z.string(),
  kind: z.string(),
  label: z.string(),
  subjectTitle: z.string(),
  ruleId: z.string(),
  basis: z.string(),
  from: z.string(),
  due: z.string(),
  provisional: z.boolean(),
  extended: z.boolean(),
  explanation: z.array(z.string()),
  status: z.enum(deadlineStatuses),
  warningLevel: z.enum(warningLevels),
  /** 'floor': the earliest day an act may come (不少于…), met from that day, never overdue */
  bound: z.enum(deadlineBounds),
  /** a floor not yet reached: the working days still owed before it */
  owedWorkingDays: z.number().nullable(),
});
export type RecordDeadline = z.infer<typeof recordDeadline>;
