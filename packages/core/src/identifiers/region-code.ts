// 行政区划代码 (GB/T 2260 for province/city/county, extended by the statistical 9/12-digit codes for townships and
// villages). The platform validates the shape and the level, not membership of the official list: a new county code
// must not wait for a software release.

export type RegionLevel = 'province' | 'city' | 'county' | 'township';

export const regionLevelLabels = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
} as const satisfies Record<RegionLevel, string>;

// GB/T 2260 first two digits: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 (台湾), 81–82 (港澳).
const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44',
  '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
]); // prettier-ignore

/** The level a well-formed code denotes, or null when the code is malformed. */
export function regionLevelOf(code: string): RegionLevel | null {
  if (!/^\d{6}(\d{3})?$/.test(code)) return null;
  if (!PROVINCE_PREFIXES.has(code.slice(0, 2))) return null;
  if (code.length === 9) return code.slice(6) === '000' || code.slice(4, 6) === '00' ? null : 'township';
  if (code.slice(2) === '0000') return 'province';
  if (code.slice(4) === '00') return 'city';
  return 'county';
}

export function isValidRegionCode(code: string): boolean {
  return regionLevelOf(code) !== null;
}

/** Whether `child` may sit directly under `parent` in the region tree (a province may also hold counties directly,
 * as 直辖市 and 省直辖县 do). */
export function canBeChildRegion(parent: string, child: string): boolean {
  const p = regionLevelOf(parent);
  const c = regionLevelOf(child);
  if (!p || !c) return false;
  switch (p) {
    case 'province':
      return (c === 'city' || c === 'county') && child.slice(0, 2) === parent.slice(0, 2);
    case 'city':
      return c === 'county' && child.slice(0, 4) === parent.slice(0, 4);
    case 'county':
      return c === 'township' && child.slice(0, 6) === parent;
    case 'township':
      return false;
  }
}
