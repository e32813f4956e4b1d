// The filing deadline (备案) computed from the region's period — 15 days after publication by the national default
// (国发〔2008〕17号 (十四)), 5 days in the demo district only for documents in the name of the district government
// or its office (seed 000 (五)) — the onward filing with the upper government and the congress standing committee,
// and the warning: the daily sweep turns it yellow, orange on the due day and red once overdue, tells the drafting
// unit, and shows it on the workbench until the document is filed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, emptyInboxes, type Session, type TestEnv, sessionOf } from '../../../../test/helpers';
import { deadlinesOf, sweepDeadlineWarnings } from '../../../platform/deadlines';
import { SUBJECT } from '../support';
import { buildDocument } from '../test/factory';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let nationalDoc = '';

before(async () => {
  env = await createTestEnv();
  await emptyInboxes(env);
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
});
after(() => env.close());

async function publish(publishedOn: string, issuerOrg?: string) {
  const id = await buildDocument(env, { state: 'approved', startDaysAgo: 400, ...(issuerOrg ? { issuerOrg } : {}) });
  const res = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
    publishedOn,
    effectiveOn: publishedOn,
    effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
  });
  assert.equal(res.statusCode, 200, res.body);
  return { id, docNumber: res.json().document.docNumber as string };
}

const deadlineOf = async (id: string, kind: string) =>
  (await deadlinesOf(env.services.db, '159901', SUBJECT, id, env.services.clock.today())).find((d) => d.kind === kind);
const filingOf = (id: string) => deadlineOf(id, 'filing');

/** The level the sweep last raised and notified (the stored column; pages derive theirs from the due date). */
const notifiedLevel = async (id: string) =>
  (
    await env.services.db
      .selectFrom('deadlines')
      .select('warning_level')
      .where('subject_id', '=', id)
      .where('kind', '=', 'filing')
      .executeTakeFirst()
  )?.warning_level;

describe('备案期限 from the region period', () => {
  test("the district's 5 days apply to a document in the name of the district government, citing its own rule", async () => {
    // 2026-03-11 (Wednesday) + 5 calendar days = 2026-03-16 (Monday)
    const gov = await publish('2026-03-11', '示范区人民政府');
    const five = await filingOf(gov.id);
    assert.equal(five?.due, '2026-03-16');
    assert.equal(five?.ruleId, 'normative.filing-government-name');
    assert.equal(five?.basis, '《区落实法治建设试行意见》第（五）项');
    assert.ok(five?.explanation.some((l) => l.includes('按自然日')));
  });

  test("a department's own document keeps the general 15 days of 国发〔2008〕17号 (十四)", async () => {
    // 2026-03-02 (Monday) + 15 days = 2026-03-17 (Tuesday)
    nationalDoc = (await publish('2026-03-02')).id;
    const fifteen = await filingOf(nationalDoc);
    assert.equal(fifteen?.due, '2026-03-17');
    assert.equal(fifteen?.ruleId, 'normative.filing');
    assert.match(fifteen?.basis ?? '', /国发〔2008〕17号）第（十四）项/);
    assert.equal(fifteen?.status, 'open');
    assert.equal(await deadlineOf(nationalDoc, 'onward-filing'), undefined);
  });
});

describe('报上级备案期限', () => {
  test('a government document is due with the upper government and the congress 15 days after publication, on the bureau’s workbench, met once filed with both', async () => {
    // 2026-04-01 (Wednesday) + 15 days = 2026-04-16 (Thursday)
    const { id } = await publish('2026-04-01', '示范区人民政府');
    const onward = await deadlineOf(id, 'onward-filing');
    assert.equal(onward?.due, '2026-04-16');
    assert.equal(onward?.ruleId, 'normative.onward-filing');
    assert.match(onward?.basis ?? '', /国发〔2008〕17号）第（十四）项/);
    const bench = (await call(env.app, reviewer, 'GET', '/api/workbench')).json().todos as {
      subjectTitle: string;
      label: string;
    }[];
    assert.ok(bench.some((t) => t.subjectTitle === onward?.subjectTitle && t.label === onward.label));
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing`, { submittedOn: '2026-04-03' });
    const first = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/filing/forwarding`, {
      toGovernmentOn: '2026-04-10',
    });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal((await deadlineOf(id, 'onward-filing'))?.status, 'open');
    await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/filing/forwarding`, {
      toCongressOn: '2026-04-14',
    });
    assert.equal((await deadlineOf(id, 'onward-filing'))?.status, 'met');
  });
});

describe('备案期限预警', () => {
  test('the sweep warns yellow, then orange on the due day, then red once overdue, and the unit is told each time', async () => {
    assert.ok(nationalDoc, 'runs after the 15-day deadline was set');
    const id = nationalDoc;
    await sweepDeadlineWarnings(env.services, '2026-03-05');
    assert.equal(await notifiedLevel(id), 'none');
    // 2026-03-12 (Thursday): 03-13, 03-16 and 03-17 are the last 3 working days
    await sweepDeadlineWarnings(env.services, '2026-03-12');
    assert.equal(await notifiedLevel(id), 'yellow');
    await sweepDeadlineWarnings(env.services, '2026-03-17');
    assert.equal(await notifiedLevel(id), 'orange');
    await sweepDeadlineWarnings(env.services, '2026-03-18');
    assert.equal(await notifiedLevel(id), 'red');
    const told = await env.services.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.title'])
      .where('n.subject_id', '=', id)
      .where('n.kind', '=', 'deadline.warning')
      .where('u.username', '=', 'demo.legal')
      .orderBy('n.created_at')
      .execute();
    assert.deepEqual(
      told.map((n) => n.title.slice(0, 4)),
      ['黄色预警', '橙色预警', '红色预警'],
    );
    assert.ok(told.every((n) => n.title.includes('报送备案')));
    const raised = await env.services.db
      .selectFrom('audit_events')
      .select('changes')
      .where('subject_id', '=', id)
      .where('action', '=', 'deadline.warning_raised')
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      raised.map((e) => (e.changes as { to: string }).to),
      ['yellow', 'orange', 'red'],
    );
  });

  test('the overdue filing shows red on the drafting unit’s workbench until it is filed, late', async () => {
    const id = nationalDoc;
    const title = (await filingOf(id))?.subjectTitle ?? '';
    const onBench = async () =>
      (
        (await call(env.app, legal, 'GET', '/api/workbench')).json().todos as {
          subjectTitle: string;
          warningLevel: string;
        }[]
      ).find((t) => t.subjectTitle === title);
    assert.equal((await onBench())?.warningLevel, 'red');
    const filed = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing`, {
      submittedOn: '2026-03-20',
    });
    assert.equal(filed.statusCode, 200, filed.body);
    assert.equal(filed.json().result.onTime, false);
    assert.equal((await filingOf(id))?.status, 'missed');
    assert.equal(await onBench(), undefined);
    // a closed deadline is not warned again
    const again = await sweepDeadlineWarnings(env.services, '2026-03-25');
    assert.equal(
      (
        await env.services.db
          .selectFrom('audit_events')
          .select('id')
          .where('subject_id', '=', id)
          .where('action', '=', 'deadline.warning_raised')
          .execute()
      ).length,
      3,
    );
    assert.ok(again.examined >= 0);
  });
});
