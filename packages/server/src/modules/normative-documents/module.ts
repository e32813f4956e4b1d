// 行政规范性文件 (normative documents): drafting, consultation, legality review, deliberation, registration and
// numbering, filing, post-evaluation, cleanup and review requests.
import type { ModuleManifest } from '../../platform/modules/manifest';
import './tables';

export const normativeDocumentsModule: ModuleManifest = {
  id: 'normative-documents',
  name: '行政规范性文件',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {},
  auditEvents: {},
};
