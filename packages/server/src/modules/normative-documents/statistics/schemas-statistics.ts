// Query schema of the statistics API: a period (ISO dates; default this year to date), a region and a unit (the
// records page adds the figure asked for: platform/http/statistics-routes.ts). from ≤ to is checked by core's
// checkPeriod (one rule, one message).
import { z } from 'zod';
import { uuid } from '../schemas';
import { statisticsQueryFields } from '../../../platform/statistics';

export const statisticsQuery = z.object({ ...statisticsQueryFields, orgId: uuid.optional() });
