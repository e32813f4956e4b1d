// One error contract for the whole API: { code, message, fields? } with Chinese messages. Codes are stable
// identifiers a client may branch on; messages are for people.
export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    public readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 503,
    public readonly code: string,
    message: string,
    public readonly fields?: FieldError[],
  ) {
    super(message);
  }
}

export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED', '请先登录');
export const sessionExpired = () => new AppError(401, 'SESSION_EXPIRED', '登录已超时，请重新登录');
export const forbidden = (what = '执行此操作') => new AppError(403, 'FORBIDDEN', `您无权${what}`);
export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what}不存在或您无权查看`);
/** The record a use case presents, or 404 when it is gone or out of the actor's scope. */
export async function found<T>(record: Promise<T | null>, what: string): Promise<T> {
  const r = await record;
  if (r === null) throw notFound(what);
  return r;
}
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const invalid = (code: string, message: string, fields?: FieldError[]) =>
  new AppError(422, code, message, fields);
export const badRequest = (message: string, fields?: FieldError[]) =>
  new AppError(400, 'VALIDATION_FAILED', message, fields);

/** A check ran to its end and found data not intact (a backup incomplete or not matching its digests, a chain that
 * does not verify). The CLI exits 1 for it, and 3 for a check that could not run. */
export class NotIntactError extends Error {}
