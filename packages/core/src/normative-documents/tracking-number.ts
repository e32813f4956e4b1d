// The tracking number (查询编号) a citizen gets for a review request (审查建议) and types back on the portal to follow
// it. Anyone holding it reads the request's progress without an account, so it must be unguessable: 80 random bits
// (NIST SP 800-63B asks at least 64 for a secret looked up without rate limits being the only defence), written in
// Crockford's base32 — no I, L, O or U, so it survives being read aloud or copied by hand — in four groups of four.
// The region code and date in front tell the bureau where and when it was filed and let the lookup go straight to
// the region's records: GF159901-20261206-7K3M-Q9XD-2HAF-PW4N.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** bytes of randomness: 10 bytes = 80 bits = 16 base32 characters */
export const TRACKING_RANDOM_BYTES = 10;

/** The tracking number for a request of `regionCode` received on `receivedOn` (YYYY-MM-DD), from 10 random bytes. */
export function formatTrackingNumber(regionCode: string, receivedOn: string, random: Uint8Array): string {
  if (random.length !== TRACKING_RANDOM_BYTES)
    throw new Error(`a tracking number needs ${TRACKING_RANDOM_BYTES} random bytes`);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of random) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  const groups = out.match(/.{4}/g) ?? [];
  return `GF${regionCode}-${receivedOn.replace(/-/g, '')}-${groups.join('-')}`;
}

/** Reads a tracking number as a person may type it — lower case, without or with other separators (spaces,
 * full-width dashes), O for 0 and I or L for 1 — and gives its canonical form and region; null if it cannot be one. */
export function parseTrackingNumber(input: string): { trackingNumber: string; regionCode: string } | null {
  const compact = input.toUpperCase().replace(/[\s\-－—–_]/g, '');
  const m = /^GF(\d{6}|\d{9})(\d{8})([0-9A-Z]{16})$/.exec(compact);
  if (!m) return null;
  const [, region = '', date = '', rawRandom = ''] = m;
  const random = rawRandom.replace(/O/g, '0').replace(/[IL]/g, '1');
  if ([...random].some((c) => !ALPHABET.includes(c))) return null;
  const groups = random.match(/.{4}/g) ?? [];
  return { trackingNumber: `GF${region}-${date}-${groups.join('-')}`, regionCode: region };
}
