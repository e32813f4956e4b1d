// Region settings are declared in the manifests and read by one reader: each has a Chinese label and its basis, the
// nearest region that sets a value of the right shape wins, a value out of range falls back to the default, and the
// validity limits default to core's per-province table instead of a second copy of its numbers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validitySettingsByRegion, validitySettingsFor } from '@fazhi/core/normative-documents';
import { createTestEnv, type TestEnv } from '../../test/helpers';
import { normativeSettings } from '../modules/normative-documents/settings';
import { validitySettings } from '../modules/normative-documents/support';

let env: TestEnv;
before(async () => {
  env = await createTestEnv({ demo: true });
});
after(() => env.close());

const set = (region: string, key: string, value: unknown) =>
  env.services.db
    .insertInto('region_settings')
    .values({ region_code: region, key, value: JSON.stringify(value), source: '测试' })
    .onConflict((oc) => oc.columns(['region_code', 'key']).doUpdateSet({ value: JSON.stringify(value) }))
    .execute();

describe('region settings declared in the manifests', () => {
  test('every module setting is declared once with a Chinese label and a basis', () => {
    const { settings } = env.services.registry;
    for (const key of [
      'normative.validity.max-years',
      'normative.comment.max-length',
      'normative.search.synonyms',
      'deadline.warning.yellow-working-days',
      'calendar.roll-only-on-statutory-holidays',
    ])
      assert.ok(settings.has(key), `${key} is declared`);
    for (const [key, def] of settings) {
      assert.match(def.label, /\p{Script=Han}/u, `${key} has a Chinese label`);
      assert.match(def.basis, /\p{Script=Han}/u, `${key} names its basis`);
    }
  });

  test("the validity limits default to core's per-province table", async () => {
    const table = validitySettingsByRegion['15'];
    assert.ok(table);
    assert.equal(normativeSettings.defaultFor('150102', 'normative.validity.max-years'), table.validityMaxYears);
    assert.equal(
      normativeSettings.defaultFor('150102', 'normative.validity.provisional-max-years'),
      table.provisionalValidityMaxYears,
    );
    assert.deepEqual(await validitySettings(env.services.db, '159901'), validitySettingsFor('159901'));
  });

  test('the nearest region wins; a value of the wrong shape or out of range is ignored', async () => {
    const read = () => normativeSettings.read(env.services.db, '159901', 'normative.validity.max-years');
    const parent = (
      await env.services.db
        .selectFrom('regions')
        .select('parent_code')
        .where('code', '=', '159901')
        .executeTakeFirstOrThrow()
    ).parent_code;
    assert.ok(parent);
    await set(parent, 'normative.validity.max-years', 4);
    assert.equal(await read(), 4, 'inherited from the city');
    await set('159901', 'normative.validity.max-years', 3);
    assert.equal(await read(), 3, 'the district sets its own');
    // a value the setting does not accept answers the declared default, never the stored nonsense
    const fallback = validitySettingsFor('159901').validityMaxYears;
    await set('159901', 'normative.validity.max-years', 99);
    assert.equal(await read(), fallback, 'out of range');
    await set('159901', 'normative.validity.max-years', '三年');
    assert.equal(await read(), fallback, 'not a number');
    await env.services.db.deleteFrom('region_settings').where('key', '=', 'normative.validity.max-years').execute();
    assert.equal(await read(), fallback);
  });
});
