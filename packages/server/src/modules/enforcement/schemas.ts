// Request schemas of the enforcement registry (zod; OpenAPI comes from them).
import { z } from 'zod';
import { isValidIdNumber } from '@fazhi/core/identifiers';
import { examResults, legalStatuses, officerKinds, storedCertificateStatuses } from '@fazhi/core/enforcement';
import { isoDate } from '../../platform/http/iso-date';
import { text } from '../../platform/http/text';

const uuid = z.uuid('标识格式不正确');
const regionCode = z.string().regex(/^\d{6}(\d{3})?$/, '行政区划代码格式不正确');

export const bodyParams = z.object({ organisationId: uuid });
export const idParams = z.object({ id: uuid });
export const certificateParams = z.object({ number: z.string().trim().min(1).max(40, '证件号最多40个字符') });

export const bodyBody = z.object({
  legalStatus: z.enum(legalStatuses, { error: '法律地位须为法定行政机关、法律法规授权组织或受委托组织' }),
  entrustingOrganisationId: uuid.nullable().optional(),
  entrustmentScope: text('委托事项和权限', 2000, true).nullable().optional(),
  entrustmentFrom: isoDate('委托期限开始日期').nullable().optional(),
  entrustmentTo: isoDate('委托期限结束日期').nullable().optional(),
  fields: z.array(text('执法领域', 50)).max(30, '执法领域最多30项'),
  address: text('办公地址', 200),
  phones: text('联系电话', 100),
  withdrawn: z.boolean().optional(),
});
export type BodyBody = z.infer<typeof bodyBody>;

export const announcementBody = z.object({ regionCode });

/** One officer with the certificate; the roster import checks each row with the same schema. */
export const officerBody = z.object({
  organisationId: uuid,
  officerName: text('执法人员姓名', 50),
  idNumber: z
    .string({ error: '请填写身份证号码' })
    .trim()
    .toUpperCase()
    .refine(isValidIdNumber, '公民身份号码不正确（18位，校验位须符合GB 11643）'),
  kind: z.enum(officerKinds, { error: '人员类别须为行政执法人员、行政执法监督人员或执法辅助人员' }),
  certificateNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{4,40}$/, '证件号应为4至40位字母、数字或连字符')
    .nullable()
    .optional(),
  category: text('执法类别', 50).optional(),
  area: text('执法区域', 100).optional(),
  certificateIssuedOn: isoDate('发证日期').nullable().optional(),
  examResult: z.enum(examResults, { error: '资格考试结果须为考试合格或持法律职业资格免试' }).nullable().optional(),
  legalProfessionQualified: z.boolean().optional(),
  isLegalReviewer: z.boolean().optional(),
});
export type OfficerBody = z.infer<typeof officerBody>;

/** 换发证件: the new certificate's number and issue day, and why (期满换证, 遗失补发 …). */
export const renewCertificateBody = z.object({
  certificateNumber: z
    .string({ error: '请填写新证件号' })
    .trim()
    .regex(/^[0-9A-Za-z-]{4,40}$/, '证件号应为4至40位字母、数字或连字符'),
  certificateIssuedOn: isoDate('发证日期'),
  reason: text('理由', 500, true),
});

export const officerListQuery = z.object({
  organisationId: uuid.optional(),
  kind: z.enum(officerKinds).optional(),
  q: z.string().trim().max(50).optional(),
});

export const certificateStatusBody = z.object({
  certificateStatus: z.enum(storedCertificateStatuses, { error: '证件状态须为有效、暂扣或吊销' }),
  reason: text('理由', 500, true),
});

export const shortfallQuery = z.object({
  regionCode: regionCode.optional(),
  year: z.coerce.number({ error: '年份应为数字' }).int().min(2000, '年份不早于2000年').max(2100).optional(),
});

export const annualRegistrationBody = z.object({
  registrationYear: z.coerce
    .number({ error: '注册年度应为数字' })
    .int('注册年度应为整数')
    .min(2000, '注册年度不早于2000年'),
});
