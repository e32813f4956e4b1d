import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { can, orgTarget } from '../../../platform/access/scope';
import { conflict, invalid } from '../../../platform/errors';
import { authorizeAs } from '../../../platform/access/policy';
import { newUserPolicy } from '../policy';
import { generatePassword, hashPassword } from '../../../platform/auth/password';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { assertMayGrant, insertAssignment, type AssignmentInput } from './assign-role';

export interface CreateUserInput {
  username: string;
  displayName: string;
  orgId: string;
  idNumber?: string | null | undefined;
  mobile?: string | null | undefined;
  assignments: AssignmentInput[];
  password?: string;
  mustChangePassword?: boolean;
  isDemo?: boolean;
}

/** Inserts a user inside an open write transaction (shared by the API, the import and the demo seed). */
export async function insertUser(services: Services, w: Writer, input: CreateUserInput) {
  const org = await w.tx
    .selectFrom('orgs')
    .select(['id', 'region_code', 'name'])
    .where('id', '=', input.orgId)
    .executeTakeFirst();
  if (!org) throw invalid('ORG_NOT_FOUND', '所属单位不存在', [{ path: 'orgId', message: '所属单位不存在' }]);
  const taken = await w.tx
    .selectFrom('users')
    .select('id')
    .where(sql`lower(username)`, '=', input.username.toLowerCase())
    .executeTakeFirst();
  if (taken) throw conflict('USERNAME_TAKEN', `用户名 ${input.username} 已被使用`);
  const password = input.password ?? generatePassword();
  const id = randomUUID();
  await w.tx
    .insertInto('users')
    .values({
      id,
      username: input.username,
      display_name: input.displayName,
      password_hash: await hashPassword(password),
      must_change_password: input.mustChangePassword ?? true,
      id_number_enc: input.idNumber ? services.cipher.encrypt(input.idNumber) : null,
      mobile_enc: input.mobile ? services.cipher.encrypt(input.mobile) : null,
      home_org_id: org.id,
      home_region_code: org.region_code,
      is_demo: input.isDemo ?? false,
    })
    .execute();
  await w.audit({
    regionCode: org.region_code,
    action: 'user.created',
    subjectType: 'user',
    subjectId: id,
    summary: `新增用户 ${input.displayName}（${input.username}），所属 ${org.name}`,
    // Identifiers are never written to the trail in clear; only that they were set.
    changes: {
      username: input.username,
      displayName: input.displayName,
      orgId: org.id,
      idNumberSet: Boolean(input.idNumber),
      mobileSet: Boolean(input.mobile),
    },
  });
  for (const a of input.assignments) await insertAssignment(w, id, input.username, org.region_code, a);
  return { id, password };
}

/** Creates a user with a generated initial password, shown once; the first sign-in must change it. */
export async function createUser(services: Services, ctx: WriteContext, input: CreateUserInput) {
  const target = await orgTarget(services.db, input.orgId);
  // A null actor is the system itself (CLI, demo seed); every HTTP route passes a signed-in actor.
  if (ctx.actor) {
    if (!target || !can(services.registry.grants, ctx.actor, 'org.read', target)) {
      throw invalid('ORG_NOT_FOUND', '所属单位不存在', [{ path: 'orgId', message: '所属单位不存在' }]);
    }
    authorizeAs(services.registry.grants, ctx.actor, newUserPolicy, 'create', target);
    for (const a of input.assignments) await assertMayGrant(services, ctx.actor, a);
  }
  const { id, password } = await inWriteTransaction(services, ctx, (w) =>
    insertUser(services, w, { ...input, password: undefined, mustChangePassword: true }),
  );
  return { id, initialPassword: password };
}
