// A list's versions: each adjustment makes the next version, in force from its effective date (seed 004:
// 动态调整管理办法 — 调整须说明理由，经批准后公布施行). The version in force is derived from today, never stored.

export interface VersionDates {
  versionNo: number;
  effectiveOn: string;
}

/** The newest version whose effective date has come, or null when none has (the list is not yet in force). */
export function versionInForce(versions: readonly VersionDates[], today: string): number | null {
  let best: number | null = null;
  for (const v of versions) if (v.effectiveOn <= today && (best === null || v.versionNo > best)) best = v.versionNo;
  return best;
}

/**
 * What is wrong with an adjustment's dates, by field: approval before it takes effect and not after today, and no
 * earlier in force than the version before it (else that version's changes would be in force without it).
 */
export function adjustmentDateProblems(
  d: { approvedOn: string; effectiveOn: string },
  previousEffectiveOn: string | null,
  today: string,
): Record<string, string> {
  const p: Record<string, string> = {};
  if (d.approvedOn > today) p.approvedOn = '批准日期不能晚于今天';
  if (d.effectiveOn < d.approvedOn) p.effectiveOn = '施行日期不能早于批准日期';
  else if (previousEffectiveOn !== null && d.effectiveOn < previousEffectiveOn)
    p.effectiveOn = `施行日期不能早于上一版本的施行日期（${previousEffectiveOn}）`;
  return p;
}
