// The colours of a catalogue's status tags (the labels come with the answers).
import type { DecisionCatalogueRow } from '@fazhi/core/contracts';

export const statusColours: Record<DecisionCatalogueRow['status'], string> = {
  draft: 'blue',
  consented: 'gold',
  published: 'green',
  superseded: 'default',
};
