// The modules of this build. The platform reads their manifests and nothing else: removing a module is removing
// its folder and its line here.
import type { ModuleManifest } from '../platform/modules/manifest';
import { organisationsModule } from './organisations/module';
import { auditModule } from './audit/module';
import { calendarModule } from './calendar/module';
import { workbenchModule } from './workbench/module';
import { normativeDocumentsModule } from './normative-documents/module';
import { majorDecisionsModule } from './major-decisions/module';
import { discretionModule } from './discretion/module';
import { reconsiderationModule } from './reconsideration/module';
import { enforcementListsModule } from './enforcement-lists/module';
import { commitmentsModule } from './commitments/module';
import { mediationModule } from './mediation/module';
import { powerListsModule } from './power-lists/module';
import { enforcementModule } from './enforcement/module';
import { legalAdvisersModule } from './legal-advisers/module';
import { disclosureModule } from './disclosure/module';
import { trainingModule } from './training/module';
import { litigationModule } from './litigation/module';

export const modules: readonly ModuleManifest[] = [
  organisationsModule,
  auditModule,
  calendarModule,
  workbenchModule,
  normativeDocumentsModule,
  majorDecisionsModule,
  discretionModule,
  reconsiderationModule,
  enforcementListsModule,
  commitmentsModule,
  mediationModule,
  powerListsModule,
  enforcementModule,
  legalAdvisersModule,
  disclosureModule,
  trainingModule,
  litigationModule,
];
