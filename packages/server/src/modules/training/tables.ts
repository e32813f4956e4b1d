// The Kysely view of the training tables (migrations/). Dates are ISO strings: the connection returns PostgreSQL
// dates as text.
import type { ColumnType, Generated } from 'kysely';
import type { BlueprintPart, ExamPurpose, QuestionKind, SittingStatus, StudyKind } from '@fazhi/core/training';

type Json<T> = ColumnType<T, string, string>;

export interface TrainingRecordTable {
  id: string;
  region_code: string;
  org_id: string;
  officer_id: string | null;
  user_id: string | null;
  person_name: string;
  course: string;
  hours_tenths: number;
  trained_on: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface TrainingQuestionTable {
  id: string;
  region_code: string;
  org_id: string;
  kind: QuestionKind;
  stem: string;
  options: Json<string[]>;
  answer: Json<string[]>;
  tags: string[];
  explanation: Generated<string>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface TrainingExamTable {
  id: string;
  region_code: string;
  org_id: string;
  title: string;
  purpose: ExamPurpose;
  blueprint: Json<BlueprintPart[]>;
  total_points: number;
  pass_mark: number;
  minutes: number;
  attempts: number;
  opens_on: string;
  closes_on: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface TrainingExamCandidateTable {
  exam_id: string;
  user_id: string;
  officer_id: string | null;
}

export interface TrainingSittingTable {
  id: string;
  exam_id: string;
  user_id: string;
  org_id: string;
  attempt_no: number;
  seed: ColumnType<string, number, number>;
  started_at: Date;
  ends_at: Date;
  status: Generated<SittingStatus>;
  submitted_at: Date | null;
  score: number | null;
  passed: boolean | null;
  is_demo: Generated<boolean>;
}

export interface TrainingSittingQuestionTable {
  sitting_id: string;
  position: number;
  question_id: string;
  kind: QuestionKind;
  stem: string;
  options: Json<string[]>;
  correct: Json<string[]>;
  points: number;
  given: ColumnType<string[] | null, string | null | undefined, string | null>;
  answered_at: Date | null;
}

export interface TrainingStudySessionTable {
  id: string;
  region_code: string;
  org_id: string;
  kind: StudyKind;
  held_on: string;
  meeting_name: string | null;
  topic: string;
  laws: string[];
  explained_by: string;
  attendee_count: number;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

declare module '../../platform/db/schema' {
  interface Database {
    training_records: TrainingRecordTable;
    training_questions: TrainingQuestionTable;
    training_exams: TrainingExamTable;
    training_exam_candidates: TrainingExamCandidateTable;
    training_sittings: TrainingSittingTable;
    training_sitting_questions: TrainingSittingQuestionTable;
    training_study_sessions: TrainingStudySessionTable;
  }
}
