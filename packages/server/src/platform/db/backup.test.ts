import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { createRegion } from '../../modules/organisations/commands/create-region';
import { NotIntactError } from '../errors';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { backup, restore, type BackupHeader } from './backup';
import { createDb } from './connection';
import { migrate } from './migrate';
import { verifyAuditChain } from '../audit/verify';
import { auditKeyOf } from '../audit/key';
import { checkpointFile, writeCheckpoint } from '../audit/checkpoint';
import { inBulkWriteTransaction, inWriteTransaction } from '../write';

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});
after(async () => {
  if (emptyTemplate) {
    const admin = new pg.Client({ connectionString: env.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${await emptyTemplate} WITH (FORCE)`);
    await admin.end();
  }
  await env.close();
});

const anchor = () => ({ key: env.services.auditKey, dataDir: env.services.config.dataDir });

async function counts(db: ReturnType<typeof createDb>['db']) {
  const out: Record<string, number> = {};
  for (const t of [
    'regions',
    'orgs',
    'users',
    'role_assignments',
    'audit_events',
    'audit_heads',
    'outbox_events',
    'login_log',
  ] as const) {
    const r = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

// The empty databases a restore goes into: the migrations run once, into a database the others are cloned from
// (CREATE DATABASE … TEMPLATE, milliseconds), where each ran all of them before — the first test below still
// migrates a database of its own, twice, since applying them is part of what it checks.
let emptyTemplate: Promise<string> | undefined;

async function migratedEmpty(admin: pg.Client): Promise<string> {
  const name = `${env.dbName}_empty`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(env.adminUrl);
  url.pathname = `/${name}`;
  const { db } = createDb(url.toString(), 1);
  await migrate(db, env.services.registry.migrationDirs);
  // a template takes no connections while it is cloned
  await db.destroy();
  return name;
}

/** An empty database at the current schema; `drop` removes it. */
async function emptyDatabase(suffix: string) {
  const admin = new pg.Client({ connectionString: env.adminUrl });
  await admin.connect();
  emptyTemplate ??= migratedEmpty(admin);
  const name = `${env.dbName}_${suffix}`;
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${await emptyTemplate}`);
  const url = new URL(env.adminUrl);
  url.pathname = `/${name}`;
  const { db } = createDb(url.toString(), 2);
  return {
    db,
    drop: async () => {
      await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const lines = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
const writeLines = (file: string, ls: string[]) => writeFileSync(file, gzipSync(ls.join('\n') + '\n'));

async function assertRefused(file: string, message: RegExp) {
  const target = await emptyDatabase(`x${Math.random().toString(36).slice(2, 8)}`);
  try {
    await assert.rejects(restore(target.db, file, anchor()), (e: Error) => {
      assert.ok(e instanceof NotIntactError, `${e.message} is a refusal of the backup`);
      assert.match(e.message, message);
      return true;
    });
    const left = await target.db.selectFrom('regions').select('code').execute();
    assert.equal(left.length, 0, 'nothing of a refused backup is committed');
  } finally {
    await target.drop();
  }
}

describe('backup and restore', () => {
  test('a backup restores into an empty database with every record and an intact audit chain', async () => {
    const file = join(env.services.config.dataDir, 'backup.fzbak');
    const b = await backup(env.services.db, file, anchor());
    assert.ok(b.rows > 50);
    const admin = new pg.Client({ connectionString: env.adminUrl });
    await admin.connect();
    const name = `${env.dbName}_r`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(env.adminUrl);
    url.pathname = `/${name}`;
    const { db } = createDb(url.toString(), 2);
    try {
      await migrate(db, env.services.registry.migrationDirs);
      assert.deepEqual(
        await migrate(db, env.services.registry.migrationDirs),
        [],
        'applying migrations twice is a no-op',
      );
      await restore(db, file, anchor());
      assert.deepEqual(await counts(db), await counts(env.services.db));
      const v = await verifyAuditChain(db, env.services.auditKey);
      assert.equal(v.ok, true, JSON.stringify(v.problems));
      await assert.rejects(restore(db, file, anchor()), /不为空/);
    } finally {
      await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  test('a backup taken during a burst of writes is the database at one instant: it restores with an intact chain', async () => {
    const file = join(env.services.config.dataDir, 'live.fzbak');
    let writing = true;
    let n = 0;
    const writer = async () => {
      while (writing) {
        const code = `1599${String(11 + Math.floor(n / 900)).padStart(2, '0')}${100 + (n++ % 900)}`;
        await createRegion(env.services, { actor: null, ip: null }, { code, name: `备份测试乡镇${n}` });
      }
    };
    const writers = [writer(), writer(), writer()];
    await new Promise((r) => setTimeout(r, 200));
    await backup(env.services.db, file, anchor());
    writing = false;
    await Promise.all(writers);
    assert.ok(n > 10, `writes went on during the backup (${n})`);
    const target = await emptyDatabase('live');
    try {
      const r = await restore(target.db, file, anchor());
      assert.ok(r.events > 0);
      const regions = await target.db.selectFrom('regions').select('code').where('name', 'like', '备份测试%').execute();
      const events = await target.db
        .selectFrom('audit_events')
        .select('subject_id')
        .where('action', '=', 'region.created')
        .where('summary', 'like', '%备份测试%')
        .execute();
      assert.equal(events.length, regions.length, 'every restored write has its audit event, and no event lacks it');
    } finally {
      await target.drop();
    }
  });

  describe('restore refuses a backup that is not complete and intact, committing nothing', () => {
    let file: string;
    let all: string[];
    before(async () => {
      // an import's events, a sub-chain sealed in the region's chain (platform/audit/batch.ts)
      await inBulkWriteTransaction(env.services, { actor: null, ip: null }, async (w) => {
        for (let i = 1; i <= 3; i++)
          await w.audit({
            regionCode: '159901',
            action: 'normative_document.imported',
            subjectType: 'normative_document',
            subjectId: null,
            summary: `作为存量文件导入（备份测试 ${i}）`,
          });
      });
      // the region's newest event an ordinary one again: the shortened-chain test below removes it
      await inWriteTransaction(env.services, { actor: null, ip: null }, (w) =>
        w.audit({
          regionCode: '159901',
          action: 'user.created',
          subjectType: 'user',
          subjectId: null,
          summary: '备份测试',
        }),
      );
      file = join(env.services.config.dataDir, 'whole.fzbak');
      await backup(env.services.db, file, anchor());
      all = lines(file);
    });

    test('the header names the format, the instant, the source and the tables; each table has a count and digest', () => {
      const header = JSON.parse(all[0] ?? '{}') as Record<string, unknown>;
      assert.equal(header.format, 'fazhi-backup');
      assert.equal(header.version, 2);
      assert.match(String(header.createdAt), /^\d{4}-\d\d-\d\dT/);
      assert.ok((header.source as { database: string }).database);
      assert.ok((header.tables as string[]).includes('users'));
      assert.ok(all.some((l) => l.startsWith('{"tableEnd":"users"')));
      assert.match(all[all.length - 1] ?? '', /^\{"end":true/);
    });

    test('cut at a line boundary: refused, naming the missing tables', async () => {
      const cut = all.findIndex((l) => l === '{"table":"regions"}');
      assert.ok(cut > 0);
      const truncated = join(env.services.config.dataDir, 'cut.fzbak');
      writeLines(truncated, all.slice(0, cut));
      await assertRefused(truncated, /不完整（文件被截断）.*缺少或不完整的表：.*regions.*users/);
    });

    test('without its end record only: refused', async () => {
      const noEnd = join(env.services.config.dataDir, 'noend.fzbak');
      writeLines(noEnd, all.slice(0, -1));
      await assertRefused(noEnd, /缺少结束记录/);
    });

    test('cut inside the compressed stream: refused', async () => {
      const raw = readFileSync(file);
      const cut = join(env.services.config.dataDir, 'gz.fzbak');
      writeFileSync(cut, raw.subarray(0, Math.floor(raw.length * 0.6)));
      await assertRefused(cut, /被截断|已损坏/);
    });

    test('a row changed after the backup: refused by the table digest', async () => {
      const i = all.findIndex((l) => l === '{"table":"users"}') + 1;
      const changed = [...all];
      changed[i] = (changed[i] ?? '').replace('"display_name":"', '"display_name":"改');
      assert.notEqual(changed[i], all[i]);
      const f = join(env.services.config.dataDir, 'changed.fzbak');
      writeLines(f, changed);
      await assertRefused(f, /users 的内容与备份时的摘要不符/);
    });

    test('an older format without counts and digests: refused', async () => {
      const old = join(env.services.config.dataDir, 'v1.fzbak');
      writeLines(old, [JSON.stringify({ format: 'fazhi-backup', version: 1, migrations: [] })]);
      await assertRefused(old, /版本 1 不受支持/);
    });

    /** The file with one row removed from the first batch of `table`, its count and digest written to match. */
    function withoutRow(table: string): string[] {
      const start = all.findIndex((l) => l === `{"table":"${table}"}`);
      const end = all.findIndex((l) => l.startsWith(`{"tableEnd":"${table}"`));
      assert.ok(end > start + 1, `the backup holds rows of ${table}`);
      const forged = [...all];
      const digest = createHash('sm3');
      let count = 0;
      for (let i = start + 1; i < end; i++) {
        const batch = JSON.parse(forged[i] ?? '{}') as { rows: unknown[] };
        if (i === start + 1) batch.rows.splice(1, 1);
        forged[i] = JSON.stringify(batch);
        digest.update(forged[i] + '\n');
        count += batch.rows.length;
      }
      forged[end] = JSON.stringify({ tableEnd: table, rows: count, sm3: digest.digest('hex') });
      const endRec = JSON.parse(forged[forged.length - 1] ?? '{}') as { rows: number };
      forged[forged.length - 1] = JSON.stringify({ ...endRec, rows: endRec.rows - 1 });
      return forged;
    }

    test('a consistent file whose audit chain does not verify (digests recomputed): refused', async () => {
      // an event removed from the middle of a chain, with the table's count and digest written to match
      const f = join(env.services.config.dataDir, 'forged.fzbak');
      writeLines(f, withoutRow('audit_events'));
      await assertRefused(f, /审计日志校验未通过.*已全部撤销/);
    });

    test('a consistent file without an event of an import’s sub-chain (digests recomputed): refused', async () => {
      const f = join(env.services.config.dataDir, 'forged-sub.fzbak');
      writeLines(f, withoutRow('audit_batch_events'));
      await assertRefused(f, /审计日志校验未通过.*批量写入子链.*已全部撤销/);
    });
  });
});

describe('the audit checkpoint travels with the backup', () => {
  test('the header names the key that sealed the chain (never the key) and carries the checkpoint; restore writes it back', async () => {
    const cp = await writeCheckpoint(env.services.db, env.services.config.dataDir, env.services.auditKey, new Date());
    const file = join(env.services.config.dataDir, 'anchored.fzbak');
    await backup(env.services.db, file, anchor());
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as BackupHeader;
    assert.equal(header.audit?.keyId, env.services.auditKey.id);
    assert.deepEqual(header.audit?.checkpoint, cp);
    assert.ok(!text.includes(env.services.auditKey.key.toString('hex')), 'the key itself is not in the backup');
    const target = await emptyDatabase('anchored');
    const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-restore-'));
    try {
      await assert.rejects(
        restore(target.db, file, { key: auditKeyOf(randomBytes(32)), dataDir }),
        /由审计密钥（标识 [0-9a-f]{16}）封存，当前审计密钥标识为/,
      );
      const r = await restore(target.db, file, { key: env.services.auditKey, dataDir });
      assert.equal(r.checkpoint, 'written');
      assert.deepEqual(JSON.parse(readFileSync(checkpointFile(dataDir), 'utf8')), cp);
    } finally {
      await target.drop();
    }
  });

  test('a backup whose chain was shortened after its checkpoint is refused, though its chain walks', async () => {
    // the database's newest event deleted and its head rewound after the checkpoint, then backed up
    await writeCheckpoint(env.services.db, env.services.config.dataDir, env.services.auditKey, new Date());
    const db = env.services.db;
    const head = await db
      .selectFrom('audit_heads')
      .selectAll()
      .where('region_code', '=', '159901')
      .executeTakeFirstOrThrow();
    const last = Number(head.seq);
    const prev = await db
      .selectFrom('audit_events')
      .select('hash')
      .where('region_code', '=', '159901')
      .where('seq', '=', String(last - 1))
      .executeTakeFirstOrThrow();
    await db.deleteFrom('audit_events').where('region_code', '=', '159901').where('seq', '=', String(last)).execute();
    await db
      .updateTable('audit_heads')
      .set({ seq: last - 1, hash: prev.hash })
      .where('region_code', '=', '159901')
      .execute();
    assert.equal((await verifyAuditChain(db, env.services.auditKey, '159901')).ok, true);
    const file = join(env.services.config.dataDir, 'shortened.fzbak');
    await backup(db, file, anchor());
    await assertRefused(file, new RegExp(`与备份携带的检查点不符（区划 159901 第 ${last} 号事件：.*已不存在`));
  });
});
