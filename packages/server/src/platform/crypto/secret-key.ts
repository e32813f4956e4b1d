// The keys kept outside the database: an environment variable (64 hex characters) or a key file in the data
// directory created on first start with 0600 permissions. The field-encryption key (FAZHI_SECRET_KEY, secret.key)
// makes encrypted identifiers readable; the audit key (FAZHI_AUDIT_KEY, audit.key) seals the audit chain. Losing
// either is described in docs/operations.md; neither is ever written to PostgreSQL.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadKey(dataDir: string, fileName: string, envName: string, fromEnv: string | undefined): Buffer {
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64}$/.test(fromEnv)) throw new Error(`${envName} 必须是 64 位十六进制字符（32 字节）`);
    return Buffer.from(fromEnv, 'hex');
  }
  const file = join(dataDir, fileName);
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8').trim();
    if (!/^[0-9a-fA-F]{64}$/.test(text)) throw new Error(`密钥文件 ${file} 已损坏：应为 64 位十六进制字符`);
    return Buffer.from(text, 'hex');
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

export function loadSecretKey(dataDir: string, fromEnv: string | undefined): Buffer {
  return loadKey(dataDir, 'secret.key', 'FAZHI_SECRET_KEY', fromEnv);
}
