// 行政执法主体与人员统计: what each figure counts, as data (the pattern of the decision and normative statistics). The
// bodies, officers and certificates are counted as they stood at the period's end (a register is a state, not a
// flow); training counts the hours of the period against the year's minimum. The server lists the records behind
// every figure from these rules: a figure is the count of its records.
import type { StatisticUnit } from '../statistics';
import { REVIEWER_RATIO_BASIS, TRAINING_HOURS_BASIS } from './training';
import { enforcementStatisticGroupLabels, type EnforcementStatisticGroup } from './statistic-labels';

export { enforcementStatisticGroupLabels, type EnforcementStatisticGroup };

export interface EnforcementStatisticDefinition {
  key: string;
  label: string;
  group: EnforcementStatisticGroup;
  unit: StatisticUnit;
  definition: string;
  basis: string;
  countedDate: string;
  numerator?: string;
  denominator?: string;
  required?: number;
}

const PENALTY_LAW = '《中华人民共和国行政处罚法》';
const SUPERVISION = '《内蒙古自治区行政执法监督条例》';
const AT_END = '至统计期末';

export const enforcementStatisticDefinitions = [
  {
    key: 'bodies',
    label: '在册行政执法主体',
    group: 'bodies',
    unit: '件',
    definition: `${AT_END}已确认、未撤销的行政执法主体（法定行政机关、法律法规授权组织和受委托组织）。`,
    basis: `${PENALTY_LAW}第十七条、第十九条、第二十条；国办发〔2018〕118号第（四）项：公示执法主体`,
    countedDate: '确认日期',
  },
  {
    key: 'bodies_entrusted',
    label: '受委托组织',
    group: 'bodies',
    unit: '件',
    definition: `${AT_END}在册的受委托组织，附委托机关和委托期限。`,
    basis: `${PENALTY_LAW}第二十条`,
    countedDate: '确认日期',
  },
  {
    key: 'officers',
    label: '持行政执法证人员',
    group: 'officers',
    unit: '件',
    definition: `${AT_END}已发证的行政执法人员（不论证件状态）。`,
    basis: `${PENALTY_LAW}第四十二条：行政处罚应当由具有行政执法资格的执法人员实施`,
    countedDate: '发证日期',
  },
  {
    key: 'supervisors',
    label: '持行政执法监督证人员',
    group: 'officers',
    unit: '件',
    definition: `${AT_END}已发证的行政执法监督人员。`,
    basis: `${SUPERVISION}第十七条`,
    countedDate: '发证日期',
  },
  {
    key: 'auxiliaries',
    label: '执法辅助人员',
    group: 'officers',
    unit: '件',
    definition: `${AT_END}登记的执法辅助人员（不持证，不得作为案件承办人）。`,
    basis: `${PENALTY_LAW}第四十二条；国发〔2008〕17号第（十九）项`,
    countedDate: '登记日期',
  },
  {
    key: 'certificates_valid',
    label: '有效证件',
    group: 'officers',
    unit: '件',
    definition: `${AT_END}未暂扣、未吊销且未超过本地区证件有效期的执法证和监督证。`,
    basis: `${SUPERVISION}第十四条、第十七条（证件有效期由本地区设置）`,
    countedDate: '发证日期',
  },
  {
    key: 'certificates_suspended',
    label: '暂扣证件',
    group: 'officers',
    unit: '件',
    definition: '现处于暂扣状态的执法证和监督证。',
    basis: `${SUPERVISION}第三十七条`,
    countedDate: '发证日期',
  },
  {
    key: 'certificates_revoked',
    label: '吊销证件',
    group: 'officers',
    unit: '件',
    definition: '已吊销的执法证和监督证。',
    basis: `${SUPERVISION}第三十七条`,
    countedDate: '发证日期',
  },
  {
    key: 'certificates_expired',
    label: '过期证件',
    group: 'officers',
    unit: '件',
    definition: `${AT_END}超过本地区证件有效期的执法证和监督证（本地区不设固定期限时为0）。`,
    basis: '证件有效期为本地区设置（国家层面未作规定）',
    countedDate: '发证日期',
  },
  {
    key: 'training_completion',
    label: '培训学时达标率',
    group: 'capacity',
    unit: '%',
    definition: '持证的执法人员和监督人员中，统计期内培训学时达到本地区年度最低学时的比例。',
    basis: TRAINING_HOURS_BASIS,
    countedDate: '发证日期',
    numerator: '培训学时达标人数',
    denominator: '持证人数',
    required: 100,
  },
  {
    key: 'bodies_below_reviewer_ratio',
    label: '法制审核人员低于比例的执法主体',
    group: 'capacity',
    unit: '件',
    definition: `${AT_END}在册执法主体中，法制审核人员少于本单位持证执法人员乘以本地区比例（向上取整）的主体。`,
    basis: REVIEWER_RATIO_BASIS,
    countedDate: '确认日期',
  },
] as const satisfies readonly EnforcementStatisticDefinition[];

export type EnforcementStatisticKey = (typeof enforcementStatisticDefinitions)[number]['key'];
export const enforcementStatisticKeys = enforcementStatisticDefinitions.map((d) => d.key) as EnforcementStatisticKey[];

export function enforcementStatisticDefinition(key: EnforcementStatisticKey): EnforcementStatisticDefinition {
  return enforcementStatisticDefinitions.find((d) => d.key === key) as EnforcementStatisticDefinition;
}
