// Configuration comes from the environment only; every knob has a safe default and none carries a secret.
import { resolve } from 'node:path';
import { defaultPasswordPolicy, type PasswordPolicy } from '@fazhi/core/access';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  embeddedPort: number;
  secretKey: string | undefined;
  /** FAZHI_AUDIT_KEY (64 hex characters); without it <data dir>/audit.key */
  auditKey: string | undefined;
  adminPassword: string | undefined;
  demoPassword: string | undefined;
  cookieSecure: boolean;
  passwordPolicy: PasswordPolicy;
  loginRateLimitPerMinute: number;
  /** public portal reads (catalogue, search, consultations, calendar rules) per client address per minute */
  publicReadRateLimitPerMinute: number;
  /** public tracking-number lookups per client address per hour */
  trackingLookupsPerHour: number;
  sessionMaxHours: number;
  jobs: boolean;
  /** seconds the word segmenter (jieba) may stay unused before the server lets its dictionary go; 0 keeps it */
  segmenterIdleSeconds: number;
  /** the region in whose name the public portal speaks; by default the first region that has a people's government */
  portalRegion: string | undefined;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`环境变量 ${name} 必须是非负整数，当前为「${raw}」`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.FAZHI_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPort: int(env, 'FAZHI_PG_PORT', 54329),
    secretKey: env.FAZHI_SECRET_KEY || undefined,
    auditKey: env.FAZHI_AUDIT_KEY || undefined,
    adminPassword: env.FAZHI_ADMIN_PASSWORD || undefined,
    demoPassword: env.FAZHI_DEMO_PASSWORD || undefined,
    cookieSecure: env.FAZHI_COOKIE_SECURE === '1' || env.FAZHI_COOKIE_SECURE === 'true',
    passwordPolicy: {
      minLength: int(env, 'FAZHI_PASSWORD_MIN_LENGTH', defaultPasswordPolicy.minLength),
      minClasses: int(env, 'FAZHI_PASSWORD_MIN_CLASSES', defaultPasswordPolicy.minClasses),
      maxFailedAttempts: int(env, 'FAZHI_LOCKOUT_ATTEMPTS', defaultPasswordPolicy.maxFailedAttempts),
      lockMinutes: int(env, 'FAZHI_LOCKOUT_MINUTES', defaultPasswordPolicy.lockMinutes),
      idleTimeoutMinutes: int(env, 'FAZHI_SESSION_IDLE_MINUTES', defaultPasswordPolicy.idleTimeoutMinutes),
    },
    loginRateLimitPerMinute: int(env, 'FAZHI_LOGIN_RATE_LIMIT', 20),
    publicReadRateLimitPerMinute: int(env, 'FAZHI_PUBLIC_READ_RATE_LIMIT', 1200),
    trackingLookupsPerHour: int(env, 'FAZHI_TRACKING_LOOKUP_LIMIT', 60),
    sessionMaxHours: int(env, 'FAZHI_SESSION_MAX_HOURS', 12),
    jobs: env.FAZHI_JOBS !== '0',
    segmenterIdleSeconds: int(env, 'FAZHI_SEGMENTER_IDLE_SECONDS', 60),
    portalRegion: env.FAZHI_PORTAL_REGION || undefined,
  };
}
