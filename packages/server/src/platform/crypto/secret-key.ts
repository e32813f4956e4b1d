// The field-encryption key: FAZHI_SECRET_KEY (64 hex characters) or a key file created on first start with 0600
// permissions. Losing it makes encrypted identifiers unreadable, so backups must keep it (docs/operations.md).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadSecretKey(dataDir: string, fromEnv: string | undefined): Buffer {
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64}$/.test(fromEnv)) throw new Error('FAZHI_SECRET_KEY 必须是 64 位十六进制字符（32 字节）');
    return Buffer.from(fromEnv, 'hex');
  }
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}
