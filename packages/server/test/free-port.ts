import { createServer } from 'node:net';

/** A TCP port on loopback that nothing listens on right now (for a PostgreSQL or server a test starts itself). */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}
