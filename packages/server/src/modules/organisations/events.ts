// The events the organisations module emits, with their payloads: other modules react to them through this export.
import { roles, scopeKinds } from '@fazhi/core/access';
import { z } from 'zod';
import { defineEvents } from '../../platform/modules/catalogue';

export const ROLES_CHANGED = 'organisations.roles_changed';

export const organisationEvents = defineEvents('organisations', {
  // a role granted or revoked: the person concerned is told
  [ROLES_CHANGED]: z.object({
    userId: z.uuid(),
    change: z.enum(['assigned', 'revoked']),
    role: z.enum(roles),
    scope: z.enum(scopeKinds),
    orgName: z.string(),
    by: z.string().nullable(),
  }),
});

export type RolesChangedPayload = z.infer<(typeof organisationEvents.schemas)[typeof ROLES_CHANGED]>;
