// The colours of a catalogue's and a decision's status tags (the labels come with the answers).
import type { DecisionCatalogueRow, DecisionRecord } from '@fazhi/core/contracts';

export const statusColours: Record<DecisionCatalogueRow['status'], string> = {
  draft: 'blue',
  consented: 'gold',
  published: 'green',
  superseded: 'default',
};

/** The colours of a decision's status tags. */
export const decisionStatusColours: Record<DecisionRecord['status'], string> = {
  proposed: 'default',
  drafting: 'blue',
  consultation: 'cyan',
  legality_review: 'gold',
  discussion: 'orange',
  decided: 'lime',
  published: 'green',
  suspended: 'volcano',
  stopped: 'red',
  not_adopted: 'red',
  not_started: 'default',
};
