// The three routes every module's statistics page has (normative documents, major decisions): the figures of a
// period and scope, the records behind one figure, and the Excel export. A module declares only its path, its query
// (the platform's period and region fields and its own filters), its figure keys and the reads that answer; the
// shape — the records query with its page and figure, the contracts, the workbook's download — is this one.
import type { FastifyInstance } from 'fastify';
import type { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { Actor } from '../access/actor';
import { pageFields } from '../db/paginate';
import type { Services } from '../services';
import { XLSX_TYPE } from './attachment';
import { answers, fileAnswers } from './contract';
import { requireActor } from './request-context';
import { sendWorkbook } from './xlsx-export';

type Read<Q, T> = (services: Services, actor: Actor, q: Q) => Promise<T>;

/** The records page's query: the statistics query, a page, and the figure asked for among the module's keys. */
function statisticRecordsQueryOf<S extends z.ZodRawShape, K extends string>(query: z.ZodObject<S>, keys: readonly K[]) {
  return query.extend({
    ...pageFields,
    figure: z.enum(keys as [K, ...K[]], {
      error: (issue) => (issue.input === undefined ? '请指定统计项目（figure）' : '统计项目（figure）不存在'),
    }),
  });
}

export function registerStatisticsRoutes<
  S extends z.ZodRawShape,
  K extends string,
  F extends z.ZodType,
  R extends z.ZodType,
>(
  app: FastifyInstance,
  services: Services,
  m: {
    /** '/decision-statistics': the figures there, `/records` and `/export.xlsx` under it */
    path: string;
    tags: string[];
    query: z.ZodObject<S>;
    figureKeys: readonly K[];
    figures: { summary: string; answer: F; read: Read<z.infer<z.ZodObject<S>>, z.infer<F>> };
    records: {
      summary: string;
      answer: R;
      read: Read<z.infer<z.ZodObject<S>> & { figure: K; page: number; pageSize: number }, z.infer<R>>;
    };
    export: {
      summary: string;
      /** the file's name in the API documentation */
      file: string;
      write: Read<z.infer<z.ZodObject<S>>, { fileName: string } & ({ stream: PassThrough } | { body: Buffer })>;
    };
  },
) {
  // the app's zod compilers validate and serialize; the reads' own types hold the answers' (a generic route defeats
  // the type provider's inference), so the query is typed here from the same schema
  type Query = z.infer<z.ZodObject<S>>;
  const tags = m.tags;
  const recordsQuery = statisticRecordsQueryOf(m.query, m.figureKeys);
  app.get(
    m.path,
    { schema: { tags, summary: m.figures.summary, querystring: m.query, response: answers(m.figures.answer) } },
    async (req) => m.figures.read(services, requireActor(req), req.query as Query),
  );
  app.get(
    `${m.path}/records`,
    { schema: { tags, summary: m.records.summary, querystring: recordsQuery, response: answers(m.records.answer) } },
    async (req) =>
      m.records.read(services, requireActor(req), req.query as Query & { figure: K; page: number; pageSize: number }),
  );
  app.get(
    `${m.path}/export.xlsx`,
    {
      schema: {
        tags,
        summary: m.export.summary,
        querystring: m.query,
        response: fileAnswers(XLSX_TYPE, m.export.file),
      },
    },
    async (req, reply) => {
      const file = await m.export.write(services, requireActor(req), req.query as Query);
      return sendWorkbook(reply, file.fileName, 'stream' in file ? file.stream : file.body);
    },
  );
}
