// The region settings of the working calendar and the deadline warnings. The platform's deadline service reads the
// calendar ones (platform/deadlines/calendar-source.ts) and the warning level (levels.ts) with these defaults; this
// declaration gives each its label, basis and whether a region may change it. The statutory amounts of the rules
// (`deadline.rule.<id>.amount`) are declared by core's rule catalogue, each with its own statute.
import { defaultYellowWorkingDays } from '@fazhi/core/calendar';
import { defineSettings, flag, wholeNumber } from '../../platform/settings';
import { yellowSettingKey } from '../../platform/deadlines';

export const calendarSettings = defineSettings({
  [yellowSettingKey]: wholeNumber({
    label: '期限到期前多少个工作日开始黄色预警',
    default: defaultYellowWorkingDays,
    basis: '平台预警设置，非法律规定',
    regionMayChange: true,
    min: 0,
    max: 30,
  }),
  'calendar.roll-only-on-statutory-holidays': flag({
    label: '期间届满日只在法定节假日（而非普通周末）时顺延',
    default: false,
    basis: '《民事诉讼法》第八十五条：期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期',
    regionMayChange: true,
  }),
  'calendar.extension-from-rolled-due': flag({
    label: '延长期限自顺延后的届满日起算',
    default: false,
    basis: '《行政复议法》第六十二条：延长期限最多不得超过三十日（默认自原期间起连续计算，只顺延最终届满日）',
    regionMayChange: true,
  }),
} as const);
