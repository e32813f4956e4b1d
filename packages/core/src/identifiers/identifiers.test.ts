import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  canBeChildRegion,
  isValidIdNumber,
  isValidMobile,
  isValidRegionCode,
  isValidUscc,
  maskIdNumber,
  maskMobile,
  regionLevelOf,
  usccCheckChar,
} from './index';

describe('行政区划代码', () => {
  test('recognises the level of province, city, county and township codes', () => {
    assert.equal(regionLevelOf('150000'), 'province');
    assert.equal(regionLevelOf('150200'), 'city');
    assert.equal(regionLevelOf('150202'), 'county');
    assert.equal(regionLevelOf('150202001'), 'township');
  });
  test('rejects malformed codes and unknown province prefixes', () => {
    for (const bad of ['15020', '1502021', 'ABCDEF', '990000', '000000', '150202000', '150200001']) {
      assert.equal(isValidRegionCode(bad), false, bad);
    }
  });
  test('accepts a child only when it lies inside its parent', () => {
    assert.ok(canBeChildRegion('150000', '150200'));
    assert.ok(canBeChildRegion('150200', '150202'));
    assert.ok(canBeChildRegion('150202', '150202001'));
    assert.ok(canBeChildRegion('110000', '110101'), 'a 直辖市 holds districts directly');
    assert.equal(canBeChildRegion('150200', '150302'), false);
    assert.equal(canBeChildRegion('150202', '150203001'), false);
    assert.equal(canBeChildRegion('150202001', '150202001'), false);
  });
});

describe('统一社会信用代码', () => {
  test('accepts codes whose check character matches GB 32100', () => {
    const first17 = '91150202MA0N0A1B2';
    const code = first17 + usccCheckChar(first17);
    assert.ok(isValidUscc(code));
    assert.ok(isValidUscc('91350100M000100Y43'));
  });
  test('rejects a wrong check character, a wrong length and letters outside the alphabet', () => {
    assert.equal(isValidUscc('91350100M000100Y44'), false);
    assert.equal(isValidUscc('91350100M000100Y4'), false);
    assert.equal(isValidUscc('91350100M000100O43'), false);
  });
});

describe('公民身份号码 and mobile numbers', () => {
  test('accepts an ID number with a valid GB 11643 check digit, including X', () => {
    assert.ok(isValidIdNumber('11010519491231002X'));
    assert.ok(isValidIdNumber('11010519491231002x'));
  });
  test('rejects a wrong check digit and an impossible birth date', () => {
    assert.equal(isValidIdNumber('110105194912310021'), false);
    assert.equal(isValidIdNumber('110105194902300028'), false);
  });
  test('masks identifiers for display', () => {
    assert.equal(maskIdNumber('11010519491231002X'), '1101**********002X');
    assert.equal(maskMobile('13812345678'), '138****5678');
    assert.ok(isValidMobile('13812345678'));
    assert.equal(isValidMobile('23812345678'), false);
  });
});
