// The figures are sums of pre-aggregated counts (platform/db/statistic-counts.ts), the records pages read the
// records themselves: after every change — each step of the procedure through the commands, an expiry, a cleanup,
// and changes written by hand past the commands — every figure still equals its records, for periods ending on
// each day a state changes, for the region and for a unit.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { createTestEnv, orgId, signIn, type Session, type TestEnv } from '../../../../test/helpers';
import { assertTraceable, emptyNormativeRegister, statistics } from '../test/statistics-fixtures';
import { buildDocument, sys } from '../test/factory';
import { pinnedClock } from '../../../platform/clock';
import { inWriteTransaction } from '../../../platform/write';
import { submitFiling } from '../filing/commands/submit-filing';
import { recordFilingReview } from '../filing/commands/record-filing-review';
import { expireDocuments } from '../catalogue/jobs/expire-documents';
import { openCleanupCampaignOn } from '../cleanup/commands/open-cleanup-campaign';
import { recordCleanupDecisionOn } from '../cleanup/commands/record-cleanup-decision';
import { publishCleanupResults } from '../cleanup/commands/publish-cleanup-results';

let env: TestEnv;
let reviewer: Session;
let legal: Session;
const clock = pinnedClock('2026-08-14');
const ago = (n: number) => daysFrom(clock.today(), -n);
// the whole timeline, a period in its middle, and one ending the day after an expiry
const periods = [
  { from: ago(200), to: ago(0) },
  { from: ago(120), to: ago(60) },
  { from: ago(30), to: ago(9) },
];

/** Every figure equals its records, for every period, as the justice bureau and as the unit's legal officer. */
async function agree(step: string) {
  for (const p of periods)
    for (const s of [reviewer, legal]) {
      try {
        await assertTraceable(env, s, p);
      } catch (e) {
        throw new Error(`after ${step}, ${p.from}–${p.to}: ${(e as Error).message}`);
      }
    }
}

const marked = async () =>
  Number(
    (
      await sql<{ n: string }>`SELECT count(*) AS n FROM statistic_dirty
        WHERE subject_type = 'normative_document'`.execute(env.services.db)
    ).rows[0]?.n,
  );

before(async () => {
  env = await createTestEnv({ clock });
  await emptyNormativeRegister(env);
  reviewer = await signIn(env.app, 'demo.reviewer');
  legal = await signIn(env.app, 'demo.legal');
});
after(() => env.close());

describe('pre-aggregated counts and the records agree', () => {
  const ids: Record<string, string> = {};
  const build = (n: number, state: Parameters<typeof buildDocument>[1]['state'], title: string) =>
    buildDocument(env, { state, startDaysAgo: n, exemptConsultation: true, title, issuerOrg: '示范区人民政府' });

  test('each step of the procedure, through the commands', async () => {
    await agree('emptying the register');
    ids.a = await build(110, 'published', '计数测试甲办法');
    assert.ok((await marked()) > 0, 'the write marked its document');
    await agree('drafting to publication');
    assert.equal(await marked(), 0, 'the read folded every marked document');
    ids.b = await build(70, 'legality_review', '计数测试乙办法');
    await agree('a submission for the legality review');
    ids.c = await build(60, 'drafting', '计数测试丙办法');
    await agree('a draft');
    const due = (
      await env.services.db
        .selectFrom('deadlines')
        .select('due_on')
        .where('subject_id', '=', ids.a)
        .where('kind', '=', 'filing')
        .executeTakeFirstOrThrow()
    ).due_on.slice(0, 10);
    await submitFiling(env.services, sys, ids.a, due);
    await agree('a filing');
    await recordFilingReview(env.services, sys, ids.a, { outcome: 'accepted', reviewedOn: ago(70) });
    await agree('the filing review');
  });

  test('an expiry and a cleanup', async () => {
    ids.d = await build(50, 'published', '计数测试丁办法');
    await env.services.db
      .updateTable('normative_documents')
      .set({ expires_on: ago(10) })
      .where('id', '=', ids.d as string)
      .execute();
    await env.services.db
      .updateTable('normative_registrations')
      .set({ expires_on: ago(10) })
      .where('document_id', '=', ids.d as string)
      .execute();
    await expireDocuments(env.services);
    await agree('an expiry on the last day of validity');
    const { figure } = await statistics(env, reviewer, { from: ago(30), to: ago(9) });
    assert.equal(figure('lapsed').value, 1, 'lapsed from the day after the last day of validity');
    assert.equal((await statistics(env, reviewer, { from: ago(30), to: ago(10) })).figure('lapsed').value, 0);
    const s = env.services;
    const { id: campaign } = await inWriteTransaction(s, sys, (w) =>
      openCleanupCampaignOn(
        s,
        w,
        { title: '计数测试清理', kind: 'periodic', openedOn: ago(40) },
        { regionCode: '159901' },
      ),
    );
    await inWriteTransaction(s, sys, (w) =>
      recordCleanupDecisionOn(
        s,
        w,
        campaign,
        { documentId: ids.a as string, outcome: 'repeal', reason: '已过时' },
        ago(35),
      ),
    );
    await agree('a cleanup decision not yet published');
    await publishCleanupResults(s, sys, campaign, ago(30));
    await agree('the cleanup results published');
  });

  test('changes written past the commands: a unit changed, a day corrected, records deleted', async () => {
    const db = env.services.db;
    const other = await orgId(env, '示范区司法局');
    const before = (await statistics(env, legal, periods[0] as { from: string; to: string })).figure('drafted').value;
    await db
      .updateTable('normative_documents')
      .set({ drafting_org_id: other })
      .where('id', '=', ids.c as string)
      .execute();
    const afterMove = (await statistics(env, legal, periods[0] as { from: string; to: string })).figure('drafted');
    assert.equal(afterMove.value, (before ?? 0) - 1, "the unit's officer no longer counts the moved document");
    await agree('a document moved to another unit');
    await sql`UPDATE normative_status_history SET acted_on = acted_on - 45
      WHERE document_id = ${ids.b}::uuid AND act = 'draft'`.execute(db);
    await agree('a drafting day corrected by hand');
    await emptyNormativeRegister(env);
    await agree('every record deleted');
    const { figure } = await statistics(env, reviewer, periods[0] as { from: string; to: string });
    assert.equal(figure('valid').value, 0);
    assert.equal(figure('drafted').value, 0);
    const left = await sql<{ n: string }>`SELECT count(*) AS n FROM statistic_days
      WHERE subject_type = 'normative_document' AND n <> 0`.execute(db);
    assert.equal(Number(left.rows[0]?.n), 0, 'no count is left behind');
  });
});
