// 行政复议 (《中华人民共和国行政复议法》, 2023年修订): the government's reconsideration office receives applications
// online on the portal (with a tracking number) or by post, in person or orally; reviews them within five working
// days against the seven conditions, asks for 补正 once, accepts (or is deemed to) or refuses; hears the case in the
// ordinary or the simplified procedure with its handlers, suspends and terminates it, and decides within sixty days
// (thirty in the simplified procedure, thirty more approved); the decision is published on the portal, redacted; a
// 行政复议意见书 (第七十六条) gives its addressee sixty days to report its correction.
// The case's parties, clock and service records are the platform's shared case record (platform/cases).
import {
  reconsiderationMenu,
  reconsiderationPortal,
  menuItems,
  portalItems,
  reconsiderationPortalDescriptions,
} from '@fazhi/core/modules';
import type { ModuleManifest } from '../../platform/modules/manifest';
import { deemAccepted } from './applications/jobs/deem-accepted';
import { CASE_SUBJECT, OPINION_SUBJECT, reconsiderationAuditActions } from './catalogue';
import { seedReconsiderationDemo } from './demo/seed-demo';
import { reconsiderationFieldLabels } from './field-labels';
import { reconsiderationRoutes } from './routes';
import { publicReconsiderationRoutes } from './routes-public';
import { reconsiderationSettings } from './settings';
import { caseTitle } from './workflow';
import { isRecordId } from '../../platform/modules/manifest';
import './tables';

const law = '《中华人民共和国行政复议法》';

export const reconsiderationModule: ModuleManifest = {
  id: 'reconsideration',
  name: '行政复议',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    // the office's cases are read by its staff, the government's leaders and the supervisors
    'reconsideration.read': {
      label: '查看行政复议案件',
      roles: ['justice_reviewer', 'government_leader', 'supervisor', 'system_admin'],
    },
    // 第四条第二款: the 行政复议机构 (the justice bureau) handles the cases: registers, reviews, hears, decides
    'reconsideration.handle': { label: '办理行政复议案件', roles: ['justice_reviewer'] },
  },
  fieldLabels: reconsiderationFieldLabels,
  auditEvents: reconsiderationAuditActions,
  settings: reconsiderationSettings,
  routes: async (app, services) => {
    await reconsiderationRoutes(app, services);
    await publicReconsiderationRoutes(app, services);
  },
  jobs: [
    // 第三十条第三款: an application still under review past its five working days is deemed accepted
    { name: 'reconsideration.deem-accepted', cron: '25 1 * * *', run: async (s) => void (await deemAccepted(s)) },
  ],
  subjectTypes: {
    [CASE_SUBJECT]: {
      label: '行政复议案件',
      readAction: 'reconsideration.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const r = await db
          .selectFrom('reconsideration_cases')
          .select(['respondent_name', 'contested_act', 'tracking_number'])
          .where('id', '=', id)
          .executeTakeFirst();
        return r ? caseTitle(r) : null;
      },
    },
    [OPINION_SUBJECT]: {
      label: '行政复议意见书',
      readAction: 'reconsideration.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const r = await db
          .selectFrom('reconsideration_opinions as o')
          .innerJoin('reconsideration_cases as c', (j) =>
            j.onRef('c.region_code', '=', 'o.region_code').onRef('c.id', '=', 'o.case_id'),
          )
          .select(['o.addressee_name', 'c.tracking_number'])
          .where('o.id', '=', id)
          .executeTakeFirst();
        return r ? `致${r.addressee_name}的行政复议意见书（${r.tracking_number}）` : null;
      },
    },
  },
  cases: {
    [CASE_SUBJECT]: {
      partyRoles: { applicant: '申请人', respondent: '被申请人', third_party: '第三人' },
      pauseCauses: {
        // 第三十一条: the review waits for the correction and runs again from its receipt
        correction: {
          label: '补正',
          basis: `${law}第三十一条`,
          holds: ['acceptance-review'],
          after: 'restart',
        },
        // 第三十九条: 中止; the decision's period does not run while suspended
        suspension: { label: '中止', basis: `${law}第三十九条`, holds: ['decision'], after: 'continue' },
      },
    },
  },
  menu: menuItems(reconsiderationMenu),
  portal: portalItems(reconsiderationPortal, reconsiderationPortalDescriptions),
  seedDemo: seedReconsiderationDemo,
};
