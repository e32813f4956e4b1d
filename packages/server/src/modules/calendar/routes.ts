// Thin routes: validate → one use case (which authorizes through the policy) → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor, writeContext } from '../../platform/http/request-context';
import { notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { calendarPolicy, nationalCalendar } from './policy';
import { authorize, policyContext } from '../../platform/access/policy';
import { loadHolidayNotice } from './commands/load-holiday-notice';
import { addLocalHoliday } from './commands/add-local-holiday';
import { removeLocalHoliday } from './commands/remove-local-holiday';
import { listYears } from './queries/years';
import { listLocalHolidays } from './queries/local-holidays';
import { getChange, listChanges } from './queries/changes';
import { publicReadLimit } from '../../platform/http/rate-limit';
import { listDays } from './queries/days';
import { computePublicDeadline, listPublicRules } from './queries/public-deadline';
import * as c from '@fazhi/core/contracts';
import { answers, createdAnswers } from '../../platform/http/contract';

export async function calendarRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const publicRateLimit = publicReadLimit(services.config);
  const tags = ['工作日历'];
  const reader = (req: Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(req);
    authorize(policyContext(services.registry.grants, actor), calendarPolicy, 'read', nationalCalendar);
    return actor;
  };

  r.get(
    '/calendar/years',
    { schema: { tags, summary: '已载入的节假日安排（新年度在前）', response: answers(c.calendarYearList) } },
    async (req) => ({
      items: await listYears(services, reader(req)),
    }),
  );
  r.get(
    '/calendar/years/:year',
    { schema: { tags, summary: '一个年度的节假日安排', params: s.yearParams, response: answers(c.calendarYear) } },
    async (req) => {
      const [year] = await listYears(services, reader(req), req.params.year);
      if (!year) throw notFound(`${req.params.year}年节假日安排`);
      return year;
    },
  );
  r.put(
    '/calendar/years/:year',
    {
      schema: {
        tags,
        summary: '载入或更正一个年度的节假日安排（国务院办公厅通知）',
        params: s.yearParams,
        body: s.putYearBody,
        response: answers(c.calendarYearLoaded),
      },
    },
    async (req) => {
      reader(req);
      const change = await loadHolidayNotice(services, writeContext(req), req.params.year, req.body);
      const [year] = await listYears(services, req.actor, req.params.year);
      return { year, change };
    },
  );

  r.get(
    '/calendar/local-holidays',
    {
      schema: {
        tags,
        summary: '地方节假日（指定区划时含上级区划设定的）',
        querystring: s.localHolidaysQuery,
        response: answers(c.localHolidayList),
      },
    },
    async (req) => ({ items: await listLocalHolidays(services, reader(req), req.query.regionCode) }),
  );
  r.post(
    '/calendar/local-holidays',
    {
      schema: {
        tags,
        summary: '新增地方节假日',
        body: s.localHolidayBody,
        response: createdAnswers(c.localHolidayAdded),
      },
    },
    async (req, reply) => {
      reader(req);
      const { id, change } = await addLocalHoliday(services, writeContext(req), req.body);
      const [holiday] = await listLocalHolidays(services, req.actor, undefined, id);
      return reply.status(201).send({ holiday, change });
    },
  );
  r.delete(
    '/calendar/local-holidays/:id',
    { schema: { tags, summary: '删除地方节假日', params: s.idParams, response: answers(c.localHolidayRemoved) } },
    async (req) => {
      reader(req);
      return { change: await removeLocalHoliday(services, writeContext(req), req.params.id) };
    },
  );

  r.get(
    '/calendar/changes',
    { schema: { tags, summary: '日历变更记录', querystring: s.changesQuery, response: answers(c.calendarChangePage) } },
    async (req) => {
      reader(req);
      return listChanges(services, req.query);
    },
  );
  r.get(
    '/calendar/changes/:id',
    {
      schema: {
        tags,
        summary: '日历变更详情（调整的期限）',
        params: s.idParams,
        response: answers(c.calendarChangeDetail),
      },
    },
    async (req) => {
      const change = await getChange(services, reader(req), req.params.id);
      if (!change) throw notFound('日历变更记录');
      return change;
    },
  );
  r.get(
    '/calendar/days',
    {
      schema: { tags, summary: '逐日的工作日/休息日', querystring: s.daysQuery, response: answers(c.calendarDayList) },
    },
    async (req) => {
      reader(req);
      return listDays(services, req.query.from, req.query.to, req.query.regionCode);
    },
  );

  const publicTags = ['期限计算（公众）'];
  r.get(
    '/public/deadline-rules',
    {
      schema: { tags: publicTags, summary: '法定期限规则目录', response: answers(c.deadlineRuleList) },
      config: { rateLimit: publicRateLimit },
    },
    async () => listPublicRules(),
  );
  r.get(
    '/public/deadline',
    {
      schema: {
        tags: publicTags,
        summary: '计算法定期限（附计算说明）',
        querystring: s.publicDeadlineQuery,
        response: answers(c.deadlineResult),
      },
      config: { rateLimit: publicRateLimit },
    },
    async (req) => computePublicDeadline(services, req.query),
  );
}
