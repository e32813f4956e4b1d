// Who may do what with training records, the question bank and exams. Hours are kept at the unit they count for:
// its legal staff (and the justice bureau across the region) record them; the readers of its records read them. The
// bank and the exams belong to the unit that keeps and arranges them. A sitting belongs to its candidate alone:
// located at the candidate's unit, and only the candidate sits it.
import type { ScopeTarget } from '@fazhi/core/access';
import { definePolicy } from '../../platform/access/policy';
import type { UnitRecord } from '../../platform/access/unit-record';

export const READ = 'training.read';
export const RECORD = 'training.record';
export const MANAGE_EXAMS = 'training.exams.manage';
export const SIT = 'training.exams.sit';

export const trainingPolicy = definePolicy<UnitRecord, 'read' | 'record'>(
  'training_record',
  {
    read: (p, r) => p.can(READ, r),
    record: (p, r) => p.can(RECORD, r),
  },
  {
    read: (r) => `查看${r.bodyName}的培训学时`,
    record: (r) => `为${r.bodyName}登记培训学时`,
  },
);

export const examPolicy = definePolicy<UnitRecord, 'read' | 'manage'>(
  'training_exam',
  {
    read: (p, r) => p.can(READ, r) || p.can(MANAGE_EXAMS, r),
    manage: (p, r) => p.can(MANAGE_EXAMS, r),
  },
  {
    read: (r) => `查看${r.bodyName}的题库和考试`,
    manage: (r) => `管理${r.bodyName}的题库、安排考试`,
  },
);

/** Acts not located at one record, refused before anything is read to one who holds the action nowhere. */
export const trainingRegisterPolicy = definePolicy<null, 'readShortfall' | 'importQuestions'>(
  'training_register',
  {
    readShortfall: (p) => p.holds(READ),
    importQuestions: (p) => p.holds(MANAGE_EXAMS),
  },
  { readShortfall: '查看培训学时情况', importQuestions: '导入考试题库' },
);

export interface SittingRecord extends ScopeTarget {
  userId: string;
}

export const sittingPolicy = definePolicy<SittingRecord, 'sit'>(
  'training_sitting',
  { sit: (p, r) => p.actor?.userId === r.userId && p.can(SIT, r) },
  { sit: '参加本场考试' },
);
