// The console's route table: each module contributes one table (src/modules/<module>/routes.ts) and
// src/modules/index.ts lists them, so a new module adds one folder and one line. A module's pages are built with
// `consolePages(menu, …)` from its menu declared in core (`@fazhi/core/modules`), the same one the server's manifest
// shows: a page's menu key is typed as that menu's keys and its path starts from the entry's declared page, so a key
// or path the server does not declare fails `tsc -p packages/web` instead of leaving a page without its menu item.
import type { ComponentType, LazyExoticComponent } from 'react';
import { pageUnder, type MenuDeclaration, type PortalDeclaration } from '@fazhi/core/modules';

export interface ConsoleRoute<K extends string = string> {
  /** path under /console, e.g. 'orgs' or 'users/:id' ('' is the workbench home) */
  path: string;
  title: string;
  /** the menu entry (declared in core, shown by the server's manifest) this page sits under */
  menuKey: K;
  component: LazyExoticComponent<ComponentType>;
}

/** A console page as a module writes it: under one of its menu entries, with the rest of its path. */
export interface ConsolePage<K extends string> {
  menuKey: K;
  /** the path after the menu entry's page, e.g. ':id' or ':id/print'; omitted for the entry's own page */
  under?: string;
  title: string;
  component: LazyExoticComponent<ComponentType>;
}

export function consolePages<M extends MenuDeclaration>(
  menu: M,
  pages: readonly ConsolePage<Extract<keyof M, string>>[],
): ConsoleRoute<Extract<keyof M, string>>[] {
  return pages.map(({ under, ...page }) => ({ ...page, path: pageUnder(menu[page.menuKey]!.page, under) }));
}

/** A public page of a module on the portal; the server's manifest `portal` entry gives its title on the home page. */
export interface PortalRoute {
  /** path under /, e.g. 'normative-documents' */
  path: string;
  title: string;
  component: LazyExoticComponent<ComponentType>;
}

/** A portal page as a module writes it: under one of its declared portal entries, with the rest of its path. */
export interface PortalPage<K extends string> {
  entry: K;
  /** the path after the entry's page, e.g. ':id' or 'track'; omitted for the entry's own page */
  under?: string;
  title: string;
  component: LazyExoticComponent<ComponentType>;
}

export function portalPages<P extends PortalDeclaration>(
  portal: P,
  pages: readonly PortalPage<Extract<keyof P, string>>[],
): PortalRoute[] {
  return pages.map(({ entry, under, title, component }) => ({
    path: pageUnder(portal[entry]!.page, under),
    title,
    component,
  }));
}

export interface ModuleRoutes {
  module: string;
  routes: readonly ConsoleRoute[];
  portal?: readonly PortalRoute[];
  /** the module's panel on the portal's home page (what is new in it), lazy like its pages */
  portalHome?: LazyExoticComponent<ComponentType>;
}
