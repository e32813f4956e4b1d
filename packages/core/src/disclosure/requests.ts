// 依申请公开 (《中华人民共和国政府信息公开条例》2019年修订): how a request reaches a body and on what day the body
// is taken to have received it (第二十九条、第三十一条), and who asks — the applicant kinds are the columns of table 三
// of the annual report (国办公开办函〔2021〕30号), so that every request counts in exactly one column.
import type { PartyKind } from '../cases';

const law = '《中华人民共和国政府信息公开条例》';

/** 第二十九条: in writing (a letter, a data message, in person) or, where writing is difficult, orally. */
export const requestChannels = ['online', 'in_person', 'oral', 'registered_mail', 'ordinary_mail', 'fax'] as const;
export type RequestChannel = (typeof requestChannels)[number];
export const requestChannelLabels = {
  online: '互联网（门户网站）',
  in_person: '当面提交',
  oral: '口头提出（工作人员代为填写）',
  registered_mail: '邮寄（需签收）',
  ordinary_mail: '平常信函',
  fax: '传真',
} as const satisfies Record<RequestChannel, string>;

/** What decides the day of receipt of each channel (第三十一条), as the form asks for it. */
export const receiptRules = {
  online: { needs: 'confirmedOn', basis: `${law}第三十一条第（三）项：以双方确认之日为收到申请之日` },
  fax: { needs: 'confirmedOn', basis: `${law}第三十一条第（三）项：以双方确认之日为收到申请之日` },
  in_person: { needs: 'submittedOn', basis: `${law}第三十一条第（一）项：以提交之日为收到申请之日` },
  // 第二十九条第一款: 口头提出的，由受理该申请的政府信息公开工作机构代为填写 — handed in on the spot
  oral: { needs: 'submittedOn', basis: `${law}第二十九条第一款、第三十一条第（一）项：以当面提出之日为收到申请之日` },
  registered_mail: { needs: 'mailSignedOn', basis: `${law}第三十一条第（二）项：以行政机关签收之日为收到申请之日` },
  ordinary_mail: {
    needs: 'confirmedOn',
    basis: `${law}第三十一条第（二）项：平常信函于收到当日与申请人确认，确认之日为收到申请之日`,
  },
} as const satisfies Record<RequestChannel, { needs: 'submittedOn' | 'mailSignedOn' | 'confirmedOn'; basis: string }>;

export const receiptFieldLabels = {
  submittedOn: '提交日期',
  mailSignedOn: '签收日期',
  confirmedOn: '双方确认日期',
} as const;

export interface ReceiptInput {
  submittedOn?: string | null | undefined;
  mailSignedOn?: string | null | undefined;
  confirmedOn?: string | null | undefined;
}

/**
 * The day of receipt by channel (第三十一条) with its basis, or the field missing. A day before the request was
 * submitted is refused: a letter is signed for, or a request confirmed, after it was sent.
 */
export function receiptDay(
  channel: RequestChannel,
  input: ReceiptInput,
): { day: string; basis: string } | { problem: string; field: keyof ReceiptInput } {
  const rule = receiptRules[channel];
  const day = input[rule.needs];
  if (!day) return { problem: `请填写${receiptFieldLabels[rule.needs]}（${rule.basis}）`, field: rule.needs };
  if (input.submittedOn && day < input.submittedOn)
    return { problem: `${receiptFieldLabels[rule.needs]}不得早于提交日期`, field: rule.needs };
  return { day, basis: rule.basis };
}

/**
 * The applicant kinds: the columns of table 三 (自然人; 法人或其他组织: 商业企业, 科研机构, 社会公益组织, 法律服务机构,
 * 其他), each with the party kind of the shared case record it is identified as.
 */
export const applicantKinds = [
  'natural_person',
  'business',
  'research_institution',
  'public_interest_organisation',
  'legal_service_organisation',
  'other_organisation',
] as const;
export type ApplicantKind = (typeof applicantKinds)[number];
export const applicantKindLabels = {
  natural_person: '自然人',
  business: '商业企业',
  research_institution: '科研机构',
  public_interest_organisation: '社会公益组织',
  legal_service_organisation: '法律服务机构',
  other_organisation: '其他组织',
} as const satisfies Record<ApplicantKind, string>;
export const applicantPartyKind = (kind: ApplicantKind): PartyKind =>
  kind === 'natural_person' ? 'person' : 'organisation';

/** 第二十九条第二款第（三）项 and 第四十条: the form in which the applicant asks to get the information. */
export const deliveryForms = ['paper_post', 'paper_pickup', 'email', 'electronic_media', 'inspection'] as const;
export type DeliveryForm = (typeof deliveryForms)[number];
export const deliveryFormLabels = {
  paper_post: '纸质文本（邮寄）',
  paper_pickup: '纸质文本（自行领取）',
  email: '电子邮件',
  electronic_media: '电子数据（光盘、移动存储介质）',
  inspection: '当场阅读、抄录',
} as const satisfies Record<DeliveryForm, string>;
