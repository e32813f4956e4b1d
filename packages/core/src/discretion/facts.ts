// The facts of a case that a discretion benchmark's conditions may name, and the conditions themselves. A fact is
// what an officer establishes in the case (the amount of illegal gains, whether it is a first offence…); a
// condition compares one fact with a value. The statutory rules (statutory.ts) and each benchmark's circumstances
// are written in these conditions, so one evaluator explains both.

export const factKinds = {
  ageAtViolation: { label: '违法行为发生时当事人的年龄（周岁）', type: 'number' },
  mentalCapacity: { label: '精神病人、智力残疾人辨认或者控制自己行为的能力', type: 'level' },
  minorViolation: { label: '违法行为轻微', type: 'boolean' },
  firstOffence: { label: '初次违法', type: 'boolean' },
  correctedPromptly: { label: '及时改正', type: 'boolean' },
  refusedToCorrect: { label: '经责令改正拒不改正', type: 'boolean' },
  harm: { label: '危害后果', type: 'level' },
  noSubjectiveFault: { label: '有证据足以证明没有主观过错', type: 'boolean' },
  eliminatedHarm: { label: '主动消除或者减轻违法行为危害后果', type: 'boolean' },
  coercedOrDeceived: { label: '受他人胁迫或者诱骗实施违法行为', type: 'boolean' },
  confessedUnknown: { label: '主动供述行政机关尚未掌握的违法行为', type: 'boolean' },
  meritoriousCooperation: { label: '配合行政机关查处违法行为有立功表现', type: 'boolean' },
  minorsInvolved: { label: '侵害对象涉及未成年人', type: 'boolean' },
  repeatOffence: { label: '一年内因同一违法行为受过行政处罚', type: 'boolean' },
  obstructedInvestigation: { label: '拒绝、阻碍或者隐瞒、伪造证据妨碍调查', type: 'boolean' },
  illegalGainsYuan: { label: '违法所得（元）', type: 'number' },
  goodsValueYuan: { label: '涉案货值金额（元）', type: 'number' },
} as const;

export type FactKey = keyof typeof factKinds;
export const factKeys = Object.keys(factKinds) as FactKey[];

/** The graded facts and their grades, mildest first (the order `lt`/`lte` compare by). */
export const factLevels = {
  harm: { none: '没有造成危害后果', minor: '危害后果轻微', serious: '造成较重危害后果' },
  mentalCapacity: {
    full: '能够辨认和控制自己的行为',
    partial: '尚未完全丧失辨认或者控制自己行为的能力',
    none: '不能辨认或者不能控制自己的行为',
  },
} as const;
export type LevelFact = keyof typeof factLevels;

export type FactValue = boolean | number | string;
/** The facts an officer entered; a fact left out is unknown, and a condition on it does not hold. */
export type Facts = Partial<Record<FactKey, FactValue>>;

export const conditionOps = ['is', 'lt', 'lte', 'gt', 'gte'] as const;
export type ConditionOp = (typeof conditionOps)[number];
const opWords: Record<ConditionOp, string> = { is: '为', lt: '低于', lte: '不超过', gt: '超过', gte: '不低于' };

export interface Condition {
  fact: FactKey;
  op: ConditionOp;
  value: FactValue;
}

function levelRank(fact: LevelFact, value: FactValue): number {
  return Object.keys(factLevels[fact]).indexOf(String(value));
}

/** Why a condition is malformed (wrong kind of value for its fact), or null. */
export function conditionProblem(c: Condition): string | null {
  const kind = factKinds[c.fact]?.type;
  if (!kind) return '条件所指的事实不存在';
  if (kind === 'boolean')
    return c.op === 'is' && typeof c.value === 'boolean' ? null : `“${factKinds[c.fact].label}”只能判断是或否`;
  if (kind === 'number')
    return typeof c.value === 'number' && Number.isFinite(c.value) && c.value >= 0
      ? null
      : `“${factKinds[c.fact].label}”的比较值应为不小于0的数`;
  return levelRank(c.fact as LevelFact, c.value) >= 0 ? null : `“${factKinds[c.fact].label}”的取值不正确`;
}

/** How a graded condition reads: its grade's words say the fact itself (危害后果轻微), the order says the rest. */
const levelWords: Record<ConditionOp, (grade: string) => string> = {
  is: (g) => g,
  lt: (g) => `轻于“${g}”`,
  lte: (g) => `${g}或者更轻`,
  gt: (g) => `重于“${g}”`,
  gte: (g) => `${g}或者更重`,
};

/** A condition in words, e.g. “违法所得（元）不超过5000”, “危害后果轻微或者更轻”. */
export function describeCondition(c: Condition): string {
  const def = factKinds[c.fact];
  if (def.type === 'boolean') return c.value ? def.label : `非${def.label}`;
  if (def.type === 'level') return levelWords[c.op](factLevels[c.fact as LevelFact][c.value as never]);
  return `${def.label}${opWords[c.op]}${c.value}`;
}

/** Whether the facts meet a condition: true, false, or null where the fact was not entered. */
export function conditionHolds(c: Condition, facts: Facts): boolean | null {
  const given = facts[c.fact];
  if (given === undefined) return null;
  const def = factKinds[c.fact];
  if (def.type === 'boolean') return given === c.value;
  const [a, b] =
    def.type === 'level'
      ? [levelRank(c.fact as LevelFact, given), levelRank(c.fact as LevelFact, c.value)]
      : [Number(given), Number(c.value)];
  if (a < 0 || b < 0) return false;
  switch (c.op) {
    case 'is':
      return a === b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
  }
}

/** The entered value of a fact in words, for the reasons. */
export function describeFact(fact: FactKey, facts: Facts): string {
  const v = facts[fact];
  if (v === undefined) return '未填写';
  const def = factKinds[fact];
  if (def.type === 'boolean') return v ? '是' : '否';
  if (def.type === 'level') return factLevels[fact as LevelFact][v as never] ?? String(v);
  return String(v);
}
