// 行政裁量权基准 (discretion benchmarks, 《行政处罚法》第三十四条): each body's benchmark per penalty item — the
// circumstances 不予处罚 / 减轻 / 从轻 / 一般 / 从重 with their conditions and fines —, versioned with the day each
// version takes effect and published on the portal with the lenient lists read from them (第三十二条、第三十三条),
// and the penalty suggestion that applies a version to a case's facts and says why (core discretion).
import { recordReaders } from '@fazhi/core/access';
import {
  discretionMenu,
  discretionPortal,
  menuItems,
  portalItems,
  discretionPortalDescriptions,
} from '@fazhi/core/modules';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { BENCHMARK_SUBJECT, discretionAuditActions } from './catalogue';
import { discretionFieldLabels } from './field-labels';
import { discretionRoutes } from './routes';
import { discretionSettings } from './settings';
import { seedDiscretionDemo } from './demo/seed-demo';
import { publicBenchmarks } from './queries/public';
import './tables';

export const discretionModule: ModuleManifest = {
  id: 'discretion',
  name: '行政裁量权基准',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    // the officers apply the benchmarks to their cases: they read them and ask them for a suggestion
    'discretion.read': { label: '查看行政裁量权基准、测算处罚', roles: [...recordReaders, 'enforcement_officer'] },
    // 第三十四条: the body (its legal staff, its head) sets and publishes its benchmarks
    'discretion.manage': { label: '制定、修订、公布行政裁量权基准', roles: ['legal_officer', 'unit_head'] },
  },
  fieldLabels: discretionFieldLabels,
  auditEvents: discretionAuditActions,
  settings: discretionSettings,
  routes: discretionRoutes,
  subjectTypes: {
    [BENCHMARK_SUBJECT]: {
      label: '行政裁量权基准',
      readAction: 'discretion.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const b = await db
          .selectFrom('discretion_benchmarks')
          .select(['item_name', 'item_code', 'version_no'])
          .where('id', '=', id)
          .executeTakeFirst();
        return b ? `${b.item_name}（${b.item_code}）裁量基准第${b.version_no}版` : null;
      },
    },
  },
  menu: menuItems(discretionMenu),
  portal: portalItems(discretionPortal, discretionPortalDescriptions),
  publicSearch: async (services, { q, regionCode }) => {
    if (!regionCode) return [];
    return (await publicBenchmarks(services, { q })).items.slice(0, 10).map((b) => ({
      title: `${b.itemName}（裁量基准）`,
      snippet: `${b.bodyName}，${b.legalBasis}`,
      path: `/discretion-benchmarks/${b.id}`,
      kind: '行政处罚裁量基准',
    }));
  },
  seedDemo: seedDiscretionDemo,
};
