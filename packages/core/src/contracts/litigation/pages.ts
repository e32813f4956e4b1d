// 行政应诉: the console menu (the server's manifest and the web's route tables both read these) and the labels the
// pages show, from core's one list each.
import { defineMenu } from '../platform/menu';

export const litigationMenu = defineMenu({
  'litigation-suits': { label: '行政应诉案件', page: 'litigation-suits', action: 'litigation.read' },
  'litigation-recommendations': {
    label: '司法建议和检察建议',
    page: 'litigation-recommendations',
    action: 'litigation.read',
  },
  'litigation-statistics': { label: '行政应诉统计和月通报', page: 'litigation-statistics', action: 'litigation.read' },
});

export {
  instanceLabels as suitInstanceLabels,
  suitOutcomeLabels,
  suitStatusLabels,
  recommendationSourceLabels,
  headPostLabels,
  callGroundLabels,
  absenceReasonLabels,
  appearanceLabels,
  litigationStatisticGroupLabels,
} from '../../litigation';
