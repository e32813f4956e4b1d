// 行政执法主体与人员: the console menu and the portal's public entries (the server's manifest and the web's route
// tables both read these).
import { defineMenu, definePortal, definePortalDescriptions } from '../platform/menu';

export const enforcementMenu = defineMenu({
  'enforcement-bodies': { label: '行政执法主体', page: 'enforcement-bodies', action: 'enforcement.read' },
  'enforcement-officers': { label: '执法人员与证件', page: 'enforcement-officers', action: 'enforcement.read' },
  'enforcement-statistics': {
    label: '执法主体与人员统计',
    page: 'enforcement-statistics',
    action: 'enforcement.read',
  },
});

export const enforcementPortal = definePortal({
  'enforcement-bodies': {
    title: '行政执法主体公告',
    page: 'enforcement-bodies',
  },
  'enforcement-certificate-check': {
    title: '执法证件查询',
    page: 'enforcement-certificate-check',
  },
});

// the home page card's sentence of each entry: the server's portal answer carries it, so the web never bundles it
export const enforcementPortalDescriptions = definePortalDescriptions(enforcementPortal, {
  'enforcement-bodies': '查看本地区确认公布的行政执法主体名单：法定行政机关、授权组织和受委托组织，以及历次公告。',
  'enforcement-certificate-check': '输入执法证件号，查询持证人的姓名、单位、执法类别、执法区域和证件状态。',
});

export { legalStatusLabels } from '../../enforcement/bodies';
export {
  officerKindLabels,
  certificateKindLabels,
  certificateStatusLabels,
  examResultLabels,
} from '../../enforcement/officers';
// the statistics page's group labels, apart from the figure tables (which the console's shell need not bundle)
export { enforcementStatisticGroupLabels } from '../../enforcement/statistic-labels';
