// Query schemas of the statistics API: a period (ISO dates; default this year to date), a region and a unit, and for
// the records page the figure asked for. from ≤ to is checked by core's checkPeriod (one rule, one message).
import { statisticKeys } from '@fazhi/core/normative-documents';
import { z } from 'zod';
import { pageFields } from '../../../platform/db/paginate';
import { uuid } from '../schemas';
import { statisticsQueryFields } from '../../../platform/statistics';

export const statisticsQuery = z.object({ ...statisticsQueryFields, orgId: uuid.optional() });

export const statisticRecordsQuery = statisticsQuery.extend({
  ...pageFields,
  figure: z.enum(statisticKeys as [string, ...string[]], {
    error: (issue) => (issue.input === undefined ? '请指定统计项目（figure）' : '统计项目（figure）不存在'),
  }),
});
