// A route's response contract: the success schema (from @fazhi/core/contracts) and the one error body for every 4xx
// and 5xx, so the serializer checks what a presenter answers and /api/docs shows both. Files (DOCX, PDF, XLSX, CSV)
// declare their content type instead of a JSON schema.
import type { z } from 'zod';
import { errorBody } from '@fazhi/core/contracts';

const errorResponses = {
  '4xx': errorBody.describe('请求未被执行：code 为稳定的错误代码，message 为中文说明，fields 指出有问题的字段'),
  '5xx': errorBody.describe('服务器或数据库故障'),
} as const;

/** 200 with `body`, and the error contract. */
export const answers = <T extends z.ZodType>(body: T) => ({ 200: body, ...errorResponses });

/** 201 (a record created) with `body`, and the error contract. */
export const createdAnswers = <T extends z.ZodType>(body: T) => ({ 201: body, ...errorResponses });

/** A downloaded file of `contentType`, and the error contract. */
export const fileAnswers = (contentType: string, description: string) => ({
  200: { description, content: { [contentType]: { schema: { type: 'string', format: 'binary' } } } },
  ...errorResponses,
});

/** Whether a response entry is a file's (OpenAPI `content`) rather than a zod schema. */
export const isFileAnswer = (entry: unknown): boolean =>
  typeof entry === 'object' && entry !== null && 'content' in entry && !('_zod' in entry);
