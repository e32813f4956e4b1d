// Maps everything that can go wrong in a request onto the one error contract. Anything a user can send ends as a
// 4xx with a Chinese message; only genuine faults of ours become 500, and they are logged.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../errors';
import { fieldLabel, type FieldLabels } from './field-labels';

const contextLabels: Record<string, string> = {
  body: '请求内容',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

const databaseUnavailable = () => new AppError(503, 'DATABASE_UNAVAILABLE', '数据库暂时不可用，请稍后重试');

/** PostgreSQL went away under the request (restart, fast shutdown, network): the request may be retried. */
function connectionLost(err: unknown): boolean {
  const { code, message } = err as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (/^(57P0[123]|08...)$/.test(code) || /^E(CONNREFUSED|CONNRESET|PIPE)$/.test(code)))
    return true;
  return (
    typeof message === 'string' &&
    /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect/.test(message)
  );
}

const CHINESE = /[\u4e00-\u9fff]/;

/** A field error as a sentence naming the field in Chinese (the schemas' messages often name it already). */
function fieldMessage(labels: FieldLabels, f: FieldError): string {
  const label = fieldLabel(labels, f.path) ?? '输入内容';
  if (!CHINESE.test(f.message)) return `「${label}」格式不正确`;
  return f.message.includes(label) ? f.message : `「${label}」${f.message}`;
}

function pgError(err: unknown): AppError | null {
  if (connectionLost(err)) return databaseUnavailable();
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  switch (code) {
    case '23505':
      return new AppError(409, 'DUPLICATE', '记录已存在（与已有记录重复）');
    case '23503':
      return new AppError(409, 'REFERENCED', '关联的记录不存在或仍被引用');
    case '22001':
      return new AppError(400, 'VALIDATION_FAILED', '输入内容过长');
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new AppError(400, 'VALIDATION_FAILED', '输入格式不正确');
    case '22021':
    case '22P05':
      return new AppError(400, 'VALIDATION_FAILED', '输入包含无法保存的字符');
    default:
      return null;
  }
}

/** The error handler of an app whose fields are named by `labels` (the registry's `fieldLabels`). */
export const errorHandler = (labels: FieldLabels) => (err: FastifyError, req: FastifyRequest, reply: FastifyReply) =>
  handleError(labels, err, req, reply);

function handleError(labels: FieldLabels, err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    return reply.status(err.status).send({ code: err.code, message: err.message, fields: err.fields });
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = contextLabels[err.validationContext ?? 'body'] ?? '请求';
    const fields: FieldError[] = err.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(根)',
      message: v.message ?? '格式不正确',
    }));
    const first = fields[0];
    // A refusal with its own stable code (platform/http/text.ts) already names the field in Chinese.
    const own = (err.validation[0]?.params as { params?: { code?: unknown } } | undefined)?.params?.code;
    if (first && typeof own === 'string') return reply.status(400).send({ code: own, message: first.message, fields });
    return reply
      .status(400)
      .send({ code: 'VALIDATION_FAILED', message: first ? fieldMessage(labels, first) : `${where}格式不正确`, fields });
  }
  const mapped = pgError(err);
  if (mapped) return reply.status(mapped.status).send({ code: mapped.code, message: mapped.message });
  if (err.statusCode === 429) {
    return reply.status(429).send({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.status(413).send({ code: 'PAYLOAD_TOO_LARGE', message: '上传内容过大' });
  }
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return reply.status(415).send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' });
  }
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return reply.status(err.statusCode).send({ code: 'BAD_REQUEST', message: '请求格式不正确' });
  }
  req.log.error({ err }, 'unhandled error');
  return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误，请联系系统管理员' });
}
