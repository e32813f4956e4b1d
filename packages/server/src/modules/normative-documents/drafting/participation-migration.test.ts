// The migration that moves normative documents' consultations, comments and legality reviews onto the shared tables
// (migrations/202612090151_normative_participation_shared.sql), tested on data: a fresh database migrated up to the
// migration before it, rows written in the old shape, then the migration — and every field arrives where the shared
// mechanism and the module read it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { createDb } from '../../../platform/db/connection';
import { collectMigrations, migrate } from '../../../platform/db/migrate';
import type { Db } from '../../../platform/db/connection';
import { createRegistry } from '../../../platform/modules/registry';
import { modules } from '../..';
import { documentReviews } from './queries/document-reviews';
import { recordFileCpuAtExit } from '../../../../test/file-cpu';

// this file builds its own database without the helpers, so it records its CPU for the harness itself
recordFileCpuAtExit();

const MIGRATION = '202612090151_normative_participation_shared';
const adminUrl = process.env.FAZHI_TEST_ADMIN_URL ?? '';
const dbName = `fazhi_m_${randomBytes(5).toString('hex')}`;
let db: Db;

const region = '159951';
const unit = randomUUID();
const bureau = randomUUID();
const clerk = randomUUID();
const reviewer = randomUUID();
const doc = randomUUID();
const article = randomUUID();
const consultation = randomUUID();
const comment = randomUUID();
const rejected = randomUUID();
const round1 = randomUUID();
const round2 = randomUUID();
const fair = randomUUID();
const precheck = { findings: [{ category: 'licence', severity: 'high', clause: '第三条' }] };
const reviewedText = [{ heading: '第一条', body: '为了规范管理，制定本办法。' }];
const checklist = [{ item: 'reduces_rights_adds_duties', finding: 'problem', note: '第三条增设义务' }];

before(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName} ENCODING 'UTF8'`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  db = createDb(url.toString(), 2).db;
  // every migration before this one, from a folder of their own (the runner applies a folder's files in name order)
  const earlier = mkdtempSync(join(tmpdir(), 'fazhi-migrations-'));
  for (const f of collectMigrations(createRegistry(modules).migrationDirs))
    if (f.id < MIGRATION) copyFileSync(f.path, join(earlier, basename(f.path)));
  await migrate(db, [earlier]);
  await seedOldShape();
  await migrate(db, createRegistry(modules).migrationDirs);
});

after(async () => {
  await db?.destroy();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
});

/** A document with a closed consultation (one comment answered, one rejected), two legality rounds — the first
 * 修改后通过 with the drafting unit's revision, the second pending — and a fair-competition review, in the old tables. */
async function seedOldShape() {
  await sql`INSERT INTO regions (code, name, level, path) VALUES (${region}, '迁移测试县', 'county', ${region})`.execute(
    db,
  );
  await sql`INSERT INTO orgs (id, region_code, name, kind, path) VALUES
    (${unit}, ${region}, '迁移测试局', 'department', ${'m.' + unit}),
    (${bureau}, ${region}, '迁移测试司法局', 'justice_bureau', ${'m.' + bureau})`.execute(db);
  await sql`INSERT INTO users (id, username, display_name, password_hash) VALUES
    (${clerk}, ${'m-clerk-' + clerk}, '起草人', 'x'), (${reviewer}, ${'m-rev-' + reviewer}, '审核人', 'x')`.execute(db);
  await sql`INSERT INTO normative_documents (region_code, id, drafting_org_id, issuer_org_id, title, kind,
      affects_rights, affects_market, status, is_demo)
    VALUES (${region}, ${doc}, ${unit}, ${unit}, '迁移测试管理办法', 'ordinary', true, true, 'legality_review', true)`.execute(
    db,
  );
  await sql`INSERT INTO normative_articles (region_code, id, document_id, seq, heading, body)
    VALUES (${region}, ${article}, ${doc}, 1, '第一条', '为了规范管理，制定本办法。')`.execute(db);
  await sql`INSERT INTO normative_consultations (region_code, id, document_id, opens_on, closes_on, shortened_reason,
      status, closed_on, opened_by, created_at)
    VALUES (${region}, ${consultation}, ${doc}, '2026-03-02', '2026-03-20', '防汛紧急', 'closed', '2026-03-21', ${clerk},
      '2026-03-02T09:00:00+08:00')`.execute(db);
  await sql`INSERT INTO normative_comments (region_code, id, consultation_id, document_id, article_id, body,
      commenter_name, contact_enc, ip_hash, moderation_status, moderation_note, moderated_by, moderated_at, answer,
      answer_reason, answered_by, answered_at, is_demo, submitted_at)
    VALUES
      (${region}, ${comment}, ${consultation}, ${doc}, ${article}, '建议明确适用范围。', '示范·市民', 'enc:contact',
        'hash-1', 'approved', '有效', ${clerk}, '2026-03-05T10:00:00+08:00', 'partly_adopted', '已部分吸收', ${clerk},
        '2026-03-22T10:00:00+08:00', true, '2026-03-04T10:00:00+08:00'),
      (${region}, ${rejected}, ${consultation}, ${doc}, NULL, '广告', NULL, NULL, 'hash-2', 'rejected', '与征求意见无关',
        ${clerk}, '2026-03-06T10:00:00+08:00', NULL, NULL, NULL, NULL, false, '2026-03-05T11:00:00+08:00')`.execute(db);
  await sql`INSERT INTO normative_reviews (region_code, id, document_id, kind, round, submitted_on, submitted_by,
      reviewer_org_id, checklist, precheck, opinion, result, early_reason, concluded_on, reviewed_by,
      revision_statement, revised_on, revised_by, reviewed_text)
    VALUES
      (${region}, ${round1}, ${doc}, 'legality', 1, '2026-03-25', ${clerk}, ${bureau}, ${JSON.stringify(checklist)},
        ${JSON.stringify(precheck)}, '修改后通过', 'passed_with_changes', '防汛紧急', '2026-03-27', ${reviewer},
        '已采纳审核意见修改第三条', '2026-03-30', ${clerk}, ${JSON.stringify(reviewedText)}),
      (${region}, ${round2}, ${doc}, 'legality', 2, '2026-04-01', ${clerk}, ${bureau}, '[]', NULL, NULL, NULL, NULL,
        NULL, NULL, NULL, NULL, NULL, NULL),
      (${region}, ${fair}, ${doc}, 'fair_competition', 1, '2026-03-10', ${clerk}, ${unit}, '[]', NULL,
        '未发现排除、限制竞争的内容', 'passed', NULL, '2026-03-10', ${clerk}, NULL, NULL, NULL, NULL)`.execute(db);
}

describe(`migration ${MIGRATION}`, () => {
  test('the consultation arrives on the shared table with its period, reason, closing and author', async () => {
    const c = await db.selectFrom('consultations').selectAll().where('id', '=', consultation).executeTakeFirstOrThrow();
    assert.deepEqual(
      { ...c, created_at: c.created_at.toISOString() },
      {
        region_code: region,
        id: consultation,
        subject_type: 'normative_document',
        subject_id: doc,
        org_id: unit,
        opens_on: '2026-03-02',
        closes_on: '2026-03-20',
        shortened_reason: '防汛紧急',
        status: 'closed',
        closed_on: '2026-03-21',
        opened_by: clerk,
        created_at: '2026-03-02T01:00:00.000Z',
      },
    );
  });

  test('the comments keep their text, author, contact, moderation and answer', async () => {
    const rows = await db
      .selectFrom('consultation_comments')
      .selectAll()
      .where('consultation_id', '=', consultation)
      .orderBy('submitted_at')
      .execute();
    assert.deepEqual(
      rows.map((r) => ({
        ...r,
        moderated_at: r.moderated_at?.toISOString() ?? null,
        answered_at: r.answered_at?.toISOString() ?? null,
        submitted_at: r.submitted_at.toISOString(),
      })),
      [
        {
          region_code: region,
          id: comment,
          consultation_id: consultation,
          article_id: article,
          body: '建议明确适用范围。',
          commenter_name: '示范·市民',
          contact_enc: 'enc:contact',
          ip_hash: 'hash-1',
          moderation_status: 'approved',
          moderation_note: '有效',
          moderated_by: clerk,
          moderated_at: '2026-03-05T02:00:00.000Z',
          answer: 'partly_adopted',
          answer_reason: '已部分吸收',
          answered_by: clerk,
          answered_at: '2026-03-22T02:00:00.000Z',
          is_demo: true,
          submitted_at: '2026-03-04T02:00:00.000Z',
        },
        {
          region_code: region,
          id: rejected,
          consultation_id: consultation,
          article_id: null,
          body: '广告',
          commenter_name: null,
          contact_enc: null,
          ip_hash: 'hash-2',
          moderation_status: 'rejected',
          moderation_note: '与征求意见无关',
          moderated_by: clerk,
          moderated_at: '2026-03-06T02:00:00.000Z',
          answer: null,
          answer_reason: null,
          answered_by: null,
          answered_at: null,
          is_demo: false,
          submitted_at: '2026-03-05T03:00:00.000Z',
        },
      ],
    );
  });

  test('the legality rounds keep their opinion, checklist and dates; pre-check and text become the package', async () => {
    const rows = await db
      .selectFrom('legality_reviews')
      .select([
        'id',
        'subject_type',
        'subject_id',
        'org_id',
        'round',
        'submitted_on',
        'submitted_by',
        'reviewer_org_id',
        'package',
        'checklist',
        'counsel',
        'opinion',
        'result',
        'early_reason',
        'late',
        'concluded_on',
        'reviewed_by',
      ])
      .where('subject_id', '=', doc)
      .orderBy('round')
      .execute();
    const base = { subject_type: 'normative_document', subject_id: doc, org_id: unit, submitted_by: clerk };
    assert.deepEqual(rows, [
      {
        ...base,
        id: round1,
        round: 1,
        submitted_on: '2026-03-25',
        reviewer_org_id: bureau,
        package: { precheck, reviewedText },
        checklist,
        counsel: [],
        opinion: '修改后通过',
        result: 'passed_with_changes',
        early_reason: '防汛紧急',
        late: null,
        concluded_on: '2026-03-27',
        reviewed_by: reviewer,
      },
      {
        ...base,
        id: round2,
        round: 2,
        submitted_on: '2026-04-01',
        reviewer_org_id: bureau,
        package: {},
        checklist: [],
        counsel: [],
        opinion: null,
        result: null,
        early_reason: null,
        late: null,
        concluded_on: null,
        reviewed_by: null,
      },
    ]);
  });

  test("the revision and the fair-competition review stay the module's own; the document's record reads them all", async () => {
    const revision = await db
      .selectFrom('normative_review_revisions')
      .select(['review_id', 'document_id', 'statement', 'revised_on', 'revised_by'])
      .execute();
    assert.deepEqual(revision, [
      {
        review_id: round1,
        document_id: doc,
        statement: '已采纳审核意见修改第三条',
        revised_on: '2026-03-30',
        revised_by: clerk,
      },
    ]);
    const reviews = await documentReviews(db, region, doc);
    assert.deepEqual(
      reviews.map((r) => [r.id, r.kind, r.round, r.result, r.revision_statement, r.reviewed_text]),
      [
        [fair, 'fair_competition', 1, 'passed', null, null],
        [round1, 'legality', 1, 'passed_with_changes', '已采纳审核意见修改第三条', reviewedText],
        [round2, 'legality', 2, null, null, null],
      ],
    );
    assert.deepEqual(reviews[1]?.precheck, precheck);
  });

  test('the old tables are gone', async () => {
    const left = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_tables
      WHERE tablename IN ('normative_consultations', 'normative_comments', 'normative_reviews')`.execute(db);
    assert.equal(Number(left.rows[0]?.n), 0);
  });
});
