// The audit key: every event's hash is an HMAC-SM3 under a key kept outside the database (FAZHI_AUDIT_KEY or
// <data dir>/audit.key), so someone who can write the database but not read the key cannot recompute a chain. The
// key id (a digest of the key, not the key) is stored with each event and in checkpoints and backups, so a check
// can say which key sealed what without revealing it.
import { createHmac } from 'node:crypto';
import { loadKey } from '../crypto/secret-key';

export interface AuditKey {
  /** 16 hex characters derived from the key; safe to show and store */
  id: string;
  key: Buffer;
}

export function auditKeyOf(key: Buffer): AuditKey {
  return { id: createHmac('sm3', key).update('fazhi audit key id').digest('hex').slice(0, 16), key };
}

export function loadAuditKey(dataDir: string, fromEnv: string | undefined): AuditKey {
  return auditKeyOf(loadKey(dataDir, 'audit.key', 'FAZHI_AUDIT_KEY', fromEnv));
}

export function hmacSm3(key: AuditKey, text: string): string {
  return createHmac('sm3', key.key).update(text).digest('hex');
}
