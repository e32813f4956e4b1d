// 政府信息公开: the console menu and the portal's public entry (the server's manifest and the web's route tables both
// read these), and the labels the pages show, from core's one list each.
import { defineMenu, definePortal, definePortalDescriptions } from '../platform/menu';

export const disclosureMenu = defineMenu({
  'disclosure-requests': { label: '政府信息公开申请', page: 'disclosure-requests', action: 'disclosure.read' },
});

export const disclosurePortal = definePortal({
  disclosure: { title: '政府信息公开申请', page: 'disclosure' },
});

export const disclosurePortalDescriptions = definePortalDescriptions(disclosurePortal, {
  disclosure: '查看政府信息公开指南，向本地区行政机关网上申请公开政府信息，凭查询编号查询办理进度、在线补正。',
});

export {
  applicantKindLabels,
  consultationKindLabels,
  deliveryFormLabels,
  disclosurePaperLabels,
  replyGroupLabels,
  requestChannelLabels,
  requestStatusLabels,
  receiptRules,
} from '../../disclosure';
