import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTrackingNumber, parseTrackingNumber, TRACKING_RANDOM_BYTES, trackingPrefixes } from './tracking-number';

const GF = trackingPrefixes.normative_review_request;

const bytes = (...b: number[]) => Uint8Array.from(b);

test('a tracking number carries 80 random bits in four groups of Crockford base32', () => {
  assert.equal(TRACKING_RANDOM_BYTES * 8, 80);
  assert.equal(
    formatTrackingNumber(GF, '159901', '2026-12-06', new Uint8Array(10)),
    'GF159901-20261206-0000-0000-0000-0000',
  );
  assert.equal(
    formatTrackingNumber(GF, '159901', '2026-12-06', bytes(255, 255, 255, 255, 255, 255, 255, 255, 255, 255)),
    'GF159901-20261206-ZZZZ-ZZZZ-ZZZZ-ZZZZ',
  );
  // 0x08 0x86 0x42 0x98 0xE8 = 00001 00010 00011 00100 00101 00110 00111 01000 → 1 2 3 4 5 6 7 8
  assert.equal(
    formatTrackingNumber(
      GF,
      '159901001',
      '2027-01-23',
      bytes(0x08, 0x86, 0x42, 0x98, 0xe8, 0x08, 0x86, 0x42, 0x98, 0xe8),
    ),
    'GF159901001-20270123-1234-5678-1234-5678',
  );
});

test('every bit of the random part shows: numbers from different bytes differ', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 10; i++)
    for (let bit = 0; bit < 8; bit++) {
      const b = new Uint8Array(10);
      b[i] = 1 << bit;
      seen.add(formatTrackingNumber(GF, '159901', '2026-12-06', b));
    }
  assert.equal(seen.size, 80);
});

test('a number typed by hand is read back: case, separators, O for 0, I and L for 1', () => {
  const canonical = 'GF159901-20261206-7K3M-Q9XD-2HA1-PW40';
  for (const typed of [
    canonical,
    'gf159901-20261206-7k3m-q9xd-2ha1-pw40',
    'GF15990120261206 7K3M Q9XD 2HAI PW4O',
    'GF159901－20261206－7K3M－Q9XD－2HAL－PW40',
  ])
    assert.deepEqual(parseTrackingNumber(typed, GF), { trackingNumber: canonical, regionCode: '159901' }, typed);
  assert.equal(parseTrackingNumber('GF159901001-20261206-7K3M-Q9XD-2HA1-PW40', GF)?.regionCode, '159901001');
});

test('anything else is not a tracking number', () => {
  for (const bad of [
    '',
    'GF15990120261123000000',
    'GF159901-20261206-7K3M-Q9XD-2HA1',
    'GF159901-20261206-7K3M-Q9XD-2HA1-PW4U',
    'XX159901-20261206-7K3M-Q9XD-2HA1-PW40',
    'GF1599-20261206-7K3M-Q9XD-2HA1-PW40',
  ])
    assert.equal(parseTrackingNumber(bad, GF), null, bad);
});

test("a number of one kind of filing is not read as another kind's", () => {
  const fy = formatTrackingNumber(
    trackingPrefixes.reconsideration_application,
    '159901',
    '2026-12-06',
    new Uint8Array(10),
  );
  assert.equal(fy, 'FY159901-20261206-0000-0000-0000-0000');
  assert.equal(parseTrackingNumber(fy, GF), null);
  assert.equal(parseTrackingNumber(fy, trackingPrefixes.reconsideration_application)?.trackingNumber, fy);
  assert.equal(new Set(Object.values(trackingPrefixes)).size, Object.keys(trackingPrefixes).length);
});
