// Sign-in and the session (server platform/auth/routes.ts): who is signed in, where, what they may do, the menu.
import { z } from 'zod';
import { roles, scopeKinds } from '../../access/roles';
import { isoDate } from './common';

export const menuItem = z.object({ key: z.string(), label: z.string(), path: z.string(), action: z.string() });
export type MenuItem = z.infer<typeof menuItem>;

export const sessionAssignment = z.object({
  role: z.enum(roles),
  roleLabel: z.string(),
  scope: z.enum(scopeKinds),
  scopeLabel: z.string(),
  orgId: z.string().nullable(),
  orgName: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  isDemo: z.boolean(),
});
export type SessionAssignment = z.infer<typeof sessionAssignment>;

export const session = z.object({
  /** the server's today (北京时间): default dates, year lists and periods start from it */
  today: isoDate,
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    mustChangePassword: z.boolean(),
  }),
  activeOrgId: z.string().nullable(),
  assignments: z.array(sessionAssignment),
  actions: z.array(z.string()),
  menu: z.array(menuItem),
  csrfToken: z.string().nullable(),
});
export type Session = z.infer<typeof session>;

export const switchedOrg = z.object({ ok: z.literal(true), activeOrgId: z.string() });
