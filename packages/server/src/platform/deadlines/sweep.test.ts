// The warning sweep: yellow N working days before the due date, orange on it, red after; idempotent, and one
// notification per level change for the responsible people.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestEnv,
  useNationalPeriods,
  withoutSeedDeadlines,
  orgId,
  userId,
  type TestEnv,
} from '../../../test/helpers';
import { inWriteTransaction } from '../write';
import { closeDeadline, setDeadline } from './service';
import { sweepDeadlineWarnings } from './sweep';

let env: TestEnv;
let amr: string;
const sys = { actor: null, ip: null };
const region = '159901';

before(async () => {
  env = await createTestEnv();
  await useNationalPeriods(env);
  await withoutSeedDeadlines(env);
  amr = await orgId(env, '示范区市场监督管理局');
});
after(() => env.close());

async function setFiling(subjectId: string, from: string, responsibleUserId: string | null = null) {
  return inWriteTransaction(env.services, sys, (w) =>
    setDeadline(w, {
      regionCode: region,
      subjectType: 'test_record',
      subjectId,
      kind: 'filing',
      label: '报送备案',
      subjectTitle: `测试记录${subjectId}`,
      ruleId: 'normative.filing',
      from,
      responsibleOrgId: amr,
      responsibleUserId,
    }),
  );
}

/** The level the sweep last notified (the stored column; what users see is derived, see levels.ts). */
const levelOf = async (subjectId: string) =>
  (
    await env.services.db
      .selectFrom('deadlines')
      .select('warning_level')
      .where('region_code', '=', region)
      .where('subject_type', '=', 'test_record')
      .where('subject_id', '=', subjectId)
      .executeTakeFirst()
  )?.warning_level;

const notificationsOf = (subjectId: string) =>
  env.services.db
    .selectFrom('notifications')
    .select(['user_id', 'title', 'dedupe_key'])
    .where('subject_id', '=', subjectId)
    .where('kind', '=', 'deadline.warning')
    .execute();

describe('deadline warning sweep', () => {
  test('sets yellow 3 working days before, orange on the due day, red after, and a second run changes nothing', async () => {
    // 2026-11-10 + 15 days = 2026-11-25 (Wednesday).
    const d = await setFiling('s-1', '2026-11-10');
    assert.equal(d.due, '2026-11-25');
    await sweepDeadlineWarnings(env.services, '2026-11-19');
    assert.equal(await levelOf('s-1'), 'none');

    // 2026-11-20 (Fri): 11-23, 11-24, 11-25 are the 3 working days left.
    const first = await sweepDeadlineWarnings(env.services, '2026-11-20');
    assert.equal(await levelOf('s-1'), 'yellow');
    assert.ok(first.raised >= 1);
    const yellow = await notificationsOf('s-1');
    // No responsible user: the people of the 市场监督管理局 (法制员, 执法人员, 局长) are told, once each.
    assert.equal(yellow.length, 3);
    assert.match(yellow[0]?.title ?? '', /黄色预警/);

    const again = await sweepDeadlineWarnings(env.services, '2026-11-20');
    assert.equal(again.raised, 0);
    assert.equal(again.notified, 0);
    assert.equal((await notificationsOf('s-1')).length, 3);

    await sweepDeadlineWarnings(env.services, '2026-11-25');
    assert.equal(await levelOf('s-1'), 'orange');
    await sweepDeadlineWarnings(env.services, '2026-11-26');
    assert.equal(await levelOf('s-1'), 'red');
    await sweepDeadlineWarnings(env.services, '2026-11-26');
    const all = await notificationsOf('s-1');
    assert.equal(all.length, 9);
    assert.equal(new Set(all.map((n) => `${n.user_id} ${n.dedupe_key}`)).size, 9);
    assert.equal(new Set(all.map((n) => n.dedupe_key)).size, 3);
    const audits = await env.services.db
      .selectFrom('audit_events')
      .select('changes')
      .where('subject_id', '=', 's-1')
      .where('action', '=', 'deadline.warning_raised')
      // in the chain's order: without it PostgreSQL may return the rows in any order
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audits.map((a) => a.changes.to),
      ['yellow', 'orange', 'red'],
    );
  });

  test('levels only go up: an earlier date does not lower a warning', async () => {
    await setFiling('s-2', '2026-11-10');
    await sweepDeadlineWarnings(env.services, '2026-11-25');
    assert.equal(await levelOf('s-2'), 'orange');
    await sweepDeadlineWarnings(env.services, '2026-11-20');
    assert.equal(await levelOf('s-2'), 'orange');
  });

  test('a region sets its own yellow threshold (region_settings deadline.warning.yellow-working-days)', async () => {
    await env.services.db
      .insertInto('region_settings')
      .values({ region_code: '159900', key: 'deadline.warning.yellow-working-days', value: '5', source: '测试' })
      .execute();
    await setFiling('s-3', '2026-11-10');
    // 2026-11-18 (Wed): 11-19, 20, 23, 24, 25 = 5 working days left; the setting is inherited from the city.
    await sweepDeadlineWarnings(env.services, '2026-11-18');
    assert.equal(await levelOf('s-3'), 'yellow');
    await env.services.db
      .deleteFrom('region_settings')
      .where('key', '=', 'deadline.warning.yellow-working-days')
      .execute();
  });

  test('a deadline with a responsible user notifies that user only; closed deadlines are left alone', async () => {
    const officer = await userId(env, 'demo.officer');
    await setFiling('s-4', '2026-11-10', officer);
    await setFiling('s-5', '2026-11-10');
    await inWriteTransaction(env.services, sys, (w) =>
      closeDeadline(
        w,
        { regionCode: region, subjectType: 'test_record', subjectId: 's-5', kind: 'filing' },
        '2026-11-12',
      ),
    );
    await sweepDeadlineWarnings(env.services, '2026-11-26');
    const notes = await notificationsOf('s-4');
    assert.deepEqual(
      notes.map((n) => n.user_id),
      [officer],
    );
    assert.equal(await levelOf('s-5'), 'none');
  });

  test('two sweeps running at the same time notify once', async () => {
    await setFiling('s-6', '2026-11-10');
    await Promise.all([
      sweepDeadlineWarnings(env.services, '2026-11-27'),
      sweepDeadlineWarnings(env.services, '2026-11-27'),
    ]);
    assert.equal(await levelOf('s-6'), 'red');
    assert.equal((await notificationsOf('s-6')).length, 3);
  });

  test('works through more deadlines than one batch', async () => {
    for (let i = 0; i < 7; i++) await setFiling(`b-${i}`, '2026-11-10');
    const r = await sweepDeadlineWarnings(env.services, '2026-11-30', 3);
    assert.ok(r.examined >= 7);
    for (let i = 0; i < 7; i++) assert.equal(await levelOf(`b-${i}`), 'red');
  });
});
