// 公众提交意见: anyone, without an account, comments on an article (or the whole text) of a draft while its
// consultation is open. Length is limited (setting), each client address may send only so many comments an hour
// (setting), and every comment waits in the moderation queue. Text is stored exactly as typed.
import { randomUUID } from 'node:crypto';
import { consultationAcceptsComments } from '@fazhi/core/normative-documents';
import { sql } from 'kysely';
import { AppError, invalid, notFound } from '../../../../platform/errors';
import { normativeSettings } from '../../settings';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import type { CommentInput } from '../../schemas';
import { ipHash } from '../../support';

export interface CommentOptions {
  isDemo?: boolean;
  /** the day the comment arrives (the demo seed records past comments); today by default */
  on?: string;
}

export async function submitComment(services: Services, ctx: WriteContext, documentId: string, input: CommentInput) {
  return inWriteTransaction(services, ctx, (w) => submitCommentOn(services, w, documentId, input));
}

export async function submitCommentOn(
  services: Services,
  w: Writer,
  documentId: string,
  input: CommentInput,
  opts: CommentOptions = {},
) {
  const doc = await w.tx
    .selectFrom('normative_documents as d')
    .innerJoin('normative_consultations as c', (j) =>
      j.onRef('c.region_code', '=', 'd.region_code').onRef('c.document_id', '=', 'd.id').on('c.status', '=', 'open'),
    )
    .select(['d.region_code', 'd.id', 'd.title', 'c.id as consultation_id', 'c.opens_on', 'c.closes_on'])
    .where('d.id', '=', documentId)
    .where('d.status', '=', 'consultation')
    .executeTakeFirst();
  if (!doc) throw notFound('正在征求意见的文件');
  const on = opts.on ?? services.clock.today();
  if (!consultationAcceptsComments({ opensOn: doc.opens_on, closesOn: doc.closes_on, today: on }))
    throw invalid(
      'CONSULTATION_NOT_OPEN',
      `该文件征求意见期为 ${doc.opens_on} 至 ${doc.closes_on}，当前不在征求意见期内`,
    );
  const maxLength = await normativeSettings.read(w.tx, doc.region_code, 'normative.comment.max-length');
  if (input.body.length > maxLength)
    throw invalid('COMMENT_TOO_LONG', `意见内容不能超过${maxLength}个字符（当前${input.body.length}个）`, [
      { path: 'body', message: `不能超过${maxLength}个字符` },
    ]);
  if (input.articleId) {
    const article = await w.tx
      .selectFrom('normative_articles')
      .select('id')
      .where('region_code', '=', doc.region_code)
      .where('document_id', '=', doc.id)
      .where('id', '=', input.articleId)
      .executeTakeFirst();
    if (!article)
      throw invalid('ARTICLE_NOT_FOUND', '所评论的条文不属于该文件', [{ path: 'articleId', message: '条文不存在' }]);
  }
  const hash = ipHash(w.ctx.ip);
  if (hash && !opts.isDemo) {
    const limit = await normativeSettings.read(w.tx, doc.region_code, 'normative.comment.rate-limit-per-hour');
    // serialise the count-then-insert of one address so parallel requests cannot pass the limit together
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'normative-comment:' + hash}, 0))`.execute(w.tx);
    const recent = await w.tx
      .selectFrom('normative_comments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('ip_hash', '=', hash)
      .where('submitted_at', '>', new Date(services.clock.now().getTime() - 3600_000))
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= limit)
      throw new AppError(429, 'RATE_LIMITED', `同一网络地址每小时最多提交${limit}条意见，请稍后再试`);
  }
  const id = randomUUID();
  await w.tx
    .insertInto('normative_comments')
    .values({
      region_code: doc.region_code,
      id,
      consultation_id: doc.consultation_id,
      document_id: doc.id,
      article_id: input.articleId ?? null,
      body: input.body,
      commenter_name: input.name ?? null,
      contact_enc: input.contact ? services.cipher.encrypt(input.contact) : null,
      ip_hash: hash,
      is_demo: opts.isDemo ?? false,
      // the platform clock, like every business time: the hourly limit above counts on the same clock
      submitted_at: opts.on ? new Date(`${opts.on}T10:00:00+08:00`) : services.clock.now(),
    })
    .execute();
  await w.audit({
    regionCode: doc.region_code,
    action: 'normative_document.comment_submitted',
    subjectType: 'normative_document',
    subjectId: doc.id,
    summary: `《${doc.title}》收到公众意见一条（待审核）`,
    changes: { commentId: id, articleId: input.articleId ?? null, length: input.body.length },
  });
  return { id, status: 'pending' as const };
}
