// Building blocks of the statute catalogue: the titles of the laws cited, and a constructor with the defaults
// most rules share (counted forward, "within", not pausable, not overridable, verified).
import type { StatuteRule, Unit } from '../types';

export const LAW = {
  reconsideration: '《中华人民共和国行政复议法》',
  penalty: '《中华人民共和国行政处罚法》',
  litigation: '《中华人民共和国行政诉讼法》',
  legislation: '《中华人民共和国立法法》',
  disclosure: '《中华人民共和国政府信息公开条例》',
  majorDecision: '《重大行政决策程序暂行条例》',
  headAppearance: '《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》（法释〔2020〕3号）',
  threeSystems:
    '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
  nmgThreeSystems:
    '《内蒙古自治区行政执法公示执法全过程记录重大执法决定法制审核办法》（内蒙古自治区人民政府令第244号）',
  nmgSupervision: '《内蒙古自治区行政执法监督条例》',
  countyGovernment: '《国务院关于加强市县政府依法行政的决定》（国发〔2008〕17号）',
  normativeReview: '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）',
  inspection: '《法治政府建设与责任落实督察工作规定》',
  gdCaseFiles: '《广东省行政执法案卷评查办法》（广东省人民政府令第231号）',
  normativeSupervision: '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）',
} as const;

type Optional = 'direction' | 'limit' | 'pausable' | 'overridable' | 'verified';
export type RuleSpec = Omit<StatuteRule, Optional> & Partial<Pick<StatuteRule, Optional>>;

export function defineRule(spec: RuleSpec): StatuteRule {
  return { direction: 'after', limit: 'within', pausable: false, overridable: false, verified: true, ...spec };
}

export const workingDays = (amount: number): { unit: Unit; amount: number } => ({ unit: 'working_days', amount });
export const days = (amount: number): { unit: Unit; amount: number } => ({ unit: 'days', amount });
export const months = (amount: number): { unit: Unit; amount: number } => ({ unit: 'months', amount });
export const years = (amount: number): { unit: Unit; amount: number } => ({ unit: 'years', amount });
