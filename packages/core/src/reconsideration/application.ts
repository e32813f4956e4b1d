// 申请: how an application arrives (第二十二条) and the time limits it is checked against (第二十条、第二十一条). The limits
// are warned to the office at the acceptance review, never enforced by the form: 第二十条第二款 lets a delay with a
// justified cause (force majeure) continue the period, which only the office can judge.
import type { IsoDate, Pause } from '../calendar';

// 第二十二条第一款: 书面申请（邮寄、互联网渠道或者当面提交）; 第二款: 口头申请的，行政复议机关应当当场记录
export const applicationChannels = ['online', 'post', 'in_person', 'oral'] as const;
export type ApplicationChannel = (typeof applicationChannels)[number];
export const applicationChannelLabels = {
  online: '网上申请',
  post: '邮寄申请',
  in_person: '当面提交',
  oral: '口头申请（当场记录）',
} as const satisfies Record<ApplicationChannel, string>;

export interface ApplicationDates {
  /** 知道或者应当知道该行政行为之日 (第二十条第一款) */
  knownOn: IsoDate;
  /** 行政行为作出之日, where known (第二十一条 counts the absolute limits from it) */
  actOn: IsoDate | null;
  /** 因不动产提出的申请 (第二十一条: 二十年) */
  realProperty: boolean;
  /** the agency did not tell the applicant of the right, the body or the period (第二十条第三款) */
  notInformed: boolean;
  /** when the applicant learned of them, if not informed (the sixty days then run from this day) */
  informedOn: IsoDate | null;
  /** a force majeure or other justified obstacle (第二十条第二款): the period continues after it */
  obstacle: Pause | null;
}

/** One limit an application is checked against: the statute catalogue's rule, its start and its pauses. */
export interface ApplicationLimit {
  key: 'sixty-days' | 'uninformed-cap' | 'absolute';
  ruleId: string;
  from: IsoDate;
  pauses: Pause[];
  /** the sentence a late application gets */
  lateMessage: string;
}

/** The limits of 第二十条、第二十一条 that apply to an application, each to be counted by the calendar engine. */
export function applicationLimits(d: ApplicationDates): ApplicationLimit[] {
  const limits: ApplicationLimit[] = [];
  const sixtyFrom = d.notInformed && d.informedOn ? d.informedOn : d.knownOn;
  limits.push({
    key: 'sixty-days',
    ruleId: 'reconsideration.application',
    from: sixtyFrom,
    pauses: d.obstacle ? [d.obstacle] : [],
    lateMessage: '申请超过第二十条第一款规定的六十日申请期限，请核实是否有不可抗力或者其他正当理由',
  });
  if (d.notInformed)
    limits.push({
      key: 'uninformed-cap',
      ruleId: 'reconsideration.application-uninformed',
      from: d.knownOn,
      pauses: [],
      lateMessage: '未告知申请行政复议权利的，申请期限自知道行政行为内容之日起最长不得超过一年（第二十条第三款）',
    });
  if (d.actOn)
    limits.push({
      key: 'absolute',
      ruleId: d.realProperty ? 'reconsideration.absolute-limit-real-property' : 'reconsideration.absolute-limit-other',
      from: d.actOn,
      pauses: [],
      lateMessage: d.realProperty
        ? '因不动产提出的申请自行政行为作出之日起超过二十年，依第二十一条不予受理'
        : '自行政行为作出之日起超过五年，依第二十一条不予受理',
    });
  return limits;
}
