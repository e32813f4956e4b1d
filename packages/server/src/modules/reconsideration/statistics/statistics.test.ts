// 行政复议统计 through the API: cases built in the states a year's figures count — received, refused, accepted,
// decided with a correcting decision and with an upholding one that is published, mediated, settled — and each
// figure's change read
// from them: 受理率 over the reviews concluded, 纠错率 and 法定期限内结案率 over the concluded cases, 决定书公开率 over the
// decisions; a rate's records say which are in its numerator. Readers of no case are refused before anything is read.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReconsiderationStatisticRecords, ReconsiderationStatistics } from '@fazhi/core/contracts';
import { pinnedClock } from '../../../platform/clock';
import { call, createTestEnv, sessionOf, type Session, type TestEnv } from '../../../../test/helpers';
import { decideCase } from '../hearing/commands/decide-case';
import { mediateCase } from '../hearing/commands/mediate-case';
import { settleCase } from '../hearing/commands/settle-case';
import { publishDecision } from '../hearing/commands/publish-decision';
import { plus } from '../test/case-calls';
import { buildCase } from '../test/factory';

let env: TestEnv;
let reviewer: Session;
let period: string;
const sys = { actor: null, ip: null };

before(async () => {
  // a day already pinned elsewhere, away from long holidays (the factory dates cases back in calendar days)
  env = await createTestEnv({ clock: pinnedClock('2026-11-23') });
  reviewer = await sessionOf(env, 'demo.reviewer');
  const today = env.services.clock.today();
  period = `from=${plus(today, -40)}&to=${today}`;
});
after(async () => env?.close());

/** Each figure as [numerator, denominator] (a count as [n, n]), read from the answer's display. */
async function figures() {
  const res = await call(env.app, reviewer, 'GET', `/api/reconsideration-statistics?${period}`);
  assert.equal(res.statusCode, 200, res.body);
  return Object.fromEntries(
    (res.json() as ReconsiderationStatistics).figures.map((f) => {
      const rate = /（(\d+)\/(\d+)）/.exec(f.display);
      return [f.key, f.unit === '%' ? (rate ? [Number(rate[1]), Number(rate[2])] : [0, 0]) : [f.value, f.value]];
    }),
  ) as Record<string, [number, number]>;
}

test('each figure moves by the cases that count for it, a rate by its numerator and denominator', async () => {
  const s = env.services;
  const before = await figures();
  await buildCase(s, '159901', 'received', 901);
  await buildCase(s, '159901', 'not_accepted', 902);
  await buildCase(s, '159901', 'accepted', 903);
  const annulled = await buildCase(s, '159901', 'accepted', 904);
  const upheld = await buildCase(s, '159901', 'accepted', 905);
  const decide = (id: string, decisionType: 'annul' | 'uphold') =>
    decideCase(s, sys, id, {
      decisionType,
      decisionText: '行政复议决定书正文',
      writtenReviewReason: '申请人经通知拒绝陈述意见',
    });
  await decide(annulled, 'annul');
  await decide(upheld, 'uphold');
  await publishDecision(s, sys, upheld);
  // seed 001's indirect correction: a case mediated (第七十三条) and one withdrawn after a settlement (第七十四条)
  const mediated = await buildCase(s, '159901', 'accepted', 906);
  await mediateCase(s, sys, mediated, {
    mediationOutcome: 'agreed',
    mediationAgreement: '被申请人撤销原处罚决定，申请人不再主张赔偿',
    allPartiesSigned: true,
  });
  const settled = await buildCase(s, '159901', 'accepted', 907);
  await settleCase(s, sys, settled, { settlementText: '被申请人自行纠正，申请人撤回申请' });
  const now = await figures();
  const delta = (key: string) => [now[key]![0] - before[key]![0], now[key]![1] - before[key]![1]];
  assert.deepEqual(delta('received'), [7, 7]);
  assert.deepEqual(delta('acceptance_rate'), [5, 6]);
  assert.deepEqual(delta('concluded'), [4, 4]);
  assert.deepEqual(delta('correction_rate'), [3, 4]);
  assert.deepEqual(delta('on_time_rate'), [4, 4]);
  assert.deepEqual(delta('publication_rate'), [1, 2]);

  const records = await call(
    env.app,
    reviewer,
    'GET',
    `/api/reconsideration-statistics/records?figure=correction_rate&${period}&pageSize=200`,
  );
  const items = (records.json() as ReconsiderationStatisticRecords).items;
  assert.match(items.find((r) => r.recordId === annulled)!.note, /^【计入】/);
  assert.match(items.find((r) => r.recordId === upheld)!.note, /^【不计入】/);
  assert.match(items.find((r) => r.recordId === mediated)!.note, /^【计入】调解结案/);
  assert.match(items.find((r) => r.recordId === settled)!.note, /^【计入】和解后撤回/);
  assert.ok(items.every((r) => r.link.includes('/reconsideration-cases/')));
});

test('a unit’s legal officer, who reads no case, is refused; the export carries every figure', async () => {
  const legal = await sessionOf(env, 'demo.legal');
  const refused = await call(env.app, legal, 'GET', `/api/reconsideration-statistics?${period}`);
  assert.equal(refused.statusCode, 403);
  const file = await call(env.app, reviewer, 'GET', `/api/reconsideration-statistics/export.xlsx?${period}`);
  assert.equal(file.statusCode, 200);
  assert.match(String(file.headers['content-type']), /spreadsheetml/);
});
