// Bad input to calendar administration answers 400/422 with Chinese messages naming the field, and nothing is
// written: malformed dates, an end before the start, a make-up day inside the holiday, a year mismatch.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, signInPlatformAdmin, type Session, type TestEnv, sessionOf } from '../../../test/helpers';

let env: TestEnv;
let admin: Session;
let legal: Session;

const notice2027 = {
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）', note: '测试用，非真实通知' },
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03', makeUpWorkdays: [] },
    { name: '春节', from: '2027-02-05', to: '2027-02-12', makeUpWorkdays: ['2027-01-31', '2027-02-20'] },
  ],
};

before(async () => {
  env = await createTestEnv();
  admin = await signInPlatformAdmin(env);
  legal = await sessionOf(env, 'demo.legal');
});
after(() => env.close());

describe('bad input is refused and nothing is written', () => {
  const changeCount = async () =>
    Number(
      (
        await env.services.db
          .selectFrom('calendar_changes')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const cases: [string, number, unknown, string][] = [
    [
      'a malformed date',
      400,
      { ...notice2027, holidays: [{ name: '元旦', from: '2027-13-01', to: '2027-01-03', makeUpWorkdays: [] }] },
      'holidays.0.from',
    ],
    [
      'an end before the start',
      422,
      { ...notice2027, holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01', makeUpWorkdays: [] }] },
      'holidays.0.to',
    ],
    [
      'a make-up working day inside the holiday',
      422,
      {
        ...notice2027,
        holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-12', makeUpWorkdays: ['2027-02-06'] }],
      },
      'holidays.0.makeUpWorkdays.0',
    ],
    [
      'a holiday of another year',
      422,
      { ...notice2027, holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-03', makeUpWorkdays: [] }] },
      'holidays.0.from',
    ],
    ['a notice without a title', 400, { source: { title: '' }, holidays: notice2027.holidays }, 'source.title'],
  ];
  for (const [what, status, body, path] of cases) {
    test(`${what} answers ${status} naming ${path}`, async () => {
      const n = await changeCount();
      const before = await env.services.db
        .selectFrom('calendar_years')
        .select('holidays')
        .where('year', '=', 2027)
        .executeTakeFirst();
      const res = await call(env.app, admin, 'PUT', '/api/calendar/years/2027', body);
      assert.equal(res.statusCode, status, res.body);
      const err = res.json() as { message: string; fields?: { path: string; message: string }[] };
      assert.ok(
        err.fields?.some((f) => f.path === path),
        res.body,
      );
      assert.match(err.message, /[\u4e00-\u9fa5]/);
      assert.equal(await changeCount(), n);
      const after = await env.services.db
        .selectFrom('calendar_years')
        .select('holidays')
        .where('year', '=', 2027)
        .executeTakeFirst();
      assert.deepEqual(after, before);
    });
  }

  test('a year that is not next to the loaded ones is refused', async () => {
    const res = await call(env.app, admin, 'PUT', '/api/calendar/years/2030', {
      ...notice2027,
      holidays: [{ name: '元旦', from: '2030-01-01', to: '2030-01-01', makeUpWorkdays: [] }],
    });
    assert.equal(res.statusCode, 422);
    assert.equal((res.json() as { code: string }).code, 'CALENDAR_YEAR_NOT_CONSECUTIVE');
  });

  test('a day range longer than 400 days or ending before it starts is refused', async () => {
    assert.equal(
      (await call(env.app, legal, 'GET', '/api/calendar/days?from=2026-01-01&to=2027-12-31')).statusCode,
      400,
    );
    assert.equal(
      (await call(env.app, legal, 'GET', '/api/calendar/days?from=2026-02-01&to=2026-01-01')).statusCode,
      400,
    );
    assert.equal(
      (await call(env.app, legal, 'GET', '/api/calendar/days?from=2026-02-30&to=2026-03-01')).statusCode,
      400,
    );
  });
});
