// The region settings of the major-decisions module. The periods (comment, hearing notice, legality review,
// filing) are not here: they are rules of the statute catalogue (decision.*), a region's own amount being a
// `deadline.rule.<id>.amount` row where the rule may be changed (the filing period, a local rule).
import { decisionArticle } from '@fazhi/core/major-decisions';
import { defineSettings, flag, wholeNumber } from '../../platform/settings';

// no statute fixes these: they keep the portal's comment form usable and guard it against flooding
const safeguard = '平台防滥用设置，非法律规定';

export const decisionSettings = defineSettings({
  // 第四十二条: departments and township governments follow the procedure 参照; provinces set their own rules
  // (第四十三条), so a region may say otherwise.
  'decision.departments-and-townships-follow': flag({
    label: '县级以上人民政府部门和乡级人民政府参照执行重大行政决策程序（可编制本单位决策事项目录）',
    default: true,
    basis: `${decisionArticle('第四十二条')}；${decisionArticle('第四十三条')}（省级具体制度）`,
    regionMayChange: true,
  }),
  'decision.comment.max-length': wholeNumber({
    label: '重大行政决策草案公众意见最多字数',
    default: 2000,
    basis: safeguard,
    regionMayChange: true,
    min: 100,
    max: 20000,
  }),
  'decision.comment.rate-limit-per-hour': wholeNumber({
    label: '同一地址每小时可提交的重大行政决策草案意见数',
    default: 10,
    basis: safeguard,
    regionMayChange: true,
    min: 1,
    max: 1000,
  }),
});
