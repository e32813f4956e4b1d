// Every list endpoint pages the same way: `page` / `pageSize` in the query string, one count, one slice, and the
// envelope { total, page, pageSize, items }.
import { z } from 'zod';

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
