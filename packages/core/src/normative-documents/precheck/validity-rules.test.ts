import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addYears,
  checkValidity,
  defaultValiditySettings,
  isProvisionalTitle,
  validityLimitYears,
  validitySettingsFor,
  yearsBetween,
} from '../validity';

test('allows five years for an ordinary document and two for a 暂行 or 试行 one', () => {
  assert.deepEqual(defaultValiditySettings, { validityMaxYears: 5, provisionalValidityMaxYears: 2 });
  assert.equal(validityLimitYears('某区城市绿化管理办法'), 5);
  assert.equal(validityLimitYears('某区临时救助暂行办法'), 2);
  assert.equal(validityLimitYears('某区网格化服务管理试行规定'), 2);
  assert.equal(isProvisionalTitle(undefined), false);
});

test('lets a jurisdiction or a deployment override the limits', () => {
  assert.deepEqual(validitySettingsFor('150202'), { validityMaxYears: 5, provisionalValidityMaxYears: 2 });
  assert.deepEqual(validitySettingsFor('370100', { validityMaxYears: 3 }), {
    validityMaxYears: 3,
    provisionalValidityMaxYears: 2,
  });
});

test('reports a missing, unlimited or too long validity and accepts one within the limit', () => {
  assert.deepEqual(checkValidity({}, '某办法'), { ok: false, reason: 'missing', limitYears: 5 });
  assert.deepEqual(checkValidity({ unlimited: true }, '某办法'), { ok: false, reason: 'unlimited', limitYears: 5 });
  assert.deepEqual(checkValidity({ years: 3 }, '某暂行办法'), {
    ok: false,
    reason: 'exceeds',
    limitYears: 2,
    statedYears: 3,
  });
  assert.deepEqual(checkValidity({ years: 5 }, '某办法'), { ok: true, limitYears: 5 });
});

test('counts an expiry on the eve of the anniversary as whole years', () => {
  assert.equal(yearsBetween('2024-01-01', '2028-12-31'), 5);
  assert.equal(yearsBetween('2024-09-01', '2029-08-31'), 5);
  assert.ok(yearsBetween('2024-06-01', '2030-12-31') > 6.5);
  assert.equal(addYears('2024-02-29', 1), '2025-02-28');
  assert.equal(addYears('2024-03-01', 5), '2029-03-01');
});
