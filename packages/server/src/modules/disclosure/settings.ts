// The region settings of the disclosure module: the 信息处理费 scale of 国办函〔2020〕109号《政府信息公开信息处理费管理
// 办法》, each number a setting citing its article and defaulting to the 办法's, so that a region whose standard differs
// (a later national or provincial rule) sets its own; the portal's guide and the fee computation read them. The
// periods — the payment deadline too — are rules of the statute catalogue (disclosure.*, calendar/rules/disclosure.ts).
import { defineSettings, wholeNumber } from '../../platform/settings';

const measures = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';
const yuan = (label: string, def: number, article: string) =>
  wholeNumber({ label, default: def, basis: `${measures}${article}`, regionMayChange: true, min: 0, max: 100000 });

export const disclosureSettings = defineSettings({
  'disclosure.fee.free-requests': yuan('按件计收：同一申请人一个自然月内免费的申请件数', 10, '第四条'),
  'disclosure.fee.first-tier-until': yuan('按件计收：第一档收费截至的申请件数', 30, '第四条'),
  'disclosure.fee.first-tier-yuan': yuan('按件计收：第一档每件收费（元）', 100, '第四条'),
  'disclosure.fee.tier-size': yuan('按件计收：此后每档的申请件数', 10, '第四条'),
  'disclosure.fee.tier-step-yuan': yuan('按件计收：此后每档每件加收（元）', 100, '第四条'),
  'disclosure.fee.free-pages': yuan('按量计收：每件申请免费的页数', 30, '第五条'),
  'disclosure.fee.first-until-pages': yuan('按量计收：第一档截至的页数', 100, '第五条'),
  'disclosure.fee.first-yuan-per-page': yuan('按量计收：第一档每页收费（元）', 10, '第五条'),
  'disclosure.fee.second-until-pages': yuan('按量计收：第二档截至的页数', 200, '第五条'),
  'disclosure.fee.second-yuan-per-page': yuan('按量计收：第二档每页收费（元）', 20, '第五条'),
  'disclosure.fee.beyond-yuan-per-page': yuan('按量计收：超过第二档每页收费（元）', 40, '第五条'),
});
