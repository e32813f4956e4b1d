// 法律顾问与合法性审查 (issue 21 items 1–2): the registry of 法律顾问 and 公职律师 per unit and level down to villages and
// communities, their contracts warned before they lapse, each engagement with its signed opinion; and the legality
// review of contracts, 常务会议议题 and other documents a unit sends, on the shared review desk
// (platform/participation: one lent kind each, the individual opinions counted, counsel linked to the registry),
// with the unit's revision answering a 修改后通过 and the meeting's agenda refusing a topic without a passed review.
import { recordReaders } from '@fazhi/core/access';
import { legalAdvisersMenu, menuItems } from '@fazhi/core/modules';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { ADVISER_SUBJECT, MEETING_SUBJECT, legalAdviserAuditActions, matterSubjectOf } from './catalogue';
import { legalAdviserFieldLabels } from './field-labels';
import { legalReviewLends } from './lend';
import { legalAdviserRoutes } from './routes';
import { legalAdviserSettings } from './settings';
import { seedLegalAdvisersDemo } from './demo/seed-demo';
import type { SubjectTypeDef } from '../../platform/modules/manifest';
import './tables';

const matterType = (label: string): SubjectTypeDef => ({
  label,
  readAction: 'legal-advisers.read',
  nameOf: async (db, id) =>
    isRecordId(id)
      ? ((await db.selectFrom('legal_review_matters').select('title').where('id', '=', id).executeTakeFirst())?.title ??
        null)
      : null,
});

export const legalAdvisersModule: ModuleManifest = {
  id: 'legal-advisers',
  name: '法律顾问与合法性审查',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    'legal-advisers.read': { label: '查看法律顾问、公职律师和合法性审查事项', roles: recordReaders },
    // the unit's legal staff and head keep its advisers; the justice bureau keeps the region's
    'legal-advisers.manage': {
      label: '登记法律顾问、公职律师及其参与事项',
      roles: ['legal_officer', 'unit_head', 'justice_reviewer'],
    },
    'legal-review.send': { label: '报送合同、议题和文件合法性审查', roles: ['legal_officer', 'unit_head'] },
    // held at the justice bureau (the reviewing body, justiceBureauFor)
    'legal-review.review': { label: '合同、议题和文件合法性审查', roles: ['justice_reviewer'] },
    // the government's (or township's) office records its meetings' agendas
    'legal-review.meeting': { label: '记录常务会议议程', roles: ['legal_officer', 'government_leader'] },
  },
  fieldLabels: legalAdviserFieldLabels,
  auditEvents: legalAdviserAuditActions,
  settings: legalAdviserSettings,
  routes: legalAdviserRoutes,
  subjectTypes: {
    [ADVISER_SUBJECT]: {
      label: '法律顾问、公职律师',
      readAction: 'legal-advisers.read',
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('legal_advisers').select('name').where('id', '=', id).executeTakeFirst())?.name ??
            null)
          : null,
    },
    [MEETING_SUBJECT]: {
      label: '常务会议',
      readAction: 'legal-advisers.read',
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('legal_review_meetings').select('title').where('id', '=', id).executeTakeFirst())
              ?.title ?? null)
          : null,
    },
    [matterSubjectOf.contract]: matterType('合同合法性审查'),
    [matterSubjectOf.meeting_topic]: matterType('常务会议议题合法性审查'),
    [matterSubjectOf.document]: matterType('文件合法性审查'),
  },
  lends: legalReviewLends,
  menu: menuItems(legalAdvisersMenu),
  seedDemo: seedLegalAdvisersDemo,
};
