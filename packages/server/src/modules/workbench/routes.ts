import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/request-context';
import type { Services } from '../../platform/services';
import { getWorkbench } from './queries/workbench';
import { workbench } from '@fazhi/core/contracts';
import { answers } from '../../platform/http/contract';

export async function workbenchRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['工作台'];
  r.get(
    '/workbench',
    { schema: { tags, summary: '工作台：待办期限和通知', response: answers(workbench) } },
    async (req) => getWorkbench(services, requireActor(req)),
  );
}
