// Query schemas of the decision statistics API: a period (ISO dates; default this year to date, from ≤ to checked by
// core's checkPeriod), a region, a decision body and a 承办单位, and for the records page the figure asked for.
import { decisionStatisticKeys } from '@fazhi/core/major-decisions';
import { z } from 'zod';
import { pageFields } from '../../../platform/db/paginate';
import { statisticsQueryFields } from '../../../platform/statistics';
import { uuid } from '../catalogue/schemas';

export const decisionStatisticsQuery = z.object({
  ...statisticsQueryFields,
  bodyOrgId: uuid.optional(),
  sponsorOrgId: uuid.optional(),
});

export const decisionStatisticRecordsQuery = decisionStatisticsQuery.extend({
  ...pageFields,
  figure: z.enum(decisionStatisticKeys as [string, ...string[]], {
    error: (issue) => (issue.input === undefined ? '请指定统计项目（figure）' : '统计项目（figure）不存在'),
  }),
});
