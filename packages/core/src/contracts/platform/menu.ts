// A module's console menu and portal entries, declared once here so that the server's manifest and the web's route
// tables read the same keys and paths: the server shows the menu from it, and a web page declared under a key the
// module's menu lacks fails `tsc -p packages/web` (the key is a type, not a string compared at run time).
// Zod-free: the web bundles these values through `@fazhi/core/modules`.

export interface MenuEntry {
  label: string;
  /** the page under /console ('' is the console home): 'normative-documents' is /console/normative-documents */
  page: string;
  /** the menu entry is shown when the user holds this action anywhere */
  action: string;
}

export interface PortalEntryDeclaration {
  title: string;
  /** the page under /: 'normative-documents' is /normative-documents */
  page: string;
}

export type MenuDeclaration = Readonly<Record<string, MenuEntry>>;
export type PortalDeclaration = Readonly<Record<string, PortalEntryDeclaration>>;

/** Keeps the literal keys, so `keyof typeof menu` is the module's menu keys. */
export const defineMenu = <const M extends MenuDeclaration>(menu: M): M => menu;
export const definePortal = <const P extends PortalDeclaration>(portal: P): P => portal;
/** One sentence in Chinese for each entry's home page card, declared apart from the entries: only the server's
 * portal answer reads it, so the web's bundle (which imports the entries for its route tables) leaves it out. */
export const definePortalDescriptions = <P extends PortalDeclaration>(
  _portal: P,
  descriptions: { readonly [K in keyof P]: string },
) => descriptions;

export const consolePath = (page: string) => (page === '' ? '/console' : `/console/${page}`);
export const portalPath = (page: string) => `/${page}`;

/** A page's path under its entry's page: `pageUnder('normative-documents', ':id')` → 'normative-documents/:id'. */
export const pageUnder = (page: string, rest?: string) =>
  rest === undefined || rest === '' ? page : page === '' ? rest : `${page}/${rest}`;

/** The menu as the session answer lists it: key, label, console path, action. */
export function menuItems(menu: MenuDeclaration) {
  return Object.entries(menu).map(([key, e]) => ({ key, label: e.label, path: consolePath(e.page), action: e.action }));
}

/** The portal entries as the portal answer lists them: key, title, description, portal path. */
export function portalItems<P extends PortalDeclaration>(portal: P, descriptions: { readonly [K in keyof P]: string }) {
  return Object.entries(portal).map(([key, e]) => ({
    key,
    title: e.title,
    description: descriptions[key as keyof P],
    path: portalPath(e.page),
  }));
}

/** A link to a console page under a declared entry: `consoleLink(normativeMenu, 'normative-documents', id)`. */
export const consoleLink = <M extends MenuDeclaration>(menu: M, key: Extract<keyof M, string>, rest?: string) =>
  consolePath(pageUnder(menu[key]!.page, rest));
