// The `review` state written as rows (execution/test/published-decision.ts with the review desk's rows) reads as
// the one the commands build (portal/test/decision-at.ts): sent the same days, the two records answer the same to
// the decision's page (its status, review, deadlines with the calendar engine's explanation — all but the history
// of acts, which a fixture does not write), to the review desk's page, and to the review's result, whose gates
// read the record; after it, the two read alike again. If this fails, the rows are wrong, not this test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, orgId, signIn, type Session, type TestEnv } from '../../../../test/helpers';
import { publishedDecision } from '../execution/test/published-decision';
import { decisionAt } from '../portal/test/decision-at';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
const ids = {} as Record<'commands' | 'rows', string>;
const titles = { commands: '审查中决策（命令）', rows: '审查中决策（行）' };

before(async () => {
  env = await createTestEnv();
  [legal, reviewer] = [await signIn(env.app, 'demo.legal'), await signIn(env.app, 'demo.reviewer')];
  const s = env.services;
  const government = await orgId(env, '示范区人民政府');
  const market = await orgId(env, '示范区市场监督管理局');
  const at = { bodyOrgId: government, sponsorOrgId: market, consultationOpened: 75, reviewSent: 20 };
  ids.commands = await decisionAt(s, { actor: null, ip: null }, { ...at, title: titles.commands }, 'review');
  ids.rows = await publishedDecision(s, { ...at, regionCode: '159901', title: titles.rows, stage: 'review' });
});
after(async () => env?.close());

/** The answer with the record's title and every generated id (the record's, its deadlines') put out of the
 * comparison, and the history of acts left out. */
function alike(which: keyof typeof ids, body: string) {
  const text = body.replaceAll(ids[which], '<id>').replaceAll(titles[which], '<title>');
  const { acts: _acts, ...rest } = JSON.parse(text, (k, v: unknown) => (k === 'id' ? undefined : v)) as Record<
    string,
    unknown
  >;
  return rest;
}

const read = async (who: Session, path: (id: string) => string) => {
  const [a, b] = [await call(env.app, who, 'GET', path(ids.commands)), await call(env.app, who, 'GET', path(ids.rows))];
  assert.equal(a.statusCode, 200, a.body);
  assert.equal(b.statusCode, 200, b.body);
  return [alike('commands', a.body), alike('rows', b.body)];
};

test('sent for review: the decision’s page and the review desk’s page read alike', async () => {
  const [commands, rows] = await read(legal, (id) => `/api/decisions/${id}`);
  assert.equal(commands!.status, 'legality_review');
  assert.deepEqual(rows, commands);
  const [deskCommands, deskRows] = await read(reviewer, (id) => `/api/legality-reviews/major_decision/${id}`);
  assert.deepEqual(deskRows, deskCommands);
});

test('the review’s result: the gates answer alike, and so does the record after it', async () => {
  const payload = {
    checklist: ['authority', 'procedure', 'substance'].map((item) => ({ item, finding: 'ok' })),
    opinion: '审查意见',
    result: 'passed',
    counsel: [{ name: '测试律师', role: 'legal_adviser' }],
  };
  const answers = [];
  for (const which of ['commands', 'rows'] as const) {
    const res = await call(env.app, reviewer, 'POST', `/api/decisions/${ids[which]}/legality-review/result`, payload);
    assert.equal(res.statusCode, 200, res.body);
    answers.push(alike(which, res.body));
  }
  assert.deepEqual(answers[1], answers[0]);
  const [commands, rows] = await read(legal, (id) => `/api/decisions/${id}`);
  assert.equal(commands!.status, 'discussion', 'reviewed lawful, awaiting the meeting');
  assert.deepEqual(rows, commands);
});
