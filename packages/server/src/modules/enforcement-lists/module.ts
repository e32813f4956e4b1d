// 执法事前公示清单 (行政处罚法第三十九条; 国办发〔2018〕118号): per enforcement body — an organisation of the org
// tree — the 随机抽查事项清单, the 音像记录事项清单 (查封扣押 and 强制拆除 always in it) and the 重大执法决定法制审核目录
// 清单, each kept in versions with the day each takes effect, entered or imported from Excel, published on the
// portal as the body's advance publication, and asked by the enforcement cases whether an act needs audio-video
// recording or legal review on its day.
import { recordReaders } from '@fazhi/core/access';
import {
  enforcementListsMenu,
  enforcementListsPortal,
  menuItems,
  portalItems,
  enforcementListsPortalDescriptions,
} from '@fazhi/core/modules';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { LIST_SUBJECT, enforcementListAuditActions } from './catalogue';
import { enforcementListFieldLabels } from './field-labels';
import { enforcementListRoutes } from './routes';
import { enforcementListSettings } from './settings';
import { versionName } from './support';
import { seedEnforcementListsDemo } from './demo/seed-demo';
import { publicListSearchHits } from './queries/public-lists';
import './tables';

export const enforcementListsModule: ModuleManifest = {
  id: 'enforcement-lists',
  name: '执法事前公示清单',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    // the readers of the body's records, and its enforcement officers, who work by the lists
    'enforcement-lists.read': { label: '查看执法事前公示清单', roles: [...recordReaders, 'enforcement_officer'] },
    // the body's legal staff and head publish and adjust its lists (118号 §(四): 各行政执法机关 … 公示)
    'enforcement-lists.publish': { label: '公布、调整、导入执法事前公示清单', roles: ['legal_officer', 'unit_head'] },
  },
  fieldLabels: enforcementListFieldLabels,
  auditEvents: enforcementListAuditActions,
  settings: enforcementListSettings,
  routes: enforcementListRoutes,
  subjectTypes: {
    [LIST_SUBJECT]: {
      label: '执法事前公示清单',
      readAction: 'enforcement-lists.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const l = await db
          .selectFrom('enforcement_lists as l')
          .innerJoin('orgs as o', 'o.id', 'l.body_org_id')
          .select(['o.name', 'l.kind', 'l.version_no'])
          .where('l.id', '=', id)
          .executeTakeFirst();
        return l ? versionName(l.name, l.kind, l.version_no) : null;
      },
    },
  },
  menu: menuItems(enforcementListsMenu),
  portal: portalItems(enforcementListsPortal, enforcementListsPortalDescriptions),
  publicSearch: publicListSearchHits,
  seedDemo: seedEnforcementListsDemo,
};
