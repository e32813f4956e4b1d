// Module-wide pieces: the unit a training record, a question bank or an exam is kept at, located for the scope check
// and the act decided by the record's policy (404 out of reach, 403 without the act).
import type { Actor } from '../../platform/access/actor';
import type { Policy } from '../../platform/access/policy';
import { unitForAct, type UnitRecord } from '../../platform/access/unit-record';
import type { Db } from '../../platform/db/connection';
import type { Services } from '../../platform/services';

export type { UnitRecord };

export const unitFor = <A extends string>(
  services: Services,
  db: Db,
  actor: Actor | null,
  orgId: string,
  policy: Policy<UnitRecord, A | 'read'>,
  action: A | 'read',
) => unitForAct(services, db, actor, orgId, policy, action, '单位');
