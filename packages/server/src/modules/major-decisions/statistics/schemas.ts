// Query schema of the decision statistics API: a period (ISO dates; default this year to date, from ≤ to checked by
// core's checkPeriod), a region, a decision body and a 承办单位 (the records page adds the figure asked for:
// platform/http/statistics-routes.ts).
import { z } from 'zod';
import { statisticsQueryFields } from '../../../platform/statistics';
import { uuid } from '../catalogue/schemas';

export const decisionStatisticsQuery = z.object({
  ...statisticsQueryFields,
  bodyOrgId: uuid.optional(),
  sponsorOrgId: uuid.optional(),
});
