// 矛盾纠纷调解 (issue 19 item 3; seed 000 七(十六): 大调解联动; seed 002 task 23: 三调联动 and the fields of
// administrative mediation; seed 004: 1,036 disputes mediated, 1,028 settled, 99.2%): the people's mediation
// committees (《中华人民共和国人民调解法》) with their mediators, and every dispute mediated by a committee or a department
// — its parties on the shared case record, its sessions, the agreement with its performance and 司法确认, or its end
// without one —, linked to the reconsideration case, suit or petition it was mediated in; the year's figures counted
// from the records through the platform's statistics routes.
import { recordReaders } from '@fazhi/core/access';
import { mediationMenu, menuItems } from '@fazhi/core/modules';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { COMMITTEE_SUBJECT, DISPUTE_SUBJECT, mediationAuditActions } from './catalogue';
import { seedMediationDemo } from './demo/seed-demo';
import { mediationFieldLabels } from './field-labels';
import { mediationRoutes } from './routes';
import { mediationSettings } from './settings';
import './tables';

export const mediationModule: ModuleManifest = {
  id: 'mediation',
  name: '矛盾纠纷调解',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    'mediation.read': { label: '查看人民调解组织和调解纠纷', roles: recordReaders },
    // a unit's legal staff and head record its committees' and its own mediation; the justice bureau, which guides
    // people's mediation (人民调解法 第五条), records across the region
    'mediation.record': {
      label: '登记调解组织、记录调解纠纷',
      roles: ['legal_officer', 'unit_head', 'justice_reviewer'],
    },
  },
  fieldLabels: mediationFieldLabels,
  auditEvents: mediationAuditActions,
  settings: mediationSettings,
  routes: mediationRoutes,
  subjectTypes: {
    [COMMITTEE_SUBJECT]: {
      label: '人民调解委员会',
      readAction: 'mediation.read',
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('mediation_committees').select('name').where('id', '=', id).executeTakeFirst())
              ?.name ?? null)
          : null,
    },
    [DISPUTE_SUBJECT]: {
      label: '调解纠纷',
      readAction: 'mediation.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const d = await db
          .selectFrom('mediation_disputes')
          .select(['year', 'seq', 'dispute_type'])
          .where('id', '=', id)
          .executeTakeFirst();
        return d ? `（${d.year}）第${d.seq}号 ${d.dispute_type}` : null;
      },
    },
  },
  cases: {
    // no statutory clock runs on the committee: nothing pauses
    [DISPUTE_SUBJECT]: { partyRoles: { applicant: '申请人', respondent: '被申请人' }, pauseCauses: {} },
  },
  menu: menuItems(mediationMenu),
  seedDemo: seedMediationDemo,
};
