import { isValidIdNumber, isValidMobile, isValidRegionCode, isValidUscc } from '@fazhi/core/identifiers';
import { roles, scopeKinds } from '@fazhi/core/access';
import { z } from 'zod';
import { pageFields } from '../../platform/db/paginate';
import { text } from '../../platform/http/text';

export const orgKinds = ['government', 'department', 'township', 'justice_bureau', 'internal_office'] as const;
export type OrgKindCode = (typeof orgKinds)[number];
export const orgKindLabels = {
  government: '人民政府',
  department: '政府部门',
  township: '乡镇（街道）',
  justice_bureau: '司法行政机关',
  internal_office: '内设机构',
} as const satisfies Record<OrgKindCode, string>;

// Text fields refuse invisible characters (platform/http/text.ts).

export const regionCode = z
  .string()
  .trim()
  .refine(isValidRegionCode, '行政区划代码格式不正确（应为6位或9位数字，符合GB/T 2260）');
export const uuid = z.uuid('标识格式不正确');

export const createRegionBody = z.object({
  code: regionCode,
  name: text('区划名称', 50),
  parentCode: regionCode.nullable().optional(),
});

export const createOrgBody = z.object({
  regionCode,
  parentId: uuid.nullable().optional(),
  name: text('单位名称', 100),
  shortName: text('单位简称', 30).nullable().optional(),
  kind: z.enum(orgKinds, { error: '单位类型不正确' }),
  uscc: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidUscc, '统一社会信用代码不正确（18位，校验位须符合GB 32100）')
    .nullable()
    .optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
export const updateOrgBody = createOrgBody.pick({ name: true, shortName: true, uscc: true, sortOrder: true }).partial();

export const assignmentBody = z.object({
  role: z.enum(roles, { error: '角色不正确' }),
  orgId: uuid,
  scope: z.enum(scopeKinds, { error: '授权范围不正确' }),
});

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9._-]{2,39}$/, '用户名须以字母开头，3–40位字母、数字、点、下划线或连字符'),
  displayName: text('姓名', 50),
  orgId: uuid,
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidIdNumber, '公民身份号码不正确（18位，校验位须符合GB 11643）')
    .nullable()
    .optional(),
  mobile: z.string().trim().refine(isValidMobile, '手机号码格式不正确').nullable().optional(),
  assignments: z.array(assignmentBody).max(20).default([]),
});
export const updateUserBody = createUserBody.pick({ displayName: true, idNumber: true, mobile: true }).partial();

export const listOrgsQuery = z.object({ regionCode: regionCode.optional() });
export const listUsersQuery = z.object({
  orgId: uuid.optional(),
  q: z.string().trim().max(50).optional(),
  ...pageFields,
});
export const idParams = z.object({ id: uuid });
