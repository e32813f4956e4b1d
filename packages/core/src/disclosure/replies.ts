// 答复 (《中华人民共和国政府信息公开条例》第三十六条至第三十九条): every way a request ends, each with its article, the
// row of table 三 of the annual report it counts in (国办公开办函〔2021〕30号, 三、本年度办理结果) and the statutory
// wording its 答复告知书 carries. A refusal of any kind tells the applicant the remedy (第五十一条).
const law = '《中华人民共和国政府信息公开条例》';

/** 第三十六条's answers grouped as table 三 groups them. */
export const replyGroups = ['disclosed', 'partial', 'withheld', 'unavailable', 'not_handled', 'other'] as const;
export type ReplyGroup = (typeof replyGroups)[number];
export const replyGroupLabels = {
  disclosed: '予以公开',
  partial: '部分公开',
  withheld: '不予公开',
  unavailable: '无法提供',
  not_handled: '不予处理',
  other: '其他处理',
} as const satisfies Record<ReplyGroup, string>;

interface Outcome {
  group: ReplyGroup;
  label: string;
  /** the article of the 条例 (or the report format's row, where the 条例 names no such answer) */
  basis: string;
  /** table 三's row: 三（一）, 三（三）4 … */
  tableRow: string;
  /** the paper's statutory sentence */
  wording: string;
  /** whether the staff give this answer (false: the request ended by the applicant's default, a state of the record) */
  replied: boolean;
}

const o = (
  group: ReplyGroup,
  label: string,
  basis: string,
  tableRow: string,
  wording: string,
  replied = true,
): Outcome => ({ group, label, basis, tableRow, wording, replied });

export const replyOutcomes = {
  already_public: o(
    'disclosed',
    '已主动公开，告知获取方式和途径',
    `${law}第三十六条第（一）项`,
    '三（一）',
    '你（单位）所申请公开的政府信息已经主动公开，现告知获取该政府信息的方式和途径如下。',
  ),
  provided: o(
    'disclosed',
    '予以公开',
    `${law}第三十六条第（二）项`,
    '三（一）',
    '你（单位）所申请公开的政府信息属于可以公开的政府信息，本机关予以公开，现提供该政府信息（或者告知获取的方式、途径和时间）如下。',
  ),
  partial: o(
    'partial',
    '部分公开（区分处理）',
    `${law}第三十七条`,
    '三（二）',
    '你（单位）所申请公开的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理，本机关向你（单位）提供可以公开的政府信息内容，并对不予公开的内容说明理由如下。',
  ),
  state_secret: o(
    'withheld',
    '属于国家秘密',
    `${law}第十四条`,
    '三（三）1',
    '你（单位）所申请公开的政府信息依法确定为国家秘密，根据《中华人民共和国政府信息公开条例》第十四条的规定，不予公开。',
  ),
  law_prohibits: o(
    'withheld',
    '其他法律行政法规禁止公开',
    `${law}第十四条`,
    '三（三）2',
    '你（单位）所申请公开的政府信息属于法律、行政法规禁止公开的政府信息，根据《中华人民共和国政府信息公开条例》第十四条的规定，不予公开。',
  ),
  three_security: o(
    'withheld',
    '危及“三安全一稳定”',
    `${law}第十四条`,
    '三（三）3',
    '你（单位）所申请公开的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，根据《中华人民共和国政府信息公开条例》第十四条的规定，不予公开。',
  ),
  third_party: o(
    'withheld',
    '保护第三方合法权益',
    `${law}第十五条`,
    '三（三）4',
    '你（单位）所申请公开的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，根据《中华人民共和国政府信息公开条例》第十五条的规定，不予公开。',
  ),
  internal_affairs: o(
    'withheld',
    '属于三类内部事务信息',
    `${law}第十六条第一款`,
    '三（三）5',
    '你（单位）所申请公开的政府信息属于行政机关的内部事务信息（人事管理、后勤管理、内部工作流程等），根据《中华人民共和国政府信息公开条例》第十六条第一款的规定，不予公开。',
  ),
  process_information: o(
    'withheld',
    '属于四类过程性信息',
    `${law}第十六条第二款`,
    '三（三）6',
    '你（单位）所申请公开的政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，根据《中华人民共和国政府信息公开条例》第十六条第二款的规定，不予公开。',
  ),
  enforcement_file: o(
    'withheld',
    '属于行政执法案卷',
    `${law}第十六条第二款`,
    '三（三）7',
    '你（单位）所申请公开的政府信息属于行政执法案卷信息，根据《中华人民共和国政府信息公开条例》第十六条第二款的规定，不予公开。',
  ),
  administrative_query: o(
    'withheld',
    '属于行政查询事项',
    `${law}第三十六条第（七）项`,
    '三（三）8',
    '你（单位）所申请公开的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定，请依照有关法律、行政法规的规定办理。',
  ),
  not_held: o(
    'unavailable',
    '本机关不掌握相关政府信息',
    `${law}第三十六条第（四）项、第（五）项`,
    '三（四）1',
    '经检索，本机关没有你（单位）所申请公开的政府信息（或者该信息不属于本机关负责公开），能够确定负责公开该政府信息的行政机关的，其名称和联系方式见下文。',
  ),
  needs_creation: o(
    'unavailable',
    '没有现成信息需要另行制作',
    `${law}第三十八条`,
    '三（四）2',
    '你（单位）所申请公开的信息需要本机关对现有政府信息进行加工、分析，根据《中华人民共和国政府信息公开条例》第三十八条的规定，本机关不予提供。',
  ),
  still_unclear: o(
    'unavailable',
    '补正后申请内容仍不明确',
    `${law}第三十条`,
    '三（四）3',
    '你（单位）补正后的申请内容仍不明确，本机关无法确定你（单位）所申请公开的政府信息，无法提供。',
  ),
  complaint: o(
    'not_handled',
    '信访举报投诉类申请',
    `${law}第三十九条第一款`,
    '三（五）1',
    '你（单位）以政府信息公开申请的形式进行信访、投诉、举报等活动，根据《中华人民共和国政府信息公开条例》第三十九条第一款的规定，本机关不作为政府信息公开申请处理，你（单位）可以通过相应渠道提出。',
  ),
  repeat: o(
    'not_handled',
    '重复申请',
    `${law}第三十六条第（六）项`,
    '三（五）2',
    '本机关已就你（单位）提出的政府信息公开申请作出答复，你（单位）重复申请公开相同政府信息，根据《中华人民共和国政府信息公开条例》第三十六条第（六）项的规定，本机关不予重复处理。',
  ),
  publication: o(
    'not_handled',
    '要求提供公开出版物',
    `${law}第三十九条第二款`,
    '三（五）3',
    '你（单位）要求本机关提供政府公报、报刊、书籍等公开出版物，根据《中华人民共和国政府信息公开条例》第三十九条第二款的规定，现告知获取的途径如下。',
  ),
  excessive: o(
    'not_handled',
    '无正当理由大量反复申请',
    `${law}第三十五条`,
    '三（五）4',
    '你（单位）申请公开政府信息的数量、频次明显超过合理范围，经要求说明理由，本机关认为申请理由不合理，根据《中华人民共和国政府信息公开条例》第三十五条的规定，不予处理。',
  ),
  confirm_or_reissue: o(
    'not_handled',
    '要求行政机关确认或重新出具已获取信息',
    '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）表三（五）5',
    '三（五）5',
    '你（单位）要求本机关确认或者重新出具已获取的信息，不属于申请公开政府信息，本机关不予处理。',
  ),
  correction_lapsed: o(
    'other',
    '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    `${law}第三十条`,
    '三（六）1',
    '你（单位）无正当理由逾期未补正，根据《中华人民共和国政府信息公开条例》第三十条的规定，视为放弃申请，本机关不再处理该政府信息公开申请。',
    false,
  ),
  fee_unpaid: o(
    'other',
    '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    // the 办法's article on an unpaid fee was not verified (statutes §6.2): the report format's row is the basis
    '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；《中华人民共和国政府信息公开工作年度报告格式》表三（六）2',
    '三（六）2',
    '你（单位）逾期未按收费通知要求缴纳信息处理费，本机关不再处理该政府信息公开申请。',
    false,
  ),
  other: o('other', '其他处理', `${law}第三十六条`, '三（六）3', '本机关对你（单位）的政府信息公开申请作如下处理。'),
} as const satisfies Record<string, Outcome>;
export type ReplyOutcome = keyof typeof replyOutcomes;
export const replyOutcomeKeys = Object.keys(replyOutcomes) as ReplyOutcome[];
/** The answers the staff give (the others are states the request reaches by the applicant's default). */
export const givenReplyOutcomes = replyOutcomeKeys.filter((k) => replyOutcomes[k].replied);

/** Whether the answer refuses the applicant something: its paper tells the remedy (第五十一条). */
export const isRefusal = (outcome: ReplyOutcome) => replyOutcomes[outcome].group !== 'disclosed';

/** What the staff must write with an answer, named by field. */
export function replyProblems(input: {
  outcome: ReplyOutcome;
  replyText: string;
  holderName?: string | null | undefined;
}): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const outcome = replyOutcomes[input.outcome];
  if (!outcome.replied)
    problems.push({ field: 'outcome', message: `“${outcome.label}”由申请人逾期产生，不能作为答复作出` });
  // 第三十六条第（三）项、第三十七条: a refusal or a partial disclosure states its reasons
  if (isRefusal(input.outcome) && input.replyText.trim().length < 10)
    problems.push({
      field: 'replyText',
      message: '不予公开、部分公开或者无法提供、不予处理的，应当说明理由（不少于10字）',
    });
  return problems;
}

/** 第五十一条 and the remedy's periods: 行政复议法 第二十条 (六十日), 行政诉讼法 第四十六条 (六个月). */
export function remedySentence(reconsiderationBody: string): string {
  return `如对本答复不服，可以自收到本答复之日起六十日内向${reconsiderationBody}申请行政复议（《中华人民共和国行政复议法》第二十条），或者自收到本答复之日起六个月内向有管辖权的人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。`;
}
