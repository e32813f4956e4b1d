// The review time of the legality review of contracts, meeting topics and other documents a unit sends (issue 21
// item 2). No national law or regulation sets these periods (《法治政府建设实施纲要（2021－2025年）》 asks for the
// review of 行政协议 and of matters before the meeting but names no time): each is the region's own rule, so every
// rule is `overridable` and unverified, named as the local rule, and a region sets its amount and source
// (region_settings deadline.rule.<id>.amount). The defaults follow the common practice of 3 to 10 working days.
import type { StatuteRule } from '../types';
import { defineRule, workingDays } from './define';

const LOCAL = '本地区关于合法性审查的规定';
const NOTE = '国家未统一规定审查时间，按本地规定设置';

const floor = (id: string, title: string, amount: number) =>
  defineRule({
    id,
    title,
    law: LOCAL,
    article: '',
    ...workingDays(amount),
    limit: 'at_least',
    overridable: true,
    verified: false,
    note: NOTE,
  });
const ceiling = (id: string, title: string, amount: number) =>
  defineRule({
    id,
    title,
    law: LOCAL,
    article: '',
    ...workingDays(amount),
    overridable: true,
    verified: false,
    note: NOTE,
  });

export const legalReviewRules: readonly StatuteRule[] = [
  floor('legal-review.contract-min', '合同合法性审查最短时间', 3),
  ceiling('legal-review.contract-max', '合同合法性审查期限', 10),
  floor('legal-review.meeting-topic-min', '常务会议议题合法性审查最短时间', 2),
  ceiling('legal-review.meeting-topic-max', '常务会议议题合法性审查期限', 5),
  floor('legal-review.document-min', '其他文件合法性审查最短时间', 3),
  ceiling('legal-review.document-max', '其他文件合法性审查期限', 10),
];
