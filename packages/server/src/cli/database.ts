// The `fazhi` commands that work on the platform's database: migrate, seed-demo, admin reset-password, audit
// verify/rekey, backup and restore. They adopt the embedded PostgreSQL of a server already running on the same data
// directory. Loaded by main.ts only for these commands, so `fazhi deadline` or `fazhi precheck` does not load the
// platform.
import { sql } from 'kysely';
import type { Config } from '../platform/config';
import { ensureAdmin, openPlatform } from '../platform/bootstrap';
import { backup, restore } from '../platform/db/backup';
import { generatePassword, hashPassword } from '../platform/auth/password';
import { inWriteTransaction } from '../platform/write';
import { modules } from '../modules';
import { seedDemo } from '../modules/organisations/seed-demo';
import { runAuditRekey, runAuditVerify } from './audit';
import { describeFailure, EXIT } from './failure';
import { NotIntactError } from '../platform/errors';

export type DatabaseCommand = 'migrate' | 'seed-demo' | 'admin' | 'audit' | 'backup' | 'restore';

/** Runs one command, setting process.exitCode; `fail` prints one line and exits (bad arguments, unknown user). */
export async function runDatabaseCommand(
  cmd: DatabaseCommand,
  sub: string | undefined,
  rest: string[],
  config: Config,
  fail: (message: string, code?: number) => never,
  usage: string,
): Promise<void> {
  const open = (opts: { bootstrap?: boolean } = {}) => openPlatform(config, modules, { ...opts, adopt: true });
  switch (cmd) {
    case 'migrate': {
      const p = await open();
      console.log('数据库已是最新结构');
      return p.close();
    }
    case 'seed-demo': {
      const p = await open();
      const r = await seedDemo(p.services);
      // --json: the result for `fazhi start`, which seeds a fresh database through this command (cli/start.ts)
      if (sub === '--json') console.log(JSON.stringify(r));
      else
        console.log(
          r
            ? `已载入示范区演示数据，演示账号：${r.users.map((u) => u.username).join('、')}${r.generated ? `，密码：${r.password}（仅显示一次）` : '，密码为 FAZHI_DEMO_PASSWORD'}`
            : '示范区演示数据已存在，跳过',
        );
      return p.close();
    }
    case 'admin': {
      if (sub !== 'reset-password') fail(usage);
      const i = rest.indexOf('--username');
      const username = i >= 0 ? rest[i + 1] : 'admin';
      if (!username) fail('--username 后须写用户名');
      const p = await open();
      await ensureAdmin(p.services);
      const user = await p.services.db
        .selectFrom('users')
        .select(['id', 'home_region_code'])
        .where(sql`lower(username)`, '=', username.toLowerCase())
        .executeTakeFirst();
      if (!user) {
        await p.close();
        fail(`用户 ${username} 不存在`, EXIT.couldNotRun);
      }
      const password = generatePassword();
      const passwordHash = await hashPassword(password);
      await inWriteTransaction(p.services, { actor: null, ip: 'cli' }, async (w) => {
        await w.tx
          .updateTable('users')
          .set({ password_hash: passwordHash, must_change_password: true, failed_attempts: 0, locked_until: null })
          .where('id', '=', user.id)
          .execute();
        await w.tx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
        await w.audit({
          regionCode: user.home_region_code,
          action: 'user.password_reset',
          subjectType: 'user',
          subjectId: user.id,
          summary: `通过命令行重置 ${username} 的密码`,
        });
      });
      console.log(`已重置 ${username} 的密码，临时密码：${password}（仅显示一次，首次登录须修改）`);
      return p.close();
    }
    case 'audit': {
      if (sub !== 'verify' && sub !== 'rekey') fail(usage);
      const p = await open();
      process.exitCode = await (sub === 'verify' ? runAuditVerify(p) : runAuditRekey(p)).finally(() => p.close());
      return;
    }
    case 'backup':
    case 'restore': {
      if (!sub) fail(`用法：fazhi ${cmd} <文件>`);
      // A restore goes into an empty database: the shipped reference data comes from the backup itself.
      const p = await open({ bootstrap: cmd === 'backup' });
      const anchor = { key: p.services.auditKey, dataDir: config.dataDir };
      try {
        if (cmd === 'restore') {
          // restore commits only a database whose audit chain verifies
          const r = await restore(p.services.db, sub, anchor);
          console.log(
            `已恢复 ${r.tables} 张表 ${r.rows} 行；审计日志完整（${r.events} 个事件）` +
              {
                written: '，与备份携带的检查点一致，已写入数据目录',
                'kept-existing': '，与备份携带的检查点一致；数据目录已有检查点，未覆盖',
                none: '；备份未携带检查点',
              }[r.checkpoint],
          );
        } else {
          const r = await backup(p.services.db, sub, anchor);
          console.log(`已备份 ${r.tables} 张表 ${r.rows} 行到 ${sub}`);
        }
      } catch (e) {
        console.error(`${cmd === 'backup' ? '备份' : '恢复'}失败：${describeFailure(e)}`);
        process.exitCode = e instanceof NotIntactError ? EXIT.notIntact : EXIT.couldNotRun;
      } finally {
        await p.close();
      }
      return;
    }
  }
}
