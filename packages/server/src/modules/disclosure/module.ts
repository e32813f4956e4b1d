// 政府信息公开 on request (《中华人民共和国政府信息公开条例》, 2019年修订): any body of the region receives requests
// online on the portal (with a tracking number), by letter or fax, in person or orally; fixes the day of receipt by
// channel (第三十一条); asks for a 补正 once (第三十条), consults third parties and co-makers without counting their time
// (第三十二条、第三十四条), answers within twenty working days or forty with approval (第三十三条) in one of the types of
// 第三十六条 to 第三十九条, each counting in a row of the annual report's table 三; the papers and their service. The
// request's applicant, clock and service records are the platform's shared case record (platform/cases).
import {
  disclosureMenu,
  disclosurePortal,
  disclosurePortalDescriptions,
  menuItems,
  portalItems,
} from '@fazhi/core/modules';
import { recordReaders } from '@fazhi/core/access';
import type { ModuleManifest } from '../../platform/modules/manifest';
import { isRecordId } from '../../platform/modules/manifest';
import { disclosureAuditActions, REQUEST_SUBJECT } from './catalogue';
import { seedDisclosureDemo } from './demo/seed-demo';
import { disclosureFieldLabels } from './field-labels';
import { disclosureRoutes } from './routes';
import { publicDisclosureRoutes } from './routes-public';
import { disclosureSettings } from './settings';
import { REPLY_KIND, requestTitle } from './workflow';
import './tables';

const law = '《中华人民共和国政府信息公开条例》';

export const disclosureModule: ModuleManifest = {
  id: 'disclosure',
  name: '政府信息公开',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    // a body's requests are read by its own staff and head and by the region's readers, the government's office
    // (政府信息公开工作主管部门, 第三条) included
    'disclosure.read': { label: '查看政府信息公开申请', roles: [...recordReaders] },
    // 第四条: the body's 政府信息公开工作机构 handles its own requests
    'disclosure.handle': { label: '办理政府信息公开申请', roles: ['legal_officer', 'unit_head'] },
  },
  fieldLabels: disclosureFieldLabels,
  auditEvents: disclosureAuditActions,
  settings: disclosureSettings,
  routes: async (app, services) => {
    await disclosureRoutes(app, services);
    await publicDisclosureRoutes(app, services);
  },
  subjectTypes: {
    [REQUEST_SUBJECT]: {
      label: '政府信息公开申请',
      readAction: 'disclosure.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const r = await db
          .selectFrom('disclosure_requests')
          .select(['information_description', 'tracking_number'])
          .where('id', '=', id)
          .executeTakeFirst();
        return r ? requestTitle(r) : null;
      },
    },
  },
  cases: {
    [REQUEST_SUBJECT]: {
      partyRoles: { applicant: '申请人' },
      pauseCauses: {
        // 第三十条: 答复期限自行政机关收到补正的申请之日起计算 — the reply period runs anew from the correction
        correction: { label: '补正', basis: `${law}第三十条`, holds: [REPLY_KIND], after: 'restart' },
        // 第三十三条第三款: 征求第三方和其他机关意见所需时间不计算在前款规定的期限内
        consultation: {
          label: '征求意见',
          basis: `${law}第三十二条、第三十三条第三款、第三十四条`,
          holds: [REPLY_KIND],
          after: 'continue',
        },
      },
    },
  },
  menu: menuItems(disclosureMenu),
  portal: portalItems(disclosurePortal, disclosurePortalDescriptions),
  seedDemo: seedDisclosureDemo,
};
