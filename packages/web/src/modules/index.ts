// The console modules of this build: one route table each. Adding a module's pages is adding its folder and a line.
import type { ModuleRoutes } from '../shell/routes';
import { workbenchRoutes } from './workbench/routes';
import { organisationsRoutes } from './organisations/routes';
import { auditRoutes } from './audit/routes';
import { calendarRoutes } from './calendar/routes';
import { normativeDocumentsRoutes } from './normative-documents/routes';
import { majorDecisionsRoutes } from './major-decisions/routes';
import { discretionRoutes } from './discretion/routes';
import { reconsiderationRoutes } from './reconsideration/routes';
import { enforcementListsRoutes } from './enforcement-lists/routes';
import { commitmentsRoutes } from './commitments/routes';
import { mediationRoutes } from './mediation/routes';
import { powerListsRoutes } from './power-lists/routes';
import { enforcementRoutes } from './enforcement/routes';
import { legalAdvisersRoutes } from './legal-advisers/routes';
import { disclosureRoutes } from './disclosure/routes';
import { trainingRoutes } from './training/routes';
import { litigationRoutes } from './litigation/routes';
import { participationRoutes } from '../participation/routes';

export const moduleRoutes: readonly ModuleRoutes[] = [
  workbenchRoutes,
  organisationsRoutes,
  auditRoutes,
  calendarRoutes,
  normativeDocumentsRoutes,
  majorDecisionsRoutes,
  discretionRoutes,
  reconsiderationRoutes,
  enforcementListsRoutes,
  commitmentsRoutes,
  mediationRoutes,
  powerListsRoutes,
  enforcementRoutes,
  legalAdvisersRoutes,
  disclosureRoutes,
  trainingRoutes,
  litigationRoutes,
  // the shared public consultation's portal pages and desk, for every module that lends it a draft
  participationRoutes,
];
