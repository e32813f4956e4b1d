// 行政裁量权基准: the console menu and the portal's public entries (the server's manifest and the web's route tables
// both read these), and the labels the pages show.
import { defineMenu, definePortal, definePortalDescriptions } from '../platform/menu';

export const discretionMenu = defineMenu({
  'discretion-benchmarks': { label: '行政裁量权基准', page: 'discretion-benchmarks', action: 'discretion.read' },
  'discretion-statistics': { label: '裁量基准统计', page: 'discretion-statistics', action: 'discretion.read' },
});

export const discretionPortal = definePortal({
  'discretion-benchmarks': {
    title: '行政处罚裁量基准',
    page: 'discretion-benchmarks',
  },
  'lenient-lists': {
    title: '不予处罚和从轻减轻处罚清单',
    page: 'lenient-lists',
  },
});

// the home page card's sentence of each entry: the server's portal answer carries it, so the web never bundles it
export const discretionPortalDescriptions = definePortalDescriptions(discretionPortal, {
  'discretion-benchmarks':
    '查看各执法部门公布的现行行政处罚裁量基准：每个处罚事项的不予处罚、减轻、从轻、一般、从重情形和处罚幅度。',
  'lenient-lists': '查看首违不罚、轻微违法不予处罚事项清单和从轻、减轻行政处罚事项清单。',
});

export {
  circumstanceLabels,
  discretionStatisticGroupLabels,
  factKinds,
  factLevels,
  versionStandingLabels,
} from '../../discretion';
