// The colours of a benchmark version's standing and of a circumstance, shared by the console's and portal's pages.
import type { DiscretionBenchmarkRow, DiscretionCircumstance } from '@fazhi/core/contracts';

export const standingColours: Record<DiscretionBenchmarkRow['standing'], string> = {
  draft: 'default',
  scheduled: 'blue',
  in_force: 'green',
  superseded: 'default',
};

export const circumstanceColours: Record<DiscretionCircumstance['kind'], string> = {
  no_penalty: 'green',
  reduced: 'cyan',
  lighter: 'blue',
  general: 'default',
  heavier: 'red',
};
