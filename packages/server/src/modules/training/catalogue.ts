// The training module's catalogue: the audit actions it writes, with the Chinese names the audit page shows, the
// audit subjects they name, and the events other modules react to.
import { z } from 'zod';
import { defineEvents } from '../../platform/modules/catalogue';

export const trainingAuditActions = {
  // the enforcement register's earlier events keep their name and label (the audit chain holds them)
  'enforcement_training.recorded': '登记执法人员培训',
  'training_record.recorded': '登记培训学时',
  'training_question.added': '录入考试题目',
  'training_question.imported': '导入考试题库',
  'training_exam.arranged': '安排考试',
  'training_sitting.started': '开始考试作答',
  'training_sitting.answered': '保存考试答案',
  'training_sitting.submitted': '交卷并自动阅卷',
  'training_study.recorded': '登记学法活动',
} as const;

export const RECORD_SUBJECT = 'training_record';
export const QUESTION_BANK_SUBJECT = 'training_question_bank';
export const EXAM_SUBJECT = 'training_exam';
export const SITTING_SUBJECT = 'training_sitting';
export const STUDY_SUBJECT = 'training_study_session';

export const QUALIFICATION_EXAM_PASSED = 'training.qualification_exam_passed';

export const trainingEvents = defineEvents('training', {
  // 行政执法资格考试合格 (国发〔2008〕17号 §(19)): the officer registry records the exam result; this module never
  // writes the registry's tables
  [QUALIFICATION_EXAM_PASSED]: z.object({
    officerId: z.uuid(),
    examId: z.uuid(),
    sittingId: z.uuid(),
    examTitle: z.string(),
    score: z.number().int(),
    passedOn: z.string(),
  }),
});

export type QualificationExamPassed = z.infer<(typeof trainingEvents.schemas)[typeof QUALIFICATION_EXAM_PASSED]>;
