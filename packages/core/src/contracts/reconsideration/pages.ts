// 行政复议: the console menu and the portal's public entries (the server's manifest and the web's route tables both
// read these), and the labels the pages show, from core's one list each.
import { defineMenu, definePortal, definePortalDescriptions } from '../platform/menu';

export const reconsiderationMenu = defineMenu({
  'reconsideration-cases': { label: '行政复议案件', page: 'reconsideration-cases', action: 'reconsideration.read' },
  'reconsideration-statistics': {
    label: '行政复议统计',
    page: 'reconsideration-statistics',
    action: 'reconsideration.read',
  },
});

export const reconsiderationPortal = definePortal({
  reconsideration: {
    title: '行政复议申请',
    page: 'reconsideration',
  },
  'reconsideration-decisions': {
    title: '行政复议决定书公开',
    page: 'reconsideration-decisions',
  },
});

// the home page card's sentence of each entry: the server's portal answer carries it, so the web never bundles it
export const reconsiderationPortalDescriptions = definePortalDescriptions(reconsiderationPortal, {
  reconsideration:
    '查看行政复议的受理条件、申请期限和申请书样本，网上提交行政复议申请，凭查询编号查询办理进度、提交补正材料。',
  'reconsideration-decisions': '查看本级行政复议机关公开的行政复议决定书（已隐去个人信息）。',
});

export {
  reconsiderationStatisticGroupLabels,
  acceptanceConditionLabels,
  acceptanceConditionsBasis,
  applicationChannelLabels,
  caseStatusLabels as reconsiderationStatusLabels,
  decisionTypeLabels as reconsiderationDecisionLabels,
  procedureLabels as reconsiderationProcedureLabels,
  simplifiedGroundLabels,
  suspensionGroundLabels,
  terminationGroundLabels,
  reconsiderationPaperLabels,
  viewWayLabels,
  hearingGroundLabels,
  hearingStatusLabels,
  respondentAttendanceLabels,
  normativeReviewOutcomeLabels,
  normativeReviewRouteLabels,
  normativeReviewSourceLabels,
  normativeReviewStepLabels,
  reviewableDocumentKindLabels,
} from '../../reconsideration';
export { partyKindLabels, serviceMethodLabels } from '../../cases';
