// What a request, a command, a job or the CLI gets to work with: one object, created once at start.
import type { Config } from './config';
import type { Db } from './db/connection';
import type { Registry } from './modules/registry';
import type { FieldCipher } from './crypto/sm';
import type { Clock } from './clock';
import type { AuditKey } from './audit/key';

export interface Services {
  config: Config;
  db: Db;
  registry: Registry;
  cipher: FieldCipher;
  /** today and now in 北京时间; pinned by FAZHI_NOW (platform/clock.ts) */
  clock: Clock;
  /** seals the audit chain (HMAC-SM3); kept outside the database (platform/audit/key.ts) */
  auditKey: AuditKey;
}
