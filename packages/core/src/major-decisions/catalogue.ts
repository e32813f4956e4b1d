// 决策事项目录 (《重大行政决策程序暂行条例》第三条第三款): the decision body fixes the year's catalogue, the
// same-level Party committee consents, then it is published, and it is adjusted as circumstances require. Each
// publication is a version: an adjustment opens a new version with its reason, which needs the committee's consent
// again before it replaces the one in force, so every published version stays on record and the portal shows an
// item's history across them.
import { DECISION_LAW, type ApplicableSteps, optionalSteps } from './steps';

export const catalogueStatuses = ['draft', 'consented', 'published', 'superseded'] as const;
export type CatalogueStatus = (typeof catalogueStatuses)[number];
export const catalogueStatusLabels = {
  draft: '编制中',
  consented: '党委已同意待公布',
  published: '已公布',
  superseded: '已被调整后的目录替代',
} as const satisfies Record<CatalogueStatus, string>;

/** The acts a user may take on a catalogue version: the policy has one predicate per entry, the answer one flag. */
export const catalogueActions = ['read', 'editItems', 'recordPartyConsent', 'publish', 'adjust'] as const;
export type CatalogueAction = (typeof catalogueActions)[number];

export const catalogueBasis = `${DECISION_LAW}第三条第三款`;

export type CatalogueRefusal = { code: string; message: string };

/** Which act a version's status allows; the refusal says why in the words of 第三条第三款. */
export function catalogueActRefusal(
  status: CatalogueStatus,
  act: Exclude<CatalogueAction, 'read'>,
  facts: { itemCount: number; partyConsented: boolean },
): CatalogueRefusal | null {
  switch (act) {
    case 'editItems':
      return status === 'draft'
        ? null
        : {
            code: 'CATALOGUE_NOT_DRAFT',
            message: '目录已经党委同意或者已公布，不能再修改事项；需要调整的，请办理目录调整',
          };
    case 'recordPartyConsent':
      if (status !== 'draft') return { code: 'CATALOGUE_NOT_DRAFT', message: '该目录已记录党委同意' };
      return facts.itemCount > 0 ? null : { code: 'CATALOGUE_EMPTY', message: '目录中尚无决策事项' };
    case 'publish':
      if (status === 'published' || status === 'superseded')
        return { code: 'CATALOGUE_PUBLISHED', message: '该目录已公布' };
      return facts.partyConsented && status === 'consented'
        ? null
        : {
            code: 'PARTY_CONSENT_MISSING',
            message: `尚未完成：经同级党委同意（${catalogueBasis}：决策事项目录经同级党委同意后向社会公布）`,
          };
    case 'adjust':
      return status === 'published' ? null : { code: 'CATALOGUE_NOT_PUBLISHED', message: '只能调整已公布、现行的目录' };
  }
}

export interface CatalogueItemInput {
  title: string;
  plannedStart: string;
  plannedFinish: string;
  applicable: ApplicableSteps;
}

/** An item's own checks: its planned dates within the catalogue's year and in order. Field → Chinese message. */
export function catalogueItemProblems(year: number, item: CatalogueItemInput): Record<string, string> {
  const problems: Record<string, string> = {};
  const inYear = (d: string) => d.startsWith(`${year}-`);
  if (!inYear(item.plannedStart)) problems.plannedStart = `计划启动时间应在${year}年内`;
  if (item.plannedFinish < item.plannedStart) problems.plannedFinish = '计划完成时间不能早于计划启动时间';
  return problems;
}

/** How an item changed from one published version to the next, matched by the item's key across versions. */
export const itemChanges = ['added', 'changed', 'removed', 'unchanged'] as const;
export type ItemChange = (typeof itemChanges)[number];
export const itemChangeLabels = {
  added: '调整时新增',
  changed: '调整时修改',
  removed: '调整时移出目录',
  unchanged: '未调整',
} as const satisfies Record<ItemChange, string>;

export interface ComparableItem {
  key: string;
  title: string;
  sponsorOrgId: string;
  legalBasis: string;
  policyBasis: string;
  plannedStart: string;
  plannedFinish: string;
  applicable: ApplicableSteps;
}

function sameItem(a: ComparableItem, b: ComparableItem): boolean {
  return (
    a.title === b.title &&
    a.sponsorOrgId === b.sponsorOrgId &&
    a.legalBasis === b.legalBasis &&
    a.policyBasis === b.policyBasis &&
    a.plannedStart === b.plannedStart &&
    a.plannedFinish === b.plannedFinish &&
    optionalSteps.every((s) => a.applicable[s] === b.applicable[s])
  );
}

/** The change of each item of `next` against `previous` (null: the first version), and the items removed. */
export function compareVersions(
  previous: readonly ComparableItem[] | null,
  next: readonly ComparableItem[],
): { key: string; change: ItemChange }[] {
  if (!previous) return next.map((i) => ({ key: i.key, change: 'added' }));
  const before = new Map(previous.map((i) => [i.key, i]));
  const out: { key: string; change: ItemChange }[] = next.map((i) => {
    const old = before.get(i.key);
    return { key: i.key, change: !old ? 'added' : sameItem(old, i) ? 'unchanged' : 'changed' };
  });
  const kept = new Set(next.map((i) => i.key));
  for (const i of previous) if (!kept.has(i.key)) out.push({ key: i.key, change: 'removed' });
  return out;
}
