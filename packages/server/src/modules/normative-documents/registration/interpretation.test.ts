// 政策解读 (国办发〔2018〕37号: 同步发布): the drafting unit attaches and replaces the 解读 of a document in force, with
// its audit event; the console page and the portal page show it; nobody else may, and nothing but a document in force.
// 发文机关代字 listing for the settings page: the system administrator sees the units of the region with their
// prefixes (internal offices left out, since they never issue normative documents); others see none.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, orgId, type Session, type TestEnv, sessionOf } from '../../../../test/helpers';
import { createOrg } from '../../organisations/commands/create-org';
import { buildDocument } from '../test/factory';

let env: TestEnv;
let legal: Session;
let reviewer: Session;

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
});
after(() => env.close());

const attach = (who: Session, id: string, body: unknown) =>
  call(env.app, who, 'POST', `/api/normative-documents/${id}/interpretation`, body);
const first = { title: '《示范区解读测试办法》政策解读', body: '一、制定背景。\n\n二、主要内容。' };

describe('政策解读 of a published document', () => {
  test('the drafting unit attaches it, replaces it, and the console and portal show the current one', async () => {
    const id = await buildDocument(env, { state: 'published', title: '示范区解读测试办法' });
    const res = await attach(legal, id, first);
    assert.equal(res.statusCode, 200, res.body);
    const shown = res.json().document.interpretation;
    assert.equal(shown.title, first.title);
    assert.equal(shown.body, first.body);
    assert.ok(shown.publishedBy, 'who published it');
    assert.ok(shown.publishedAt, 'when');

    const replaced = await attach(legal, id, { title: '政策解读（修订）', body: '修订后的解读。' });
    assert.equal(replaced.statusCode, 200, replaced.body);
    assert.equal(replaced.json().document.interpretation.title, '政策解读（修订）');

    const portal = await env.app.inject({ method: 'GET', url: `/api/public/normative-documents/${id}` });
    assert.equal(portal.statusCode, 200, portal.body);
    assert.deepEqual(
      { title: portal.json().interpretation.title, body: portal.json().interpretation.body },
      { title: '政策解读（修订）', body: '修订后的解读。' },
    );
    // the publisher's name is internal
    assert.equal(portal.json().interpretation.publishedBy, undefined);

    const events = await env.services.db
      .selectFrom('audit_events')
      .select(['action', 'summary', 'actor_user_id'])
      .where('subject_id', '=', id)
      .where('action', '=', 'normative_document.interpretation_published')
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      events.map((e) => e.summary),
      [`《示范区解读测试办法》发布政策解读：${first.title}`, '《示范区解读测试办法》更新政策解读：政策解读（修订）'],
    );
    assert.ok(
      events.every((e) => e.actor_user_id),
      'the actor is recorded',
    );
  });

  test('the ability is offered to the drafting unit only', async () => {
    const id = await buildDocument(env, { state: 'published' });
    const mine = (await call(env.app, legal, 'GET', `/api/normative-documents/${id}`)).json();
    assert.equal(mine.abilities.publishInterpretation, true);
    const theirs = (await call(env.app, reviewer, 'GET', `/api/normative-documents/${id}`)).json();
    assert.equal(theirs.abilities.publishInterpretation, false);
  });

  test('a reader without the publishing action gets 403, another unit 404', async () => {
    const id = await buildDocument(env, { state: 'published' });
    const res = await attach(reviewer, id, first);
    assert.equal(res.statusCode, 403, res.body);
    const other = await buildDocument(env, { state: 'published', draftingOrg: '示范区教育局' });
    assert.equal((await attach(legal, other, first)).statusCode, 404);
  });

  test('a document not yet published gets 409 and no 解读', async () => {
    const id = await buildDocument(env, { state: 'approved' });
    const res = await attach(legal, id, first);
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().code, 'DOCUMENT_STATE_INVALID');
    assert.match(res.json().message, /审议通过待发布/);
    const doc = (await call(env.app, legal, 'GET', `/api/normative-documents/${id}`)).json();
    assert.equal(doc.interpretation, null);
  });

  test('the demo e-bike rules carry their 解读, labelled demo, on the portal', async () => {
    const doc = await env.services.db
      .selectFrom('normative_documents')
      .select('id')
      .where('title', '=', '示范区市场监督管理局电动自行车销售和维修经营规范管理办法')
      .executeTakeFirstOrThrow();
    const staff = (await call(env.app, legal, 'GET', `/api/normative-documents/${doc.id}`)).json();
    assert.equal(staff.interpretation.isDemo, true);
    assert.match(staff.interpretation.title, /（演示）$/);
    const portal = await env.app.inject({ method: 'GET', url: `/api/public/normative-documents/${doc.id}` });
    assert.match(portal.json().interpretation.body, /限速装置/);
  });

  test('bad input is refused with 400 naming the field', async () => {
    const id = await buildDocument(env, { state: 'published' });
    for (const [body, field] of [
      [{ body: '正文' }, 'title'],
      [{ title: '标题', body: '   ' }, 'body'],
      [{ title: '标题', body: 'x'.repeat(20001) }, 'body'],
    ] as const) {
      const res = await attach(legal, id, body);
      assert.equal(res.statusCode, 400, res.body);
      const f = res.json().fields.find((x: { path: string }) => x.path === field);
      assert.ok(f, res.body);
      assert.match(f.message, /政策解读/);
    }
  });
});

interface Issuer {
  orgId: string;
  orgName: string;
  numberPrefix: string | null;
}

describe('发文机关代字', () => {
  test('lists the units with their issuer prefixes and shows a prefix once it is set', async () => {
    const admin = await sessionOf(env, 'demo.sysadmin');
    const before = (await call(env.app, admin, 'GET', '/api/normative-issuers')).json() as { items: Issuer[] };
    const gov = before.items.find((i) => i.orgName === '示范区人民政府');
    assert.ok(gov?.numberPrefix, 'the demo government has its prefix');
    const market = await orgId(env, '示范区市场监督管理局');
    const put = await call(env.app, admin, 'PUT', '/api/normative-issuers', {
      orgId: market,
      numberPrefix: '示市监规',
    });
    assert.equal(put.statusCode, 200);
    const after = (await call(env.app, admin, 'GET', '/api/normative-issuers')).json() as { items: Issuer[] };
    assert.equal(after.items.find((i) => i.orgId === market)?.numberPrefix, '示市监规');
  });

  test('leaves out internal offices, which may not issue normative documents', async () => {
    const parentId = await orgId(env, '示范区人民政府');
    await createOrg(
      env.services,
      { actor: null, ip: null },
      {
        regionCode: '159901',
        parentId,
        name: '示范区人民政府办公室秘书科（测试）',
        kind: 'internal_office',
      },
    );
    const admin = await sessionOf(env, 'demo.sysadmin');
    const list = (await call(env.app, admin, 'GET', '/api/normative-issuers')).json() as { items: Issuer[] };
    assert.ok(list.items.length > 0);
    assert.ok(!list.items.some((i) => i.orgName.includes('秘书科')));
  });

  test('lists nothing to a legal officer, who may not set prefixes', async () => {
    const res = await call(env.app, legal, 'GET', '/api/normative-issuers');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().items, []);
  });
});
