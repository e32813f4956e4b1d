// Sign-in with lockout (等保2.0 三级 "应具有登录失败处理功能"): after maxFailedAttempts consecutive failures the account
// is locked for lockMinutes. Every attempt goes to the login log; successes, failures on known accounts and locks
// also go to the audit chain of the user's home region.
// A sign-in never tells whether a username exists: an unknown name gets the same countdown, the same lock (counted
// from the login log) and the same timing (a dummy hash is verified) as a real account, and a disabled account says
// so only to someone who knows its password.
import { randomUUID } from 'node:crypto';
import { checkPassword, describePasswordProblems } from '@fazhi/core/access';
import { sql } from 'kysely';
import { chineseTime } from '../display-dates';
import { AppError, invalid } from '../errors';
import type { Services } from '../services';
import { inWriteTransaction, type WriteContext } from '../write';
import { hashPassword, verifyPassword } from './password';
import { OWN_PASSWORD_PAGE } from '../notifications/notify';

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

// A hash to verify against when the username is unknown, so that timing does not reveal which names exist.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(randomUUID()));

export async function login(
  services: Services,
  input: LoginInput,
): Promise<{ userId: string; mustChangePassword: boolean }> {
  const policy = services.config.passwordPolicy;
  const user = await services.db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(username)`, '=', input.username.toLowerCase())
    .executeTakeFirst();
  const log = (success: boolean, reason: string, userId: string | null) =>
    services.db
      .insertInto('login_log')
      .values({
        username: input.username.slice(0, 100),
        user_id: userId,
        success,
        reason,
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
  if (!user) return refuseUnknownName(services, input, log);
  const ctx: WriteContext = { actor: null, ip: input.ip };
  const region = user.home_region_code;
  if (user.locked_until && user.locked_until.getTime() > services.clock.now().getTime()) {
    await log(false, 'locked', user.id);
    throw stillLocked(Math.ceil((user.locked_until.getTime() - services.clock.now().getTime()) / 60_000));
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const attempts = user.failed_attempts + 1;
    const lock = attempts >= policy.maxFailedAttempts;
    await inWriteTransaction(services, ctx, async (w) => {
      await w.tx
        .updateTable('users')
        .set({
          failed_attempts: lock ? 0 : attempts,
          locked_until: lock
            ? new Date(services.clock.now().getTime() + policy.lockMinutes * 60_000)
            : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
      await w.audit({
        regionCode: region,
        action: lock ? 'auth.account_locked' : 'auth.login_failed',
        subjectType: 'user',
        subjectId: user.id,
        summary: lock
          ? `账号 ${user.username} 连续 ${attempts} 次登录失败，锁定 ${policy.lockMinutes} 分钟`
          : `账号 ${user.username} 登录失败（第 ${attempts} 次）`,
      });
      if (lock)
        await w.notify({
          userId: user.id,
          kind: 'auth.account_locked',
          title: '您的账号因连续登录失败被锁定',
          body: `${chineseTime(services.clock.now())} 来自 ${input.ip ?? '未知地址'} 的登录连续失败 ${attempts} 次，账号锁定 ${policy.lockMinutes} 分钟。如非本人操作，请联系安全保密管理员。`,
          link: OWN_PASSWORD_PAGE,
          subjectType: 'user',
          subjectId: user.id,
        });
    });
    await log(false, lock ? 'locked_now' : 'bad_password', user.id);
    throw lock ? lockedNow(attempts, policy.lockMinutes) : loginFailed(policy.maxFailedAttempts - attempts);
  }
  if (user.disabled_at) {
    await log(false, 'disabled', user.id);
    throw new AppError(403, 'ACCOUNT_DISABLED', '账号已停用，请联系系统管理员');
  }
  await inWriteTransaction(services, ctx, async (w) => {
    await w.tx
      .updateTable('users')
      .set({ failed_attempts: 0, locked_until: null, last_login_at: services.clock.now() })
      .where('id', '=', user.id)
      .execute();
    await w.audit({
      regionCode: region,
      action: 'auth.login_succeeded',
      subjectType: 'user',
      subjectId: user.id,
      summary: `${user.display_name}（${user.username}）登录`,
      // the operator of a sign-in is the user who signed in, not 系统
      performedBy: { userId: user.id, username: user.username },
    });
  });
  await log(true, 'ok', user.id);
  return { userId: user.id, mustChangePassword: user.must_change_password };
}

const loginFailed = (remaining: number) =>
  new AppError(401, 'LOGIN_FAILED', `用户名或密码错误（再失败 ${remaining} 次将锁定账号）`);
const lockedNow = (attempts: number, minutes: number) =>
  new AppError(423, 'ACCOUNT_LOCKED', `连续登录失败 ${attempts} 次，账号已锁定 ${minutes} 分钟`);
const stillLocked = (minutes: number) =>
  new AppError(423, 'ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试或联系管理员解锁`);

/** Refuses a name no account has exactly as a real account with a wrong password, lock included. */
async function refuseUnknownName(
  services: Services,
  input: LoginInput,
  log: (success: boolean, reason: string, userId: string | null) => Promise<unknown>,
): Promise<never> {
  const policy = services.config.passwordPolicy;
  const name = input.username.slice(0, 100).toLowerCase();
  const ofName = services.db
    .selectFrom('login_log')
    .where(sql`lower(username)`, '=', name)
    .where('user_id', 'is', null);
  // The last simulated lock: its age in minutes (database time, as the log's own timestamps) and the failures since.
  const lastLock = await ofName
    .select(['id', sql<number>`extract(epoch from now() - at) / 60`.as('minutesAgo')])
    .where('reason', '=', 'locked_now')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (lastLock && Number(lastLock.minutesAgo) < policy.lockMinutes) {
    await log(false, 'locked', null);
    throw stillLocked(Math.ceil(policy.lockMinutes - Number(lastLock.minutesAgo)));
  }
  await verifyPassword(await dummy(), input.password);
  const { failed } = await ofName
    .select(sql<string>`count(*)`.as('failed'))
    .where('reason', '=', 'unknown_user')
    .where('id', '>', lastLock?.id ?? '0')
    .executeTakeFirstOrThrow();
  const attempts = Number(failed) + 1;
  const lock = attempts >= policy.maxFailedAttempts;
  await log(false, lock ? 'locked_now' : 'unknown_user', null);
  throw lock ? lockedNow(attempts, policy.lockMinutes) : loginFailed(policy.maxFailedAttempts - attempts);
}

export async function changePassword(
  services: Services,
  ctx: WriteContext,
  userId: string,
  current: string,
  next: string,
  confirm?: string,
) {
  const user = await services.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  // Every problem at once, each on its field: a user who fixes one should not be told of the next only afterwards.
  const problems: { code: string; path: string; message: string }[] = [];
  if (!(await verifyPassword(user.password_hash, current)))
    problems.push({ code: 'WRONG_PASSWORD', path: 'currentPassword', message: '原密码不正确' });
  const weak = describePasswordProblems(
    checkPassword(next, user.username, services.config.passwordPolicy),
    services.config.passwordPolicy,
  );
  if (weak) problems.push({ code: 'WEAK_PASSWORD', path: 'newPassword', message: weak });
  else if (await verifyPassword(user.password_hash, next))
    problems.push({ code: 'PASSWORD_REUSED', path: 'newPassword', message: '新密码不能与原密码相同' });
  if (confirm !== undefined && confirm !== next)
    problems.push({ code: 'PASSWORD_MISMATCH', path: 'confirmPassword', message: '两次输入的新密码不一致' });
  const [first] = problems;
  if (first)
    throw invalid(
      first.code,
      problems.map((p) => p.message).join('；'),
      problems.map(({ path, message }) => ({ path, message })),
    );
  const passwordHash = await hashPassword(next);
  await inWriteTransaction(services, ctx, async (w) => {
    await w.tx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        must_change_password: false,
        password_changed_at: services.clock.now(),
        updated_at: services.clock.now(),
      })
      .where('id', '=', userId)
      .execute();
    // Other sessions of this user end: a changed password must lock out whoever knew the old one.
    await w.tx
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('id', '!=', ctx.actor?.sessionId ?? '')
      .execute();
    await w.audit({
      regionCode: user.home_region_code,
      action: 'auth.password_changed',
      subjectType: 'user',
      subjectId: userId,
      summary: `${user.username} 修改了密码`,
    });
  });
}

export function assertPasswordAcceptable(services: Services, username: string, password: string, field: string) {
  const problems = checkPassword(password, username, services.config.passwordPolicy);
  if (problems.length) {
    const message = describePasswordProblems(problems, services.config.passwordPolicy);
    throw invalid('WEAK_PASSWORD', message, [{ path: field, message }]);
  }
}
