// The shared public consultation's console desk and portal page (platform/participation on the server, the web's
// `participation/` folder): one 公众意见处理 for every kind of draft out for comment, one 意见征集 on the portal,
// one 合法性审查 desk for every kind of draft sent for legality review.
// The server shows the menu entry to whoever conducts some kind's consultation, and the portal entry where a module
// lends a kind with a consultation.
import { defineMenu, definePortal, definePortalDescriptions } from './menu';

export const participationMenu = defineMenu({
  // the action is the lending kind's (normative.draft, decision.draft …): the server shows the entry to holders of any
  'consultation-comments': { label: '公众意见处理', page: 'consultation-comments', action: 'participation.conduct' },
});

/** The shared legality-review desk (合法性审查), shown to whoever reviews some lent kind's drafts. */
export const legalityReviewMenu = defineMenu({
  // the action is the lending kind's (normative.legality-review, decision.legality-review …), as above
  'legality-reviews': { label: '合法性审查', page: 'legality-reviews', action: 'participation.review' },
});

export const participationPortal = definePortal({
  consultations: {
    title: '意见征集',
    page: 'consultations',
  },
});

// the home page card's sentence of each entry: the server's portal answer carries it, so the web never bundles it
export const participationPortalDescriptions = definePortalDescriptions(participationPortal, {
  consultations: '查看正在公开征求意见的规范性文件草案和重大行政决策草案，提出您的意见和建议，无需登录。',
});
