// The scope matrix of normative documents: the drafting unit, a sibling department, the justice bureau of the
// region and of another region, a leader (read-only) and the public.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, signIn, type Session, type TestEnv } from '../../../test/helpers';
import { addOtherRegion, addUser, buildDocument } from './test/factory';

let env: TestEnv;
let id: string;
let published: string;
const s: Record<string, Session> = {};

before(async () => {
  env = await createTestEnv();
  await addUser(env, 'edu.legal', '示范区教育局', 'legal_officer');
  await addOtherRegion(env);
  for (const u of [
    'demo.legal',
    'demo.head',
    'demo.reviewer',
    'demo.leader',
    'demo.officer',
    'edu.legal',
    'other.reviewer',
  ])
    s[u] = await signIn(env.app, u);
  id = await buildDocument(env, { state: 'deliberation' });
  published = await buildDocument(env, { state: 'published', publishedDaysAgo: 1 });
});
after(() => env.close());

const get = (u: string, docId = id) => call(env.app, s[u] ?? null, 'GET', `/api/normative-documents/${docId}`);

describe('who sees a document', () => {
  test('the drafting unit, its head, the region justice bureau and the leader see it', async () => {
    for (const u of ['demo.legal', 'demo.head', 'demo.reviewer', 'demo.leader'])
      assert.equal((await get(u)).statusCode, 200, u);
  });

  test("another department's officer, an enforcement officer and another region's reviewer get 404", async () => {
    for (const u of ['edu.legal', 'other.reviewer', 'demo.officer']) {
      const res = await get(u);
      assert.equal(res.statusCode, 404, u);
      assert.equal(res.json().code, 'NOT_FOUND');
    }
  });

  test('lists hold only what the actor may see', async () => {
    const own = (await call(env.app, s['demo.legal'] ?? null, 'GET', '/api/normative-documents?pageSize=200')).json();
    assert.ok(own.items.some((d: { id: string }) => d.id === id));
    assert.ok(own.items.every((d: { draftingOrgName: string }) => d.draftingOrgName === '示范区市场监督管理局'));
    const edu = (await call(env.app, s['edu.legal'] ?? null, 'GET', '/api/normative-documents?pageSize=200')).json();
    assert.ok(edu.items.every((d: { draftingOrgName: string }) => d.draftingOrgName === '示范区教育局'));
    const other = (await call(env.app, s['other.reviewer'] ?? null, 'GET', '/api/normative-documents')).json();
    assert.equal(other.total, 0);
    const filtered = (
      await call(
        env.app,
        s['demo.reviewer'] ?? null,
        'GET',
        '/api/normative-documents?status=published&pageSize=5&page=1',
      )
    ).json();
    assert.ok(filtered.items.length <= 5);
    assert.ok(filtered.items.every((d: { status: string }) => d.status === 'published'));
    assert.ok(filtered.total >= filtered.items.length);
    const expiring = await call(
      env.app,
      s['demo.reviewer'] ?? null,
      'GET',
      '/api/normative-documents?expiringWithinDays=183',
    );
    assert.equal(expiring.statusCode, 200, expiring.body);
    assert.ok(expiring.json().items.length >= 1, 'the demo interim document expires within six months');
    const search = await call(
      env.app,
      s['demo.reviewer'] ?? null,
      'GET',
      `/api/normative-documents?q=${encodeURIComponent('100%_\\')}`,
    );
    assert.equal(search.statusCode, 200);
    assert.equal(search.json().total, 0);
  });

  test('a writer out of scope gets 404, a reader in scope without the action 403', async () => {
    const body = {
      meetingKind: 'leadership_meeting',
      meetingName: '会议',
      meetingOn: '2026-01-05',
      decision: 'adopted',
    };
    assert.equal(
      (await call(env.app, s['edu.legal'] ?? null, 'POST', `/api/normative-documents/${id}/deliberation`, body))
        .statusCode,
      404,
    );
    assert.equal(
      (await call(env.app, s['demo.leader'] ?? null, 'POST', `/api/normative-documents/${id}/deliberation`, body))
        .statusCode,
      403,
    );
    assert.equal(
      (
        await call(
          env.app,
          s['other.reviewer'] ?? null,
          'POST',
          `/api/normative-documents/${published}/filing/review`,
          { outcome: 'accepted' },
        )
      ).statusCode,
      404,
    );
    const leader = (await get('demo.leader')).json();
    assert.ok(Object.values(leader.abilities as Record<string, boolean>).filter(Boolean).length === 1);
    assert.equal(leader.abilities.read, true);
  });

  test('the public sees nothing of the console API and only public things', async () => {
    assert.equal((await get('nobody')).statusCode, 401);
    assert.equal((await call(env.app, null, 'GET', '/api/normative-documents')).statusCode, 401);
    assert.equal((await call(env.app, null, 'GET', `/api/public/normative-consultations/${id}`)).statusCode, 404);
    assert.equal((await call(env.app, null, 'GET', '/api/normative-review-requests')).statusCode, 401);
  });

  test('cleanup campaigns and review requests stay in their region', async () => {
    const other = (await call(env.app, s['other.reviewer'] ?? null, 'GET', '/api/normative-cleanup-campaigns')).json();
    assert.equal(other.items.length, 0);
    const own = (await call(env.app, s['demo.reviewer'] ?? null, 'GET', '/api/normative-cleanup-campaigns')).json();
    assert.ok(own.items.length >= 1);
    const reqs = (await call(env.app, s['other.reviewer'] ?? null, 'GET', '/api/normative-review-requests')).json();
    assert.equal(reqs.total, 0);
    const camp = own.items[0].id as string;
    assert.equal(
      (await call(env.app, s['other.reviewer'] ?? null, 'GET', `/api/normative-cleanup-campaigns/${camp}`)).statusCode,
      404,
    );
  });

  test("a township's document is reviewed by the district's justice bureau", async () => {
    const town = await buildDocument(env, { state: 'legality_review', draftingOrg: '示范区东河街道办事处' });
    const row = await env.services.db
      .selectFrom('normative_documents')
      .select('region_code')
      .where('id', '=', town)
      .executeTakeFirstOrThrow();
    assert.equal(row.region_code, '159901001');
    assert.equal((await get('demo.legal', town)).statusCode, 404);
    const d = (await get('demo.reviewer', town)).json();
    assert.equal(d.abilities.recordLegalityReview, true);
    const bureau = d.reviews.find((r: { kind: string }) => r.kind === 'legality').reviewerOrgId;
    const name = await env.services.db
      .selectFrom('orgs')
      .select('name')
      .where('id', '=', bureau)
      .executeTakeFirstOrThrow();
    assert.equal(name.name, '示范区司法局');
  });
});
