// A party to a case (当事人): a natural person or an organisation (法人或者其他组织). A person is identified by the
// 公民身份号码 (GB 11643), an organisation by its 统一社会信用代码 (GB 32100); both are checked here before anything is
// stored, and a person's identifiers (身份证号, 手机号) are personal information the platform keeps encrypted and shows
// masked (《中华人民共和国个人信息保护法》第二十八条: 身份证号 is 敏感个人信息).
import { isValidIdNumber, isValidMobile, isValidUscc } from '../identifiers';

export const partyKinds = ['person', 'organisation'] as const;
export type PartyKind = (typeof partyKinds)[number];
export const partyKindLabels = { person: '自然人', organisation: '法人或者其他组织' } as const satisfies Record<
  PartyKind,
  string
>;

export interface PartyInput {
  kind: PartyKind;
  name: string;
  /** 公民身份号码 of a person */
  idNumber?: string | null | undefined;
  /** 统一社会信用代码 of an organisation */
  creditCode?: string | null | undefined;
  /** a mobile number (手机号) */
  phone?: string | null | undefined;
  address?: string | null | undefined;
}

export interface PartyProblem {
  field: 'idNumber' | 'creditCode' | 'phone';
  message: string;
}

/** Every problem of a party's identifiers at once: a person has no credit code, an organisation no ID number. */
export function partyProblems(p: PartyInput): PartyProblem[] {
  const problems: PartyProblem[] = [];
  if (p.kind === 'person') {
    if (p.idNumber && !isValidIdNumber(p.idNumber))
      problems.push({ field: 'idNumber', message: '公民身份号码不正确（GB 11643：18位，末位为校验码）' });
    if (p.creditCode) problems.push({ field: 'creditCode', message: '自然人不填写统一社会信用代码' });
  } else {
    if (p.creditCode && !isValidUscc(p.creditCode))
      problems.push({ field: 'creditCode', message: '统一社会信用代码不正确（GB 32100：18位，末位为校验码）' });
    if (p.idNumber) problems.push({ field: 'idNumber', message: '法人或者其他组织不填写公民身份号码' });
  }
  if (p.phone && !isValidMobile(p.phone)) problems.push({ field: 'phone', message: '手机号码应为11位数字' });
  return problems;
}
