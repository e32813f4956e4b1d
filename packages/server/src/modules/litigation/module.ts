// 行政应诉 (《中华人民共和国行政诉讼法》; 法释〔2020〕3号; seed 000 (十八), seed 002 task 18): every agency of the region
// records the suits it defends — the court, the case number, the plaintiffs and the contested act (a platform
// reconsideration case linked) —, the complaint's service starting its fifteen days of defence (第六十七条), the
// defence (late marked), the hearings with the head's appearance or the reason and proof of the absence, the outcome by
// judgment type with its appeal period (第八十五条), the appeal or the outcome taking effect, and its performance; the
// recommendations courts and procuratorates send, with the reply owed; the figures and the justice bureau's monthly
// notice. The suit's parties and service records are the platform's shared case record (platform/cases).
import { recordReaders } from '@fazhi/core/access';
import { litigationMenu, menuItems } from '@fazhi/core/modules';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { RECOMMENDATION_SUBJECT, SUIT_SUBJECT, litigationAuditActions } from './catalogue';
import { seedLitigationDemo } from './demo/seed-demo';
import { litigationFieldLabels } from './field-labels';
import { litigationRoutes } from './routes';
import { litigationSettings } from './settings';
import { recommendationTitle } from './recommendation-support';
import { suitTitle } from './workflow';
import './tables';

export const litigationModule: ModuleManifest = {
  id: 'litigation',
  name: '行政应诉',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    // the agency's suits are read by its legal staff and head and, across the region, by the justice bureau that
    // supervises 行政应诉 (seed 002 task 18: 月通报), the government's leaders and the supervisors
    'litigation.read': { label: '查看行政诉讼案件和司法建议、检察建议', roles: recordReaders },
    // the agency's legal staff (its 应诉 handlers) and head record its suits, hearings and replies
    'litigation.record': { label: '登记和记录本机关的行政应诉工作', roles: ['legal_officer', 'unit_head'] },
  },
  fieldLabels: litigationFieldLabels,
  auditEvents: litigationAuditActions,
  settings: litigationSettings,
  routes: litigationRoutes,
  subjectTypes: {
    [SUIT_SUBJECT]: {
      label: '行政诉讼案件',
      readAction: 'litigation.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const r = await db
          .selectFrom('litigation_suits')
          .select(['suit_number', 'suit_cause'])
          .where('id', '=', id)
          .executeTakeFirst();
        return r ? suitTitle(r) : null;
      },
    },
    [RECOMMENDATION_SUBJECT]: {
      label: '司法建议、检察建议',
      readAction: 'litigation.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const r = await db
          .selectFrom('litigation_recommendations')
          .select(['source', 'recommendation_number'])
          .where('id', '=', id)
          .executeTakeFirst();
        return r ? recommendationTitle(r) : null;
      },
    },
  },
  cases: {
    // no pause of the agency's own periods: a court's suspension of the trial stays the court's record
    [SUIT_SUBJECT]: { partyRoles: { plaintiff: '原告', third_party: '第三人' }, pauseCauses: {} },
  },
  menu: menuItems(litigationMenu),
  seedDemo: seedLitigationDemo,
};
