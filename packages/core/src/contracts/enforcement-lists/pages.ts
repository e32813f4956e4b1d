// 执法事前公示清单: the console menu and the portal entry (the server's manifest and the web's route tables both
// read these). The labels the pages show come with the answers.
import { defineMenu, definePortal, definePortalDescriptions } from '../platform/menu';

export const enforcementListsMenu = defineMenu({
  'enforcement-lists': { label: '执法事前公示清单', page: 'enforcement-lists', action: 'enforcement-lists.read' },
});

export const enforcementListsPortal = definePortal({
  'enforcement-lists': {
    title: '行政执法事前公示',
    page: 'enforcement-lists',
  },
});

// the home page card's sentence of each entry: the server's portal answer carries it, so the web never bundles it
export const enforcementListsPortalDescriptions = definePortalDescriptions(enforcementListsPortal, {
  'enforcement-lists': '按执法主体查看现行的随机抽查事项清单、音像记录事项清单和重大执法决定法制审核目录清单。',
});
