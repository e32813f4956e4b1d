// Where a catalogue item stands, as the portal tells the public (第三条第三款: the catalogue is published; 第三十二条:
// the decision is published): derived from the status of the decision record started from the item — never typed —
// with "尚未启动" where no record exists or the body has not yet decided to start one.
import type { DecisionStatus } from './workflow';

export const publicStageLabels = {
  none: '尚未启动',
  proposed: '尚未启动',
  not_started: '决定不启动',
  drafting: '起草中',
  consultation: '征求意见中',
  legality_review: '合法性审查中',
  discussion: '待集体讨论',
  decided: '已决定，待公布',
  not_adopted: '集体讨论未通过',
  published: '已公布',
  suspended: '已公布，中止执行',
  stopped: '已停止执行',
} as const satisfies Record<DecisionStatus | 'none', string>;
export type PublicStage = keyof typeof publicStageLabels;
export const publicStages = Object.keys(publicStageLabels) as PublicStage[];

/** The statuses in which the decision has been published (its public page exists). */
export const publishedStatuses: readonly DecisionStatus[] = ['published', 'suspended', 'stopped'];

export function isPubliclyPublished(status: DecisionStatus, publishedOn: string | null): boolean {
  return publishedOn !== null && publishedStatuses.includes(status);
}

/**
 * The decision that tells an item's stage, of those started from it (any order): the latest by proposal date, so a
 * decision the body declined to start gives way to a later one.
 */
export function latestDecision<D extends { proposedOn: string; createdAt: string }>(decisions: readonly D[]) {
  return [...decisions].sort((a, b) =>
    a.proposedOn === b.proposedOn ? b.createdAt.localeCompare(a.createdAt) : b.proposedOn.localeCompare(a.proposedOn),
  )[0];
}

/** The stage of an item from the decisions started from it. */
export function publicStageOf(
  decisions: readonly { status: DecisionStatus; proposedOn: string; createdAt: string }[],
): PublicStage {
  return latestDecision(decisions)?.status ?? 'none';
}
