// 工作台 (server modules/workbench/queries): the open deadlines in scope, their counts, and first steps.
import { z } from 'zod';
import { deadlineBounds, warningLevels } from '../../calendar/warning';

export const warningLevel = z.enum(warningLevels);
export type WarningLevel = z.infer<typeof warningLevel>;

export const workbenchTodo = z.object({
  deadlineId: z.string(),
  subjectType: z.string(),
  subjectTitle: z.string(),
  link: z.string().nullable(),
  label: z.string(),
  /** a date, or a date-time for a period in hours */
  dueOn: z.string(),
  warningLevel,
  /** 'floor': the earliest day the act may come (不少于…), listed until it is reached, never a warning */
  bound: z.enum(deadlineBounds),
  /** a floor: the working days still owed before it */
  owedWorkingDays: z.number().nullable(),
  basis: z.string(),
  provisional: z.boolean(),
  responsibleOrgName: z.string(),
});

export const workbench = z.object({
  todos: z.array(workbenchTodo),
  counts: z.array(
    z.object({
      subjectType: z.string(),
      label: z.string(),
      open: z.number(),
      yellow: z.number(),
      orange: z.number(),
      red: z.number(),
    }),
  ),
  unreadNotifications: z.number(),
  /** a platform administrator's first steps while any is not done (server workbench/queries/first-steps.ts) */
  firstSteps: z
    .array(z.object({ key: z.string(), label: z.string(), hint: z.string(), link: z.string(), done: z.boolean() }))
    .nullable(),
});
export type Workbench = z.infer<typeof workbench>;
