// 《中华人民共和国行政处罚法》（2021年修订）第三十条至第三十三条 as data: the circumstances the law itself attaches to
// a party or a violation, whatever the benchmark says. Each rule names its article, quotes its words, and says
// whether the law obliges (应当/不予) or allows (可以) its effect. The suggestion (suggest.ts) evaluates these
// before the benchmark's own circumstances.
import type { Condition } from './facts';

export type StatutoryEffect = 'no_penalty' | 'lighter_or_reduced';

export interface StatutoryRule {
  id: string;
  article: string;
  text: string;
  conditions: Condition[];
  effect: StatutoryEffect;
  /** 应当/不予 (true) or 可以 (false) */
  mandatory: boolean;
}

const law = '《中华人民共和国行政处罚法》';

export const statutoryRules: readonly StatutoryRule[] = [
  {
    id: 'art30-under-14',
    article: `${law}第三十条`,
    text: '不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教',
    conditions: [{ fact: 'ageAtViolation', op: 'lt', value: 14 }],
    effect: 'no_penalty',
    mandatory: true,
  },
  {
    id: 'art30-14-to-18',
    article: `${law}第三十条`,
    text: '已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚',
    conditions: [
      { fact: 'ageAtViolation', op: 'gte', value: 14 },
      { fact: 'ageAtViolation', op: 'lt', value: 18 },
    ],
    effect: 'lighter_or_reduced',
    mandatory: true,
  },
  {
    id: 'art31-incapable',
    article: `${law}第三十一条`,
    text: '精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚，但应当责令其监护人严加看管和治疗',
    conditions: [{ fact: 'mentalCapacity', op: 'is', value: 'none' }],
    effect: 'no_penalty',
    mandatory: true,
  },
  {
    id: 'art31-partial',
    article: `${law}第三十一条`,
    text: '尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人有违法行为的，可以从轻或者减轻行政处罚',
    conditions: [{ fact: 'mentalCapacity', op: 'is', value: 'partial' }],
    effect: 'lighter_or_reduced',
    mandatory: false,
  },
  ...(
    [
      ['eliminatedHarm', '（一）主动消除或者减轻违法行为危害后果的'],
      ['coercedOrDeceived', '（二）受他人胁迫或者诱骗实施违法行为的'],
      ['confessedUnknown', '（三）主动供述行政机关尚未掌握的违法行为的'],
      ['meritoriousCooperation', '（四）配合行政机关查处违法行为有立功表现的'],
    ] as const
  ).map(([fact, clause], i): StatutoryRule => ({
    id: `art32-${i + 1}`,
    article: `${law}第三十二条第${'一二三四'[i]}项`,
    text: `当事人有下列情形之一，应当从轻或者减轻行政处罚：${clause}`,
    conditions: [{ fact, op: 'is', value: true }],
    effect: 'lighter_or_reduced',
    mandatory: true,
  })),
  {
    id: 'art33-minor-corrected',
    article: `${law}第三十三条第一款`,
    text: '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚',
    conditions: [
      { fact: 'minorViolation', op: 'is', value: true },
      { fact: 'correctedPromptly', op: 'is', value: true },
      { fact: 'harm', op: 'is', value: 'none' },
    ],
    effect: 'no_penalty',
    mandatory: true,
  },
  {
    id: 'art33-first-offence',
    article: `${law}第三十三条第一款`,
    text: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚',
    conditions: [
      { fact: 'firstOffence', op: 'is', value: true },
      { fact: 'harm', op: 'lte', value: 'minor' },
      { fact: 'correctedPromptly', op: 'is', value: true },
    ],
    effect: 'no_penalty',
    mandatory: false,
  },
  {
    id: 'art33-no-fault',
    article: `${law}第三十三条第二款`,
    text: '当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定',
    conditions: [{ fact: 'noSubjectiveFault', op: 'is', value: true }],
    effect: 'no_penalty',
    mandatory: true,
  },
];

/** 第三十三条第三款: whenever no penalty is imposed the party is educated — said with every 不予处罚 suggestion. */
export const educateOnNoPenalty = `${law}第三十三条第三款：对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育`;
