// A benchmark's circumstances as its answers show them: the stored conditions and fine with their words.
import {
  circumstanceLabels,
  describeCondition,
  describeFine,
  versionStandingLabels,
  type Circumstance,
  type VersionStanding,
} from '@fazhi/core/discretion';
import type { DiscretionBenchmarkRow, DiscretionCircumstance } from '@fazhi/core/contracts';
import type { BenchmarkRow } from '../support';

export const presentCircumstance = (c: Circumstance): DiscretionCircumstance => ({
  kind: c.kind,
  kindLabel: circumstanceLabels[c.kind],
  description: c.description,
  conditions: c.conditions,
  conditionTexts: c.conditions.map(describeCondition),
  fine: c.fine,
  fineText: describeFine(c.fine),
  otherPenalties: c.otherPenalties,
});

export const presentRow = (
  r: Pick<
    BenchmarkRow,
    | 'id'
    | 'implementing_org_id'
    | 'body_name'
    | 'item_code'
    | 'item_name'
    | 'version_no'
    | 'published_on'
    | 'effective_on'
    | 'is_demo'
  >,
  standing: VersionStanding,
): DiscretionBenchmarkRow => ({
  id: r.id,
  implementingOrgId: r.implementing_org_id,
  bodyName: r.body_name,
  itemCode: r.item_code,
  itemName: r.item_name,
  versionNo: r.version_no,
  standing,
  standingLabel: versionStandingLabels[standing],
  publishedOn: r.published_on,
  effectiveOn: r.effective_on,
  isDemo: r.is_demo,
});
