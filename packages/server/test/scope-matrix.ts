// The scope matrix, reusable by every module: a table with one row per API route and, for each row, the answer
// each kind of person gets when the record sits in their own unit, a sibling unit, the parent unit or another
// region, and the answer the anonymous public gets. `scopeMatrix()` turns a table into node:test tests and FAILS
// when one of the listed modules registers a route that has no row, so a new endpoint cannot be forgotten.
//
// A module's table lives next to its code (e.g. src/modules/calendar/scope-matrix.test.ts):
//
//   scopeMatrix({
//     title: 'calendar',
//     modules: ['calendar'],                          // every route these modules register needs a row
//     rows: [
//       {
//         route: 'GET /api/calendar/:regionCode',
//         request: (_w, place) => ({ url: `/api/calendar/${place.regionCode}` }),
//         anonymous: 401,
//         expect: { legal: [200, 200, 200, 404], sysadmin: [200, 200, 200, 404] },
//       },
//     ],
//   });
//
// The places are fixed: `same` is 示范区市场监督管理局 (the unit of demo.legal, demo.officer and demo.head),
// `sibling` 示范区财政局, `parent` 示范区人民政府 (the unit of the region-wide demo roles), `otherRegion`
// 对照区市场监督管理局 in a second county 159902. Each place has a plain user (legal_officer of that unit) created
// through the organisations commands, so it has its audit trail. A row's `request` may create more records in the
// place (use `world.system` as the write context). Building records took much of a matrix's time, so a row's request
// is built once per place and reused by every actor's cell until a write to that place succeeds (2xx to a method
// other than GET): then that place's request is built anew, so a write always meets a record in the state its act
// needs, while a refused write (4xx, its transaction rolled back) leaves the record as it was, and the other places'
// records, which the write did not touch, are kept (rebuilding all four after every successful write was half of
// the normative matrix's write rows). A row whose places' records interfere (one open campaign per region, closed
// by the next place's request) sets `everyCell`. `lists` predicates identify the record by the place they are
// given, never by "the last one built". Sessions are opened directly, without a sign-in (helpers.ts `sessionOf`).
// A row's cells expected to succeed run after its refused ones (`cellOrder`), a read row takes a record shared by the
// whole matrix (`world.fixture`), and a write row may put its record back by SQL (`restore`) instead of building a
// new one: docs/architecture.md, "Testing a module's scope".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from './helpers';
import { registeredRoutes } from '../src/platform/http/app';
import { hashPassword } from '../src/platform/auth/password';
import type { WriteContext } from '../src/platform/write';
import type { Role, ScopeKind } from '@fazhi/core/access';
import { createRegion } from '../src/modules/organisations/commands/create-region';
import { createOrg } from '../src/modules/organisations/commands/create-org';
import { createUser } from '../src/modules/organisations/commands/create-user';

export const targets = ['same', 'sibling', 'parent', 'otherRegion'] as const;
export type Target = (typeof targets)[number];

/** Where a record sits for one column of the matrix. */
export interface Place {
  target: Target;
  orgId: string;
  orgName: string;
  regionCode: string;
  /** a legal officer homed in this unit (username `matrix.<target>`) */
  userId: string;
  username: string;
}

/** The people of the matrix. Unit-level roles sit in `same`; region-wide ones in `parent`. */
export const actors = {
  legal: 'demo.legal', // legal_officer, own unit
  officer: 'demo.officer', // enforcement_officer, own unit
  head: 'demo.head', // unit_head, unit subtree
  reviewer: 'demo.reviewer', // justice_reviewer, region subtree (司法局)
  leader: 'demo.leader', // government_leader, region subtree
  supervisor: 'demo.supervisor', // supervisor, region subtree
  sysadmin: 'demo.sysadmin', // system_admin, region subtree
  secadmin: 'demo.secadmin', // security_admin, region subtree
  auditor: 'demo.auditor', // auditor, region subtree
  otherAdmin: 'matrix.other.admin', // system_admin + security_admin of the other county
  platformAdmin: 'matrix.platform.admin', // system_admin + security_admin, whole platform
} as const;
export type ActorName = keyof typeof actors;

export const FIXTURE_PASSWORD = 'Matrix#Pass2026';

export interface ScopeWorld {
  env: TestEnv;
  places: Record<Target, Place>;
  /** the system write context, for creating fixtures */
  system: WriteContext;
  /** a signed-in session of the actor (cached; `fresh` signs in anew) */
  session(actor: ActorName, fresh?: boolean): Promise<Session>;
  /** a unique suffix for names and codes */
  unique(): number;
  /**
   * A record of a declared kind in the place, built by `make` once for the whole matrix and shared by every row that
   * only reads it (the key names the kind, e.g. 'published document'): a read row needs a record in the place, not
   * a record of its own.
   */
  fixture<T>(kind: string, place: Place, make: () => Promise<T>): Promise<T>;
  /** a new user homed in the place, quickly (no password hashing per user); returns its id */
  newUser(
    place: Place,
    opts?: { locked?: boolean; disabled?: boolean; role?: Role; scope?: ScopeKind },
  ): Promise<{ userId: string; assignmentId: string }>;
}

export type Expected = number | 'listed' | 'unlisted';
/** the answers for [same, sibling, parent, otherRegion] */
export type Cells = readonly [Expected, Expected, Expected, Expected];
/** per actor: four answers, or one for all four places */
export type Answers = Partial<Record<ActorName, Expected | Cells>>;

/** The same answer for every signed-in actor. */
export const everyone = (e: Expected | Cells): Answers =>
  Object.fromEntries(Object.keys(actors).map((name) => [name, e])) as Answers;

/**
 * Who reads a module's statistics (normative documents, major decisions): a unit's staff their unit, the region-wide
 * readers their region, the other county's administrator his, the platform's everywhere; a role reading no record
 * of the module 403.
 */
export const statisticsReaders = (ok: 200 | 'listed', no: 404 | 'unlisted'): Answers => ({
  legal: [ok, no, no, 404],
  head: [ok, no, no, 404],
  officer: 403,
  reviewer: [ok, ok, ok, 404],
  leader: [ok, ok, ok, 404],
  supervisor: [ok, ok, ok, 404],
  sysadmin: [ok, ok, ok, 404],
  secadmin: 403,
  auditor: 403,
  otherAdmin: [404, 404, 404, ok],
  platformAdmin: ok,
});

/**
 * Who reads a unit's records kept by the recordReaders (the enforcement lists, the commitments): the unit's own staff
 * and head, the region-wide readers their region, the other county's and the platform's administrators theirs; the
 * unit's enforcement officers too where `officers` says so; the separated security and audit duties nowhere.
 */
export const unitRecordReaders = (ok: number | 'listed', no: 404 | 'unlisted', officers = false): Answers => ({
  legal: [ok, no, no, no],
  officer: officers ? [ok, no, no, no] : no,
  head: [ok, no, no, no],
  reviewer: [ok, ok, ok, no],
  leader: [ok, ok, ok, no],
  supervisor: [ok, ok, ok, no],
  sysadmin: [ok, ok, ok, no],
  secadmin: no,
  auditor: no,
  otherAdmin: [no, no, no, ok],
  platformAdmin: ok,
});

/** Who writes them: the unit's legal staff and head; whoever reads them without the act is refused (403). */
export const unitRecordWriters = (ok: 200 | 201, officersRead = false): Answers => ({
  ...unitRecordReaders(403, 404, officersRead),
  legal: [ok, 404, 404, 404],
  head: [ok, 404, 404, 404],
});

/** The `items` of a paged list response, for `lists` predicates. */
export const listItems = (body: unknown) => (body as { items: Record<string, unknown>[] }).items;

export interface RequestSpec {
  method?: InjectOptions['method'];
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
}

export interface MatrixRow {
  /** 'METHOD /api/path/:param' exactly as registered */
  route: string;
  request(world: ScopeWorld, place: Place): Promise<RequestSpec> | RequestSpec;
  /** list routes: whether the response body lists the place's record (cells say 'listed' / 'unlisted') */
  lists?(body: unknown, place: Place): boolean;
  /** what the public gets (the request is built for the `same` place; 'listed' / 'unlisted' for public lists) */
  anonymous: Expected;
  /** per actor: the answers for [same, sibling, parent, otherRegion], or one answer for all four */
  expect: Answers;
  /** sign in anew for every cell (routes that end the session) */
  freshSession?: boolean;
  /** build the request in every cell instead of once per place (see the head of this file) */
  everyCell?: boolean;
  /**
   * After a write succeeded at a place: put that place's record back into the state its act needs, by SQL, instead
   * of `request` building a new record through the commands (the next cells then meet that record again). Only for
   * an act whose undoing is a few rows; the record must answer every later cell as a new one would.
   */
  restore?(world: ScopeWorld, place: Place, spec: RequestSpec): Promise<void>;
}

export interface MatrixSpec {
  title: string;
  /** module ids ('platform' for sign-in, health and notifications) whose every route must have a row */
  modules: readonly string[];
  rows: readonly MatrixRow[];
  /**
   * Run only every `of`-th row starting at `index`, so a long matrix can be split over test files that run in
   * parallel; the route check (every route has a row) runs in part 0 over all the rows.
   */
  part?: { index: number; of: number };
}

const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

export async function createScopeWorld(env: TestEnv): Promise<ScopeWorld> {
  const system: WriteContext = { actor: null, ip: null };
  const sv = env.services;
  await createRegion(sv, system, { code: '159902', name: '对照区（测试）', parentCode: '159900' });
  const { id: gov2 } = await createOrg(sv, system, {
    regionCode: '159902',
    name: '对照区人民政府',
    kind: 'government',
  });
  const { id: amr2 } = await createOrg(sv, system, {
    regionCode: '159902',
    parentId: gov2,
    name: '对照区市场监督管理局',
    kind: 'department',
  });
  const gov = await orgId(env, '示范区人民政府');
  const hash = await hashPassword(FIXTURE_PASSWORD);
  const activate = (username: string) =>
    sv.db
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: false })
      .where('username', '=', username)
      .execute();
  await createUser(sv, system, {
    username: actors.otherAdmin,
    displayName: '对照区管理员',
    orgId: gov2,
    assignments: [
      { role: 'system_admin', orgId: gov2, scope: 'region_subtree' },
      { role: 'security_admin', orgId: gov2, scope: 'region_subtree' },
    ],
  });
  await createUser(sv, system, {
    username: actors.platformAdmin,
    displayName: '平台管理员（测试）',
    orgId: gov,
    assignments: [
      { role: 'system_admin', orgId: gov, scope: 'platform' },
      { role: 'security_admin', orgId: gov, scope: 'platform' },
    ],
  });
  await activate(actors.otherAdmin);
  await activate(actors.platformAdmin);
  const orgs: Record<Target, [string, string, string]> = {
    same: [await orgId(env, '示范区市场监督管理局'), '示范区市场监督管理局', '159901'],
    sibling: [await orgId(env, '示范区财政局'), '示范区财政局', '159901'],
    parent: [gov, '示范区人民政府', '159901'],
    otherRegion: [amr2, '对照区市场监督管理局', '159902'],
  };
  const places = {} as Record<Target, Place>;
  for (const t of targets) {
    const [id, name, region] = orgs[t];
    const username = `matrix.${t.toLowerCase()}`;
    const { id: uid } = await createUser(sv, system, {
      username,
      displayName: `矩阵测试用户（${name}）`,
      orgId: id,
      assignments: [{ role: 'legal_officer', orgId: id, scope: 'own_org' }],
    });
    await activate(username);
    places[t] = { target: t, orgId: id, orgName: name, regionCode: region, userId: uid, username };
  }
  const sessions = new Map<ActorName, Session>();
  const fixtures = new Map<string, Promise<unknown>>();
  let counter = 100;
  return {
    env,
    places,
    system,
    unique: () => ++counter,
    async session(actor, fresh = false) {
      const cached = sessions.get(actor);
      if (cached && !fresh) return cached;
      // opened directly (helpers.ts sessionOf): a matrix is about what each person may do, and a sign-in through
      // the route per actor (and per cell for the rows that end the session) cost a password hash each
      const s = await sessionOf(env, actors[actor]);
      if (!fresh) sessions.set(actor, s);
      return s;
    },
    fixture<T>(kind: string, place: Place, make: () => Promise<T>) {
      const key = `${kind}/${place.target}`;
      if (!fixtures.has(key)) fixtures.set(key, make());
      return fixtures.get(key) as Promise<T>;
    },
    async newUser(place, opts = {}) {
      const userId = randomUUID();
      const assignmentId = randomUUID();
      await sv.db
        .insertInto('users')
        .values({
          id: userId,
          username: `matrix.u${++counter}`,
          display_name: `矩阵测试用户${counter}`,
          password_hash: hash,
          must_change_password: false,
          home_org_id: place.orgId,
          home_region_code: place.regionCode,
          locked_until: opts.locked ? new Date(sv.clock.now().getTime() + 600_000) : null,
          disabled_at: opts.disabled ? sv.clock.now() : null,
        })
        .execute();
      await sv.db
        .insertInto('role_assignments')
        .values({
          id: assignmentId,
          user_id: userId,
          role: opts.role ?? 'legal_officer',
          scope: opts.scope ?? 'own_org',
          org_id: place.orgId,
          region_code: place.regionCode,
        })
        .execute();
      return { userId, assignmentId };
    },
  };
}

function cellsOf(e: Expected | Cells): Cells {
  return Array.isArray(e) ? (e as Cells) : ([e, e, e, e] as Cells);
}

/** The requests of one row built so far, per place (see the head of this file), and how many were built. */
interface Built {
  specs: Map<Target, RequestSpec>;
  count: number;
}

async function run(
  world: ScopeWorld,
  row: MatrixRow,
  session: Session | null,
  place: Place,
  built: Built,
): Promise<Expected> {
  let spec = row.everyCell ? undefined : built.specs.get(place.target);
  if (!spec) {
    spec = await row.request(world, place);
    built.specs.set(place.target, spec);
    built.count++;
  }
  const method = spec.method ?? (row.route.split(' ')[0] as InjectOptions['method']);
  const res = spec.headers
    ? await world.env.app.inject({
        method,
        url: spec.url,
        headers: { ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}), ...spec.headers },
        ...(spec.payload === undefined ? {} : { payload: spec.payload as InjectOptions['payload'] }),
      })
    : await call(world.env.app, session, method, spec.url, spec.payload);
  if (method !== 'GET' && res.statusCode >= 200 && res.statusCode < 300) {
    if (row.restore && !row.everyCell) await row.restore(world, place, spec);
    else built.specs.delete(place.target);
  }
  if (res.statusCode >= 500) return res.statusCode;
  if (row.lists && res.statusCode === 200) return row.lists(res.json(), place) ? 'listed' : 'unlisted';
  return res.statusCode;
}

/** One cell of a row: who asks (null: the public) about which place, and the answer the table expects. */
interface Cell {
  who: ActorName | null;
  target: Target;
  expected: Expected;
}

/**
 * The order the cells of a row run in: a write row's cells expected to succeed run after the others, so that a
 * place's record is built again only between two successful writes, not for every refused cell that follows one
 * (the justice bureau's acts, allowed in three places, built seven records where four do). The answers are
 * compared as the table lists them, whatever the order they were asked in.
 */
export function cellOrder(route: string, cells: readonly Cell[]): Cell[] {
  if (route.startsWith('GET ')) return [...cells];
  const succeeds = (c: Cell) => typeof c.expected === 'number' && c.expected >= 200 && c.expected < 300;
  return [...cells.filter((c) => !succeeds(c)), ...cells.filter(succeeds)];
}

/** Declares the tests of one matrix: route coverage, then one test per row comparing the whole row at once. */
export function scopeMatrix(spec: MatrixSpec): void {
  let env: TestEnv;
  let world: ScopeWorld;
  // The runner's --test-timeout also bounds a whole suite; a matrix of forty routes × five actors × four places is
  // many requests, so the suite gets a wider limit while each row keeps the per-test one.
  describe(`scope matrix: ${spec.title}`, { timeout: 15 * 60_000 }, () => {
    before(async () => {
      env = await createTestEnv();
      world = await createScopeWorld(env);
    });
    after(() => env.close());

    const part = spec.part ?? { index: 0, of: 1 };
    const rowsHere = spec.rows.filter((_, i) => i % part.of === part.index);
    if (part.index === 0)
      test('every route of the listed modules has a row, and every row names a registered route', () => {
        const registered = registeredRoutes(env.app).filter((r) => spec.modules.includes(r.module));
        const have = new Set(spec.rows.map((r) => r.route));
        const missing = registered.map(routeKey).filter((k) => !have.has(k));
        assert.deepEqual(missing, [], `routes without a row in the scope matrix: ${missing.join(', ')}`);
        const all = new Set(registered.map(routeKey));
        const stale = spec.rows.map((r) => r.route).filter((k) => !all.has(k));
        assert.deepEqual(stale, [], `rows naming no registered route of ${spec.modules.join(', ')}`);
        assert.equal(new Set(spec.rows.map((r) => r.route)).size, spec.rows.length, 'one row per route');
      });

    for (const row of rowsHere) {
      test(row.route, async () => {
        const built: Built = { specs: new Map(), count: 0 };
        assert.ok(Object.keys(row.expect).length > 0, 'a row names at least one signed-in role');
        const expected: Record<string, Expected | Cells> = { anonymous: row.anonymous };
        const cells: Cell[] = [{ who: null, target: 'same', expected: row.anonymous }];
        for (const [actor, e] of Object.entries(row.expect) as [ActorName, Expected | Cells][]) {
          expected[actor] = cellsOf(e);
          targets.forEach((target, i) => cells.push({ who: actor, target, expected: cellsOf(e)[i]! }));
        }
        const got = new Map<Cell, Expected>();
        for (const cell of cellOrder(row.route, cells)) {
          const s = cell.who ? await world.session(cell.who, row.freshSession) : null;
          got.set(cell, await run(world, row, s, world.places[cell.target], built));
        }
        const actual: Record<string, Expected | Cells> = { anonymous: got.get(cells[0]!)! };
        for (const actor of Object.keys(row.expect))
          actual[actor] = cells.filter((c) => c.who === actor).map((c) => got.get(c)!) as unknown as Cells;
        // FAZHI_MATRIX_BUILDS=1: how many records each row built, to see where a matrix's time goes
        if (process.env.FAZHI_MATRIX_BUILDS) console.log(`matrix row ${row.route}: ${built.count} built`);
        const wrong = Object.keys(expected)
          .filter((k) => JSON.stringify(actual[k]) !== JSON.stringify(expected[k]))
          .map((k) => `  ${k}: expected ${JSON.stringify(expected[k])}, got ${JSON.stringify(actual[k])}`);
        if (wrong.length)
          assert.fail(`${row.route} — answers for [same, sibling, parent, otherRegion] differ:\n${wrong.join('\n')}`);
      });
    }
  });
}
