// People's mediation (《中华人民共和国人民调解法》, 2010). Its one period runs for the parties: a joint application
// for 司法确认 within thirty days of the agreement's effect. The platform stores the day with its explanation on the
// dispute so the mediator can tell the parties; it is not an act the committee owes, so it carries no warning.
import type { StatuteRule } from '../types';
import { days, defineRule } from './define';

const law = '《中华人民共和国人民调解法》';

export const mediationRules: readonly StatuteRule[] = [
  // 第三十三条第一款: 双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认.
  defineRule({
    id: 'mediation.judicial-confirmation',
    title: '申请司法确认调解协议',
    law,
    article: '第三十三条第一款',
    ...days(30),
    note: '由双方当事人共同向人民法院申请；人民法院确认有效后，一方拒绝履行的，对方可以申请强制执行',
  }),
];
