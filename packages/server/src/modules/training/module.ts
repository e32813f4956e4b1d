// 法治学习培训与考试 (issue 21 items 3–5): one register of training hours for every official — the enforcement
// officers' hours included, which the enforcement module reads through `officerTrainingHoursSql` —; the question
// bank (single and multiple choice, true/false, tagged by law and post, imported from Excel all or nothing); exams
// whose paper is drawn per sitting by a blueprint with its seed kept, sat online within the region's time limit and
// attempts, answers saved as given, marked automatically against the pass mark; the enforcement qualification
// exam's pass told to the officer registry by an event (国发〔2008〕17号 §(19)); results and pass rates.
import { roles } from '@fazhi/core/access';
import { menuItems, trainingMenu } from '@fazhi/core/modules';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import {
  EXAM_SUBJECT,
  QUESTION_BANK_SUBJECT,
  RECORD_SUBJECT,
  SITTING_SUBJECT,
  STUDY_SUBJECT,
  trainingAuditActions,
  trainingEvents,
} from './catalogue';
import { trainingFieldLabels } from './field-labels';
import { MANAGE_EXAMS, READ, RECORD, SIT } from './policy';
import { trainingRoutes } from './routes';
import { trainingSettings } from './settings';
import { seedTrainingDemo } from './demo/seed-demo';
import './tables';

export const trainingModule: ModuleManifest = {
  id: 'training',
  name: '法治学习培训与考试',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    [READ]: {
      label: '查看培训学时、考试和考试成绩',
      roles: ['legal_officer', 'unit_head', 'justice_reviewer', 'government_leader', 'supervisor', 'system_admin'],
    },
    // a unit's legal staff keep its people's hours; the justice bureau the region's
    [RECORD]: { label: '登记培训学时', roles: ['legal_officer', 'justice_reviewer'] },
    // the justice bureau (政府法制机构) arranges the region's exams and keeps the bank (seed 000 一(三))
    [MANAGE_EXAMS]: { label: '维护考试题库、安排考试', roles: ['justice_reviewer'] },
    // every official sits the exams they are enrolled in; the separated administrator duties are not officials
    [SIT]: {
      label: '参加在线考试',
      roles: roles.filter((r) => r !== 'system_admin' && r !== 'security_admin' && r !== 'auditor'),
    },
  },
  fieldLabels: trainingFieldLabels,
  auditEvents: trainingAuditActions,
  events: trainingEvents,
  settings: trainingSettings,
  routes: trainingRoutes,
  subjectTypes: {
    [RECORD_SUBJECT]: {
      label: '培训学时记录',
      readAction: READ,
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const r = await db
          .selectFrom('training_records')
          .select(['person_name', 'course'])
          .where('id', '=', id)
          .executeTakeFirst();
        return r ? `${r.person_name}：${r.course}` : null;
      },
    },
    [QUESTION_BANK_SUBJECT]: { label: '考试题库', readAction: MANAGE_EXAMS },
    [EXAM_SUBJECT]: {
      label: '考试',
      readAction: READ,
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('training_exams').select('title').where('id', '=', id).executeTakeFirst())?.title ??
            null)
          : null,
    },
    [SITTING_SUBJECT]: { label: '考试作答', readAction: READ },
    [STUDY_SUBJECT]: {
      label: '学法活动',
      readAction: READ,
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('training_study_sessions').select('topic').where('id', '=', id).executeTakeFirst())
              ?.topic ?? null)
          : null,
    },
  },
  menu: menuItems(trainingMenu),
  seedDemo: seedTrainingDemo,
};
