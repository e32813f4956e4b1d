// Start-up: provision the database (embedded unless DATABASE_URL), apply migrations, build the services, and make
// sure a platform administrator exists — with FAZHI_ADMIN_PASSWORD, or a generated password printed once.
import { clockFromEnv } from './clock';
import { sql } from 'kysely';
import type { Config } from './config';
import { createDb, provisionDatabase, type DatabaseHandle, type Db } from './db/connection';
import { migrate } from './db/migrate';
import { createRegistry, type Registry } from './modules/registry';
import { loadSecretKey } from './crypto/secret-key';
import { loadAuditKey } from './audit/key';
import { sealUnkeyedChains, type RekeyReport } from './audit/rekey';
import { FieldCipher } from './crypto/sm';
import { generatePassword, hashPassword } from './auth/password';
import { inWriteTransaction, type WriteEnv } from './write';
import type { Services } from './services';
import type { ModuleManifest } from './modules/manifest';
import { randomUUID } from 'node:crypto';

export interface Platform {
  services: Services;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

export async function openPlatform(
  config: Config,
  modules: readonly ModuleManifest[],
  /** bootstrap: false leaves a fresh database empty (for `fazhi restore`, which loads everything from the backup) */
  /** adopt: use the embedded postmaster of a server already running on this data directory (CLI commands) */
  opts: { migrate?: boolean; bootstrap?: boolean; adopt?: boolean } = {},
): Promise<Platform> {
  const handle = await provisionDatabase(config, { adopt: opts.adopt });
  const { db } = createDb(handle.url);
  const registry = createRegistry(modules);
  const env: WriteEnv = { clock: clockFromEnv(), auditKey: loadAuditKey(config.dataDir, config.auditKey) };
  if (opts.migrate !== false) {
    if (opts.bootstrap === false) await migrate(db, registry.migrationDirs);
    else printRekey(await prepareDatabase(db, registry, env, config.dataDir));
  }
  const services: Services = {
    config,
    db,
    registry,
    cipher: new FieldCipher(loadSecretKey(config.dataDir, config.secretKey)),
    ...env,
  };
  return {
    services,
    handle,
    close: async () => {
      await db.destroy();
      await handle.stop();
    },
  };
}

/** Applies the migrations, re-seals the audit chains of an earlier release with the audit key (before anything
 * appends a sealed event to them), then runs each module's bootstrap (shipped reference data), in module order. */
export async function prepareDatabase(
  db: Db,
  registry: Registry,
  env: WriteEnv,
  dataDir: string,
): Promise<RekeyReport> {
  await migrate(db, registry.migrationDirs);
  const rekey = await sealUnkeyedChains(db, env, dataDir);
  for (const m of registry.modules) await m.bootstrap?.(db, env);
  return rekey;
}

/** What the re-sealing did, for the operator: a sealed upgrade once, a refused chain at every start. */
export function printRekey(r: RekeyReport): void {
  if (r.sealed.length)
    console.log(
      `已以审计密钥（标识 ${r.keyId}）重新封存旧版本的审计哈希链 ${r.sealed.length} 条（${r.sealed.reduce((n, s) => n + s.events, 0)} 个事件），并更新检查点`,
    );
  for (const p of r.refused)
    console.error(`审计哈希链未重新封存：区划 ${p.regionCode}${p.seq ? ` 第 ${p.seq} 号事件` : ''}：${p.reason}`);
}

/** Creates the platform administrator on first start. Returns the password only when it was generated here. */
export async function ensureAdmin(services: Services): Promise<{ username: string; password: string | null } | null> {
  const existing = await services.db
    .selectFrom('role_assignments')
    .select('id')
    .where('role', '=', 'system_admin')
    .where('scope', '=', 'platform')
    .executeTakeFirst();
  if (existing) return null;
  const password = services.config.adminPassword ?? generatePassword();
  const id = randomUUID();
  const passwordHash = await hashPassword(password);
  await inWriteTransaction(services, { actor: null, ip: null }, async (w) => {
    const taken = await w.tx
      .selectFrom('users')
      .select('id')
      .where(sql`lower(username)`, '=', 'admin')
      .executeTakeFirst();
    const username = taken ? `admin-${id.slice(0, 6)}` : 'admin';
    await w.tx
      .insertInto('users')
      .values({ id, username, display_name: '平台管理员', password_hash: passwordHash, must_change_password: true })
      .execute();
    for (const role of ['system_admin', 'security_admin'] as const) {
      await w.tx
        .insertInto('role_assignments')
        .values({ id: randomUUID(), user_id: id, role, scope: 'platform', org_id: null, region_code: null })
        .execute();
    }
    await w.audit({
      regionCode: null,
      action: 'user.created',
      subjectType: 'user',
      subjectId: id,
      summary: `首次启动创建平台管理员 ${username}`,
      changes: { username, roles: ['system_admin', 'security_admin'] },
    });
  });
  const user = await services.db.selectFrom('users').select('username').where('id', '=', id).executeTakeFirstOrThrow();
  return { username: user.username, password: services.config.adminPassword ? null : password };
}
