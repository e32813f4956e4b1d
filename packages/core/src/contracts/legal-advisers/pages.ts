// 法律顾问与合法性审查: the console menu (the server's manifest and the web's route tables both read these).
import { defineMenu } from '../platform/menu';

export const legalAdvisersMenu = defineMenu({
  'legal-review-matters': {
    label: '合同与议题合法性审查',
    page: 'legal-review-matters',
    action: 'legal-advisers.read',
  },
  'legal-advisers': { label: '法律顾问与公职律师', page: 'legal-advisers', action: 'legal-advisers.read' },
  'legal-review-meetings': { label: '常务会议议程', page: 'legal-review-meetings', action: 'legal-advisers.read' },
  'legal-adviser-statistics': {
    label: '法律顾问与合法性审查统计',
    page: 'legal-adviser-statistics',
    action: 'legal-advisers.read',
  },
});

// the statistics page's group labels (core's one list)
export { legalAdviserStatisticGroupLabels } from '../../legal-advisers/statistics';
