// 行政执法主体与人员 (issue 16 items 1 and 2): what makes a unit of the org tree an enforcement body (法定 / 授权 /
// 受委托) and the region's published list of them with its history; the officers, supervisors and auxiliaries of
// each body with their certificates, whose expiry is derived from the region's validity; training hours against the
// annual minimum (the hours kept in the training module's register); the legal reviewers' ratio; the roster's Excel
// import; the portal's certificate check.
// Enforcement cases (issue 17) will join this module in `cases/`.
import { recordReaders } from '@fazhi/core/access';
import {
  enforcementMenu,
  enforcementPortal,
  menuItems,
  portalItems,
  enforcementPortalDescriptions,
} from '@fazhi/core/modules';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { ANNOUNCEMENT_SUBJECT, BODY_SUBJECT, OFFICER_SUBJECT, enforcementAuditActions } from './catalogue';
import { enforcementFieldLabels } from './field-labels';
import { MANAGE_BODIES, MANAGE_CERTIFICATES, MANAGE_OFFICERS, READ } from './policy';
import { enforcementRoutes } from './routes';
import { enforcementStatisticsRoutes } from './statistics/routes';
import { enforcementSettings } from './settings';
import { seedEnforcementDemo } from './demo/seed-demo';
import { syncCertificateLapses } from './officers/jobs/sync-certificate-lapses';
import { LAPSE_WARNING, warnCertificateLapses } from './officers/jobs/warn-certificate-lapses';
import { CERTIFICATE_SUBJECT } from './officers/certificate-lapse';
import { recordQualificationExamPass } from './exam-result';
import { QUALIFICATION_EXAM_PASSED, trainingEvents } from '../training/catalogue';
import './tables';

export const enforcementModule: ModuleManifest = {
  id: 'enforcement',
  name: '行政执法主体与人员',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    [READ]: { label: '查看行政执法主体和执法人员', roles: recordReaders },
    // the justice bureau confirms the region's enforcement bodies and publishes the list (118号 §(四))
    [MANAGE_BODIES]: { label: '确认、公告行政执法主体', roles: ['justice_reviewer'] },
    // a body's legal staff keep its roster and training; the justice bureau the region's
    [MANAGE_OFFICERS]: { label: '登记执法人员、导入名册、登记培训', roles: ['legal_officer', 'justice_reviewer'] },
    // 内蒙古自治区行政执法监督条例第三十七条: the justice bureau suspends or revokes a certificate
    [MANAGE_CERTIFICATES]: { label: '暂扣、吊销执法证件', roles: ['justice_reviewer'] },
  },
  fieldLabels: enforcementFieldLabels,
  auditEvents: enforcementAuditActions,
  settings: enforcementSettings,
  notificationKinds: { [LAPSE_WARNING]: '执法证件即将到期' },
  jobs: [
    // 证件有效期届满 on the deadline service: daily, before the warning sweep, after a change of the validity setting
    {
      name: 'enforcement.sync-certificate-lapses',
      cron: '15 1 * * *',
      run: async (s) => void (await syncCertificateLapses(s)),
    },
    // 证件到期提醒 weeks ahead, for the renewal (officers/jobs/warn-certificate-lapses.ts says why it stays)
    {
      name: 'enforcement.warn-certificate-lapses',
      cron: '20 1 * * *',
      run: async (s) => void (await warnCertificateLapses(s)),
    },
  ],
  // the training module's qualification exam feeds the officer's exam result (this module writes its own tables)
  eventHandlers: trainingEvents.handlers({ [QUALIFICATION_EXAM_PASSED]: recordQualificationExamPass }),
  routes: async (app, services) => {
    await enforcementRoutes(app, services);
    await enforcementStatisticsRoutes(app, services);
  },
  subjectTypes: {
    [BODY_SUBJECT]: {
      label: '行政执法主体',
      readAction: READ,
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('orgs').select('name').where('id', '=', id).executeTakeFirst())?.name ?? null)
          : null,
    },
    [ANNOUNCEMENT_SUBJECT]: {
      label: '行政执法主体公告',
      readAction: READ,
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const a = await db
          .selectFrom('enforcement_body_announcements as a')
          .innerJoin('regions as r', 'r.code', 'a.region_code')
          .select(['r.name', 'a.version_no'])
          .where('a.id', '=', id)
          .executeTakeFirst();
        return a ? `${a.name}行政执法主体公告（第${a.version_no}版）` : null;
      },
    },
    // a certificate's lapse on the deadline service, read like the officer whose certificate it is
    [CERTIFICATE_SUBJECT]: {
      label: '执法证件',
      readAction: READ,
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const o = await db
          .selectFrom('enforcement_officers')
          .select(['name', 'certificate_number'])
          .where('id', '=', id)
          .executeTakeFirst();
        return o ? `${o.name}的执法证件（${o.certificate_number ?? '无'}）` : null;
      },
    },
    [OFFICER_SUBJECT]: {
      label: '执法人员',
      readAction: READ,
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('enforcement_officers').select('name').where('id', '=', id).executeTakeFirst())
              ?.name ?? null)
          : null,
    },
  },
  menu: menuItems(enforcementMenu),
  portal: portalItems(enforcementPortal, enforcementPortalDescriptions),
  seedDemo: seedEnforcementDemo,
};
