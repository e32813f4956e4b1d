// The colour of a version's standing: in force green, still to come blue, superseded grey.
import type { EnforcementListVersion } from '@fazhi/core/contracts';

export const standingColour: Record<EnforcementListVersion['standing'], string> = {
  in_force: 'green',
  scheduled: 'blue',
  superseded: 'default',
};
