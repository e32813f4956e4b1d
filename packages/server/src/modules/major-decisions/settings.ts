// The region settings of the major-decisions module. The periods (comment, hearing notice, legality review,
// filing) are not here: they are rules of the statute catalogue (decision.*), a region's own amount being a
// `deadline.rule.<id>.amount` row where the rule may be changed (the filing period, a local rule).
import { decisionArticle } from '@fazhi/core/major-decisions';
import { defineSettings, flag } from '../../platform/settings';

export const decisionSettings = defineSettings({
  // 第四十二条: departments and township governments follow the procedure 参照; provinces set their own rules
  // (第四十三条), so a region may say otherwise.
  'decision.departments-and-townships-follow': flag({
    label: '县级以上人民政府部门和乡级人民政府参照执行重大行政决策程序（可编制本单位决策事项目录）',
    default: true,
    basis: `${decisionArticle('第四十二条')}；${decisionArticle('第四十三条')}（省级具体制度）`,
    regionMayChange: true,
  }),
});
