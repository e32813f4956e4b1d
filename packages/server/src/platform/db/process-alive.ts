/** Whether a process of this id runs: signal 0 checks without sending anything; EPERM means it runs under another
 * user (the embedded PostgreSQL run as `postgres` by a root process, a shard's chromium profile of another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
