// What the `fazhi` command exits with, and the Chinese sentence it prints for any failure. A daily cron check must
// tell "the audit trail or backup is not intact" (1) from "the check could not run" (3): the first is a security
// incident, the second an operations problem (database down, data directory held, file unreadable).
export const EXIT = {
  ok: 0,
  /** the check ran and found the data not intact: a broken audit chain, a backup that fails its own verification */
  notIntact: 1,
  usage: 2,
  /** the command could not do its work: nothing was checked or changed */
  couldNotRun: 3,
} as const;

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** One Chinese sentence for anything that can end a command, including errors thrown with no message at all. */
export function describeFailure(e: unknown): string {
  const err = (e ?? {}) as { code?: unknown; message?: unknown; address?: unknown; port?: unknown };
  const message = typeof err.message === 'string' ? err.message : e === undefined ? '' : String(e);
  switch (err.code) {
    case 'ECONNREFUSED':
      return `无法连接数据库（${String(err.address ?? '')}:${String(err.port ?? '')} 拒绝连接）：请确认 PostgreSQL 已启动，或检查 DATABASE_URL`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `无法连接数据库：找不到数据库主机（${message}），请检查 DATABASE_URL`;
    case '28P01':
    case '28000':
      return '无法连接数据库：用户名或密码不正确，请检查 DATABASE_URL';
    case '3D000':
      return `无法连接数据库：数据库不存在（${message}）`;
    case '57P01':
    case '57P02':
    case '57P03':
      return '数据库连接被中断（数据库正在关闭或重启），请稍后重试';
  }
  if (!message) return '命令执行失败，且没有返回错误详情';
  return hasChinese(message) ? message : `命令执行失败：${message}`;
}
