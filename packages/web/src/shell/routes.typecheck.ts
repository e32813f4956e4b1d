// Checked by `tsc -p packages/web` only (nothing imports it): a page under a menu key or portal entry the module's
// core declaration lacks does not compile. Each `@ts-expect-error` fails the type-check if the line below it
// compiles, so these lines prove the mismatch is caught.
import { lazy, type ComponentType } from 'react';
import { normativeMenu, normativePortal, organisationsMenu } from '@fazhi/core/modules';
import { consolePages, portalPages } from './routes';

const page = lazy(async () => ({ default: (() => null) as ComponentType }));

export const declared = consolePages(normativeMenu, [
  { menuKey: 'normative-statistics', title: '规范性文件统计', component: page },
]);

export const wrongKey = consolePages(normativeMenu, [
  // @ts-expect-error 'normative-statistic' is not a key of the module's menu (a typo of normative-statistics)
  { menuKey: 'normative-statistic', title: '规范性文件统计', component: page },
]);

export const anotherModulesKey = consolePages(organisationsMenu, [
  // @ts-expect-error a module's pages sit under its own menu only
  { menuKey: 'normative-documents', title: '行政规范性文件', component: page },
]);

export const wrongEntry = portalPages(normativePortal, [
  // @ts-expect-error 'normative-catalogue' is not one of the module's declared portal entries
  { entry: 'normative-catalogue', title: '规范性文件', component: page },
]);

export const declaredPath: string = declared[0]!.path;
