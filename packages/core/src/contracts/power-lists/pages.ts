// 权责清单与事项清单: the console menu, the portal's entries and the labels the pages show (browser-safe, no zod).
import { defineMenu, definePortal, definePortalDescriptions } from '../platform/menu';

export const powerListsMenu = defineMenu({
  'power-lists': { label: '权责清单与事项清单', page: 'power-lists', action: 'power_list.read' },
});

export const powerListsPortal = definePortal({
  'power-lists': {
    title: '权责清单与事项清单',
    page: 'power-lists',
  },
});

// the home page card's sentence of each entry: the server's portal answer carries it, so the web never bundles it
export const powerListsPortalDescriptions = definePortalDescriptions(powerListsPortal, {
  'power-lists': '查询本地区现行有效的权责清单、行政许可事项清单、证明事项清单等，以及每个事项的依据和实施主体。',
});

export {
  adjustmentKindLabels,
  businessReformModes,
  listKindDefs,
  listKindLabels,
  listKinds,
  powerItemKindLabels,
} from '../../power-lists/kinds';
export { itemFieldLabels } from '../../power-lists/items';
