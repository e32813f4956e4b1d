// Which version of a benchmark is in force on a day: the latest published version whose effective day has come. A
// case records the version it applied by its id, so an earlier version stays readable after a later one takes
// effect.

export interface BenchmarkVersion {
  id: string;
  versionNo: number;
  /** null while the version is a draft */
  effectiveFrom: string | null;
}

export function versionInForce<V extends BenchmarkVersion>(versions: readonly V[], day: string): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (v.effectiveFrom === null || v.effectiveFrom > day) continue;
    if (
      !best ||
      v.effectiveFrom > best.effectiveFrom! ||
      (v.effectiveFrom === best.effectiveFrom && v.versionNo > best.versionNo)
    )
      best = v;
  }
  return best;
}

/** A version's standing on a day, as the console and the portal show it. */
export type VersionStanding = 'draft' | 'scheduled' | 'in_force' | 'superseded';
export const versionStandingLabels = {
  draft: '草稿',
  scheduled: '已公布，尚未生效',
  in_force: '现行有效',
  superseded: '已被新版本替代',
} as const satisfies Record<VersionStanding, string>;

export function versionStanding(v: BenchmarkVersion, inForce: BenchmarkVersion | null, day: string): VersionStanding {
  if (v.effectiveFrom === null) return 'draft';
  if (v.effectiveFrom > day) return 'scheduled';
  return inForce?.id === v.id ? 'in_force' : 'superseded';
}

/** The acts on a benchmark version its policy decides (server policy.ts) and its answer's abilities name. */
export const benchmarkActions = ['read', 'edit', 'publish', 'newVersion', 'suggest'] as const;
export type BenchmarkAction = (typeof benchmarkActions)[number];
export const versionStandings = ['draft', 'scheduled', 'in_force', 'superseded'] as const;
