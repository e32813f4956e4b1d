// The console's route table: each module contributes one table (src/modules/<module>/routes.ts) and
// src/modules/index.ts lists them, so a new module adds one folder and one line.
import type { ComponentType, LazyExoticComponent } from 'react';

export interface ConsoleRoute {
  /** path under /console, e.g. 'orgs' or 'users/:id' ('' is the workbench home) */
  path: string;
  title: string;
  /** the menu entry (server manifest key) this page sits under, for the breadcrumb and the selected menu item */
  menuKey?: string;
  component: LazyExoticComponent<ComponentType>;
}

/** A public page of a module on the portal; the server's manifest `portal` entry gives its title on the home page. */
export interface PortalRoute {
  /** path under /, e.g. 'normative-documents' */
  path: string;
  title: string;
  component: LazyExoticComponent<ComponentType>;
}

export interface ModuleRoutes {
  module: string;
  routes: readonly ConsoleRoute[];
  portal?: readonly PortalRoute[];
  /** the module's panel on the portal's home page (what is new in it), lazy like its pages */
  portalHome?: LazyExoticComponent<ComponentType>;
}
