// The figures are sums of pre-aggregated counts (platform/db/statistic-counts.ts), the records pages count the
// records themselves from each figure's source (statistics.test.ts reads them through the API): after every change — each step of the procedure through the commands, an expiry, a cleanup,
// and changes written by hand past the commands — every figure still equals its records, for periods ending on
// each day a state changes, for the region and for a unit.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { addDays as daysFrom, statisticDefinitions } from '@fazhi/core/normative-documents';
import { createTestEnv, orgId, type TestEnv } from '../../../../test/helpers';
import { emptyNormativeRegister } from '../test/statistics-fixtures';
import { loadActor, type Actor } from '../../../platform/access/actor';
import { normativeStatistics, resolve } from './queries/statistics';
import { figureSource } from './queries/statistics-sources';
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
let reviewer: Actor;
let legal: Actor;
const clock = pinnedClock('2026-08-14');
const ago = (n: number) => daysFrom(clock.today(), -n);
// the whole timeline, a period in its middle, and one ending the day after an expiry
const periods = [
  { from: ago(200), to: ago(0) },
  { from: ago(120), to: ago(60) },
  { from: ago(30), to: ago(9) },
];

/** Every figure's records counted from its source (the records page's count), in one statement. */
async function recordCounts(actor: Actor, period: { from: string; to: string }) {
  const { ctx } = await resolve(env.services, actor, period);
  const counts = sql.join(
    statisticDefinitions.map(
      (d) => sql`SELECT ${d.key}::text AS key, count(*) AS n, count(*) FILTER (WHERE x.in_numerator) AS k
        FROM (${figureSource(d.key, ctx)}) x`,
    ),
    sql` UNION ALL `,
  );
  const { rows } = await sql<{ key: string; n: string; k: string }>`${counts}`.execute(env.services.db);
  return Object.fromEntries(rows.map((r) => [r.key, [Number(r.n), Number(r.k)]]));
}

/** Every figure equals its records, for every period, as the justice bureau and as the unit's legal officer. */
async function agree(step: string) {
  for (const p of periods)
    for (const actor of [reviewer, legal]) {
      const stats = await normativeStatistics(env.services, actor, p);
      const figures = Object.fromEntries(
        stats.figures.map((f) => [f.key, 'denominator' in f ? [f.denominator, f.numerator] : [f.value, f.value]]),
      );
      const records = await recordCounts(actor, p);
      for (const f of stats.figures)
        if (f.unit !== '%') (records[f.key] as number[])[1] = (records[f.key] as number[])[0] as number;
      assert.deepEqual(figures, records, `after ${step}, ${p.from}–${p.to}, ${actor.username}`);
    }
}

const value = async (actor: Actor, key: string, period: { from: string; to: string }) =>
  Number((await normativeStatistics(env.services, actor, period)).figures.find((f) => f.key === key)?.value);

const marked = async () =>
  Number(
    (
      await sql<{ n: string }>`SELECT count(*) AS n FROM statistic_dirty
        WHERE subject_type = 'normative_document'`.execute(env.services.db)
    ).rows[0]?.n,
  );

before(async () => {
  // the demo's normative register is emptied below: its units and people are all the test needs
  env = await createTestEnv({ clock, demoDay: 'run' });
  await emptyNormativeRegister(env);
  const actorOf = async (username: string) => {
    const u = await env.services.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    const actor = await loadActor(env.services.db, u.id, null, null);
    assert.ok(actor);
    return actor;
  };
  reviewer = await actorOf('demo.reviewer');
  legal = await actorOf('demo.legal');
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
    assert.equal(await value(reviewer, 'lapsed', { from: ago(30), to: ago(9) }), 1, 'lapsed from the next day');
    assert.equal(await value(reviewer, 'lapsed', { from: ago(30), to: ago(10) }), 0);
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
    const whole = periods[0] as { from: string; to: string };
    const before = await value(legal, 'drafted', whole);
    await db
      .updateTable('normative_documents')
      .set({ drafting_org_id: other })
      .where('id', '=', ids.c as string)
      .execute();
    assert.equal(await value(legal, 'drafted', whole), before - 1, "the unit's officer no longer counts it");
    await agree('a document moved to another unit');
    await sql`UPDATE normative_status_history SET acted_on = acted_on - 45
      WHERE document_id = ${ids.b}::uuid AND act = 'draft'`.execute(db);
    await agree('a drafting day corrected by hand');
    await emptyNormativeRegister(env);
    await agree('every record deleted');
    assert.equal(await value(reviewer, 'valid', whole), 0);
    assert.equal(await value(reviewer, 'drafted', whole), 0);
    const left = await sql<{ n: string }>`SELECT count(*) AS n FROM statistic_days
      WHERE subject_type = 'normative_document' AND n <> 0`.execute(db);
    assert.equal(Number(left.rows[0]?.n), 0, 'no count is left behind');
  });
});
