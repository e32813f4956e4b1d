// Every list endpoint pages the same way: `page` / `pageSize` in the query string, one count, one slice, and the
// envelope { total, page, pageSize, items }.
import { sql, type Expression, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from './schema';

export const pageFields = {
  page: z.coerce.number().int().min(1, '页码须从 1 开始').max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(50),
};

export interface PageRequest {
  page: number;
  pageSize: number;
}

export const pageSlice = (q: PageRequest) => ({ limit: q.pageSize, offset: (q.page - 1) * q.pageSize });

export function pageOf<T>(q: PageRequest, total: number | string | undefined, items: T[]) {
  return { total: Number(total ?? 0), page: q.page, pageSize: q.pageSize, items };
}

/**
 * A list counts at most this many rows exactly. Past it the answer says `totalCapped` (the web shows 超过 N 件):
 * counting every document of a region on every page was most of a list's time at 100,000 records, and nobody pages
 * a hundred pages deep — they filter. Every list over a growing table counts this way (docs/scaling.md).
 */
export const COUNT_CAP = 2000;

/** The rows of a query counted up to `cap` (read through the sort's index, stopping there), and whether it stopped. */
export async function countUpTo(
  db: Kysely<Database>,
  rows: { limit(n: number): Expression<unknown> },
  cap = COUNT_CAP,
): Promise<{ total: number; capped: boolean }> {
  const { rows: counted } = await sql<{ n: string }>`SELECT count(*) AS n FROM ${rows.limit(cap + 1)} AS x`.execute(db);
  const n = Number(counted[0]?.n ?? 0);
  return n > cap ? { total: cap, capped: true } : { total: n, capped: false };
}
