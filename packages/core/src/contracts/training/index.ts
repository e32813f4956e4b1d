// The answers of the training module: training hours recorded, the question bank, the exams a unit arranges with
// their results and pass rates, and a candidate's own exams and sittings (the paper without its answers until
// submitted).
import { z } from 'zod';
import { examPurposeLabels, questionKindLabels, sittingStatusLabels, studyKindLabels } from '../../training';
import { isoDate, isoInstant, keysOf, pageOf } from '../platform/common';

export const trainingRecordCreated = z.object({ id: z.string() });

export const trainingQuestion = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  questionKind: keysOf(questionKindLabels),
  stem: z.string(),
  options: z.array(z.string()),
  answer: z.array(z.string()),
  tags: z.array(z.string()),
  explanation: z.string(),
  isDemo: z.boolean(),
});
export type TrainingQuestion = z.infer<typeof trainingQuestion>;
export const trainingQuestionPage = pageOf(trainingQuestion);
export const trainingQuestionCreated = z.object({ id: z.string() });
export const trainingQuestionsImported = z.object({ imported: z.number() });

export const blueprintPartAnswer = z.object({
  kind: keysOf(questionKindLabels),
  tag: z.string().nullable(),
  count: z.number(),
  points: z.number(),
});

export const trainingExam = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  title: z.string(),
  purpose: keysOf(examPurposeLabels),
  purposeLabel: z.string(),
  basis: z.string(),
  blueprint: z.array(blueprintPartAnswer),
  totalPoints: z.number(),
  passMark: z.number(),
  minutes: z.number(),
  attempts: z.number(),
  opensOn: isoDate,
  closesOn: isoDate,
  candidates: z.number(),
  sat: z.number(),
  passed: z.number(),
  /** passed over sat, in percent to one decimal; null before anyone sat */
  passRate: z.number().nullable(),
  isDemo: z.boolean(),
});
export type TrainingExam = z.infer<typeof trainingExam>;
export const trainingExamList = z.object({ items: z.array(trainingExam) });
export const trainingExamCreated = z.object({ id: z.string() });

/** One candidate's standing in an exam: the record behind the pass rate. */
export const examCandidateResult = z.object({
  userId: z.string(),
  name: z.string(),
  orgName: z.string(),
  officerId: z.string().nullable(),
  attemptsUsed: z.number(),
  bestScore: z.number().nullable(),
  passed: z.boolean(),
  sittings: z.array(
    z.object({
      id: z.string(),
      attemptNo: z.number(),
      seed: z.string(),
      startedAt: isoInstant,
      submittedAt: isoInstant.nullable(),
      score: z.number().nullable(),
      passed: z.boolean().nullable(),
    }),
  ),
});
export const trainingExamResults = z.object({ exam: trainingExam, items: z.array(examCandidateResult) });
export type TrainingExamResults = z.infer<typeof trainingExamResults>;

export const myTrainingExam = z.object({
  examId: z.string(),
  title: z.string(),
  purposeLabel: z.string(),
  orgName: z.string(),
  opensOn: isoDate,
  closesOn: isoDate,
  minutes: z.number(),
  attempts: z.number(),
  attemptsUsed: z.number(),
  totalPoints: z.number(),
  passMark: z.number(),
  bestScore: z.number().nullable(),
  passed: z.boolean(),
  runningSittingId: z.string().nullable(),
  /** why a sitting may not start now; null when it may */
  startRefusal: z.string().nullable(),
});
export type MyTrainingExam = z.infer<typeof myTrainingExam>;
export const myTrainingExamList = z.object({ items: z.array(myTrainingExam) });

export const trainingSitting = z.object({
  id: z.string(),
  examId: z.string(),
  examTitle: z.string(),
  attemptNo: z.number(),
  startedAt: isoInstant,
  endsAt: isoInstant,
  /** the server's now, so the page counts down from the server's clock, not the phone's */
  now: isoInstant,
  status: keysOf(sittingStatusLabels),
  totalPoints: z.number(),
  passMark: z.number(),
  questions: z.array(
    z.object({
      position: z.number(),
      kind: keysOf(questionKindLabels),
      stem: z.string(),
      options: z.array(z.string()),
      points: z.number(),
      given: z.array(z.string()).nullable(),
      /** shown once the sitting is submitted */
      correct: z.array(z.string()).nullable(),
    }),
  ),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
});
export type TrainingSitting = z.infer<typeof trainingSitting>;
export const trainingAnswerSaved = z.object({ position: z.number(), answeredAt: isoInstant });

export const studySessionCreated = z.object({ id: z.string() });
export const studySessionList = z.object({
  year: z.number(),
  minimumLectures: z.number(),
  basis: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      orgId: z.string(),
      orgName: z.string(),
      studyKind: keysOf(studyKindLabels),
      studyKindLabel: z.string(),
      heldOn: isoDate,
      meetingName: z.string().nullable(),
      topic: z.string(),
      laws: z.array(z.string()),
      explainedBy: z.string(),
      attendeeCount: z.number(),
      isDemo: z.boolean(),
    }),
  ),
  /** each government and department in reach: the lectures held this year so far, short of the minimum or not */
  lectures: z.array(z.object({ orgId: z.string(), orgName: z.string(), lectures: z.number(), short: z.boolean() })),
});
export type StudySessionList = z.infer<typeof studySessionList>;
