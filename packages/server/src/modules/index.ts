// The modules of this build. The platform reads their manifests and nothing else: removing a module is removing
// its folder and its line here.
import type { ModuleManifest } from '../platform/modules/manifest';
import { organisationsModule } from './organisations/module';
import { auditModule } from './audit/module';
import { calendarModule } from './calendar/module';
import { workbenchModule } from './workbench/module';
import { normativeDocumentsModule } from './normative-documents/module';
import { majorDecisionsModule } from './major-decisions/module';
import { enforcementModule } from './enforcement/module';

export const modules: readonly ModuleManifest[] = [
  organisationsModule,
  auditModule,
  calendarModule,
  workbenchModule,
  normativeDocumentsModule,
  majorDecisionsModule,
  enforcementModule,
];
