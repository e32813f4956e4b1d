// 行政诉讼案件 as the agency defending it records it (《中华人民共和国行政诉讼法》, 2017年修正): the instance, the court's
// case number (案号), the outcome by its type with the article that provides it, and which outcomes the agency lost
// (败诉) — the one definition the statistics and the monthly notice count with.

export const litigationLaw = '《中华人民共和国行政诉讼法》';

/** 一审、二审、再审 (法释〔2020〕3号 第一条: the head's duty covers all three). */
export const instanceLabels = { first: '一审', second: '二审', retrial: '再审' } as const;
export type SuitInstance = keyof typeof instanceLabels;
export const suitInstances = Object.keys(instanceLabels) as SuitInstance[];

/** The 案号's 类型代字 of each instance (最高人民法院《关于人民法院案件案号的若干规定》: 行初, 行终, 行再). */
const instanceCode: Record<SuitInstance, string> = { first: '行初', second: '行终', retrial: '行再' };

/**
 * A court case number (案号) of an administrative suit: （收案年度）法院代字 + 类型代字 + 案件编号 + 号, e.g.
 * （2026）内0105行初12号. Brackets may be typed half-width; the year is the filing year; the court's 代字 starts with
 * the province's one-character abbreviation, then digits (a court of a county) or none (a higher court).
 */
const caseNumberPattern = /^[（(](\d{4})[）)]([\u4e00-\u9fa5]\d{0,4})(行初|行终|行再|行申|行赔初|行赔终)(\d{1,6})号$/;

export interface ParsedCaseNumber {
  /** in the canonical full-width form: （2026）内0105行初12号 */
  normalised: string;
  year: number;
  court: string;
  kind: string;
  serial: number;
}

export function parseCaseNumber(text: string): ParsedCaseNumber | null {
  const m = caseNumberPattern.exec(text.trim());
  if (!m) return null;
  const [, year, court, kind, serial] = m;
  return {
    normalised: `（${year}）${court}${kind}${Number(serial)}号`,
    year: Number(year),
    court: court!,
    kind: kind!,
    serial: Number(serial),
  };
}

/** Every problem of a case number against its instance and filing day, each with its message. */
export function caseNumberProblems(text: string, instance: SuitInstance, filedOn: string): string[] {
  const parsed = parseCaseNumber(text);
  if (!parsed) return ['案号格式应为（收案年度）法院代字+类型代字+编号+号，例如（2026）内0105行初12号'];
  const problems: string[] = [];
  // 行赔初/行赔终 are the compensation suits' codes of the same instances
  if (!parsed.kind.endsWith(instanceCode[instance].slice(-1)))
    problems.push(`${instanceLabels[instance]}案件的案号类型代字应为“${instanceCode[instance]}”`);
  if (String(parsed.year) !== filedOn.slice(0, 4))
    problems.push(`案号的收案年度应为立案日期的年度（${filedOn.slice(0, 4)}）`);
  return problems;
}

/** A judgment (判决) or a ruling (裁定): the appeal period differs (第八十五条). */
export type OutcomeForm = 'judgment' | 'ruling' | 'mediation';

export interface OutcomeType {
  label: string;
  form: OutcomeForm;
  /** the article of 行政诉讼法 that provides it */
  article: string;
  /** whether the agency counts as having lost the case (败诉) */
  lost: boolean;
  /** whether the outcome obliges the agency to act (performance recorded) */
  obliges: boolean;
}

export const outcomeTypes = {
  claim_rejected: {
    label: '判决驳回原告诉讼请求',
    form: 'judgment',
    article: '第六十九条',
    lost: false,
    obliges: false,
  },
  annulled: { label: '判决撤销（并可判决重新作出）', form: 'judgment', article: '第七十条', lost: true, obliges: true },
  partly_annulled: { label: '判决部分撤销', form: 'judgment', article: '第七十条', lost: true, obliges: true },
  changed: { label: '判决变更', form: 'judgment', article: '第七十七条', lost: true, obliges: true },
  declared_unlawful: { label: '判决确认违法', form: 'judgment', article: '第七十四条', lost: true, obliges: false },
  declared_void: { label: '判决确认无效', form: 'judgment', article: '第七十五条', lost: true, obliges: false },
  ordered_to_perform: {
    label: '判决责令履行法定职责',
    form: 'judgment',
    article: '第七十二条',
    lost: true,
    obliges: true,
  },
  ordered_to_pay: { label: '判决履行给付义务', form: 'judgment', article: '第七十三条', lost: true, obliges: true },
  suit_dismissed: {
    label: '裁定驳回起诉（起诉不符合法定条件）',
    form: 'ruling',
    article: '第四十九条',
    lost: false,
    obliges: false,
  },
  withdrawn: { label: '裁定准许撤诉', form: 'ruling', article: '第六十二条', lost: false, obliges: false },
  withdrawn_after_correction: {
    label: '被告改变行政行为后原告撤诉，裁定准许',
    form: 'ruling',
    article: '第六十二条',
    lost: false,
    obliges: false,
  },
  mediated: { label: '调解结案', form: 'mediation', article: '第六十条', lost: false, obliges: true },
} as const satisfies Record<string, OutcomeType>;
export type SuitOutcome = keyof typeof outcomeTypes;
export const suitOutcomes = Object.keys(outcomeTypes) as SuitOutcome[];
export const suitOutcomeLabels = Object.fromEntries(suitOutcomes.map((k) => [k, outcomeTypes[k].label])) as {
  [K in SuitOutcome]: (typeof outcomeTypes)[K]['label'];
};

/** The outcomes counted as lost, named once for the figures' definition. */
export const lostOutcomes = suitOutcomes.filter((k) => outcomeTypes[k].lost);
export const lostDefinition = `败诉指人民法院作出${lostOutcomes.map((k) => outcomeTypes[k].label.replace(/^判决/, '')).join('、')}判决的案件；驳回诉讼请求、驳回起诉、准许撤诉（含被告改变行政行为后撤诉）和调解结案不计为败诉`;

/** The basis of an outcome as a page shows it: 《中华人民共和国行政诉讼法》第七十条. */
export const outcomeBasis = (o: SuitOutcome) => `${litigationLaw}${outcomeTypes[o].article}`;

/**
 * The appeal period an outcome opens (第八十五条: 判决书送达之日起十五日内, 裁定书送达之日起十日内), as the calendar
 * rule's id; none for a mediation (a 调解书 takes effect when signed, 第六十条 with 民事诉讼法) nor for a second
 * instance's outcome (第八十五条 speaks of the first instance; 二审 judgments are final).
 */
export function appealRuleOf(outcome: SuitOutcome, instance: SuitInstance): string | null {
  if (instance !== 'first') return null;
  const form = outcomeTypes[outcome].form;
  if (form === 'judgment') return 'litigation.appeal-judgment';
  if (form === 'ruling' && outcome === 'suit_dismissed') return 'litigation.appeal-ruling';
  return null;
}

/** The suit's states: recorded → complaint served (defence due) → defence submitted → decided → appealed or effective
 * → performed (an effective outcome that obliges the agency). */
export const suitStatusLabels = {
  registered: '已登记',
  answering: '答辩期内',
  answered: '已答辩',
  decided: '已裁判（上诉期内）',
  appealed: '已上诉',
  effective: '裁判已生效',
  performed: '已履行',
} as const;
export type SuitStatus = keyof typeof suitStatusLabels;
export const suitStatuses = Object.keys(suitStatusLabels) as SuitStatus[];

/** The acts on a suit and the states each is taken from (409 otherwise); hearings are recorded until the outcome. */
export const suitActs = {
  serve: ['registered'],
  defend: ['answering'],
  hearing: ['answering', 'answered'],
  appearance: ['answering', 'answered', 'decided', 'appealed', 'effective', 'performed'],
  decide: ['answered'],
  conclude: ['decided'],
  perform: ['effective'],
} as const satisfies Record<string, readonly SuitStatus[]>;
export type SuitAct = keyof typeof suitActs;

export const suitActLabels: Record<SuitAct, string> = {
  serve: '记录起诉状副本送达',
  defend: '记录提交答辩状和证据',
  hearing: '记录开庭安排',
  appearance: '记录出庭应诉情况',
  decide: '记录裁判结果',
  conclude: '记录上诉或者裁判生效',
  perform: '记录履行生效裁判',
};

export const mayTake = (act: SuitAct, status: SuitStatus) => (suitActs[act] as readonly SuitStatus[]).includes(status);

/** 司法建议 (行政诉讼法 第六十六条第二款、第九十六条) and 检察建议 to an agency (行政诉讼法 第二十五条第四款). */
export const recommendationSourceLabels = {
  court: '司法建议',
  procuratorate: '检察建议',
} as const;
export type RecommendationSource = keyof typeof recommendationSourceLabels;
export const recommendationSources = Object.keys(recommendationSourceLabels) as RecommendationSource[];
export const recommendationBasis = {
  court: `${litigationLaw}第六十六条第二款、第九十六条`,
  procuratorate: `${litigationLaw}第二十五条第四款`,
} as const satisfies Record<RecommendationSource, string>;
