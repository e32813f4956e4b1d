// The tracking number (查询编号) a citizen gets for what they file on the portal without an account — a review
// request (审查建议), a reconsideration application (行政复议申请) — and types back on the portal to follow it. Anyone holding it reads the request's progress without an account, so it must be unguessable: 80 random bits
// (NIST SP 800-63B asks at least 64 for a secret looked up without rate limits being the only defence), written in
// Crockford's base32 — no I, L, O or U, so it survives being read aloud or copied by hand — in four groups of four.
// The region code and date in front tell the bureau where and when it was filed and let the lookup go straight to
// the region's records: GF159901-20261206-7K3M-Q9XD-2HAF-PW4N. The two letters in front name the kind of filing,
// so that a number typed into the wrong tracking page is refused at once rather than looked up.

/** The kinds of filing with a tracking number, each with its two letters (distinct, so the kinds never mix). */
export const trackingPrefixes = {
  /** 规范性文件审查建议 */
  normative_review_request: 'GF',
  /** 行政复议申请 */
  reconsideration_application: 'FY',
  /** 政府信息公开申请 */
  disclosure_request: 'GK',
} as const;
export type TrackingPrefix = (typeof trackingPrefixes)[keyof typeof trackingPrefixes];

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** bytes of randomness: 10 bytes = 80 bits = 16 base32 characters */
export const TRACKING_RANDOM_BYTES = 10;

/** The tracking number of a filing of the kind `prefix` in `regionCode` received on `receivedOn` (YYYY-MM-DD),
 * from 10 random bytes. */
export function formatTrackingNumber(
  prefix: TrackingPrefix,
  regionCode: string,
  receivedOn: string,
  random: Uint8Array,
): string {
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
  return `${prefix}${regionCode}-${receivedOn.replace(/-/g, '')}-${groups.join('-')}`;
}

/** Reads a tracking number as a person may type it — lower case, without or with other separators (spaces,
 * full-width dashes), O for 0 and I or L for 1 — and gives its canonical form and region; null if it cannot be one. */
export function parseTrackingNumber(
  input: string,
  prefix: TrackingPrefix,
): { trackingNumber: string; regionCode: string } | null {
  const compact = input.toUpperCase().replace(/[\s\-－—–_]/g, '');
  const m = new RegExp(`^${prefix}(\\d{6}|\\d{9})(\\d{8})([0-9A-Z]{16})$`).exec(compact);
  if (!m) return null;
  const [, region = '', date = '', rawRandom = ''] = m;
  const random = rawRandom.replace(/O/g, '0').replace(/[IL]/g, '1');
  if ([...random].some((c) => !ALPHABET.includes(c))) return null;
  const groups = random.match(/.{4}/g) ?? [];
  return { trackingNumber: `${prefix}${region}-${date}-${groups.join('-')}`, regionCode: region };
}
