// 组织机构与用户: regions, units and users as the API answers them (server modules/organisations/queries).
import { z } from 'zod';
import { scopeKinds } from '../../access/roles';
import { isoInstant } from '../platform/common';

export const regionItem = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Region = z.infer<typeof regionItem>;
export const regionList = z.object({ items: z.array(regionItem) });
/** A region just created. */
export const createdRegion = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
  path: z.string(),
});

const orgFields = {
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  kindLabel: z.string(),
  uscc: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  sortOrder: z.number(),
  isDemo: z.boolean(),
};
export const orgRow = z.object({ ...orgFields, depth: z.number() });
export type OrgRow = z.infer<typeof orgRow>;
export const orgList = z.object({ items: z.array(orgRow) });
export const orgDetail = z.object({
  ...orgFields,
  abilities: z.object({ read: z.boolean(), update: z.boolean(), createChild: z.boolean() }),
});
export type OrgDetail = z.infer<typeof orgDetail>;

const userFields = {
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.string().nullable(),
  orgName: z.string(),
  locked: z.boolean(),
  disabled: z.boolean(),
  lastLoginAt: isoInstant.nullable(),
  isDemo: z.boolean(),
};
export const userRow = z.object(userFields);
export type UserRow = z.infer<typeof userRow>;

export const userAssignment = z.object({
  id: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  scope: z.enum(scopeKinds),
  scopeLabel: z.string(),
  orgId: z.string().nullable(),
  orgName: z.string(),
});
export type UserAssignment = z.infer<typeof userAssignment>;

export const userDetail = z.object({
  ...userFields,
  idNumber: z.string().nullable(),
  mobile: z.string().nullable(),
  identifiersMasked: z.boolean(),
  lockedUntil: isoInstant.nullable(),
  mustChangePassword: z.boolean(),
  assignments: z.array(userAssignment),
  abilities: z.object({
    read: z.boolean(),
    update: z.boolean(),
    resetPassword: z.boolean(),
    unlock: z.boolean(),
    disable: z.boolean(),
    enable: z.boolean(),
    assignRole: z.boolean(),
    readIdentifiers: z.boolean(),
  }),
});
export type UserDetail = z.infer<typeof userDetail>;

/** A user just created, with the one-time initial password shown once. */
export const createdUser = z.object({ user: userDetail, initialPassword: z.string() });
export const passwordReset = z.object({ temporaryPassword: z.string() });

export const directoryImport = z.object({
  orgsImported: z.number(),
  usersImported: z.number(),
  initialPasswords: z.array(z.object({ username: z.string(), initialPassword: z.string() })),
});
export type ImportResult = z.infer<typeof directoryImport>;
