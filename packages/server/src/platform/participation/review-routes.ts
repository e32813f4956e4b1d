// The shared legality-review desk's routes (合法性审查), for every kind of draft a module lends a review: the
// reviewing body's queue across kinds, oldest first, and one draft's package. The review itself is concluded through
// the kind's own record-review route (each module adds its own confirmations to the act), which the package's page
// calls; the shared code never names a module.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { answers } from '../http/contract';
import { requireActor } from '../http/request-context';
import type { Services } from '../services';
import { pendingSubjectReviews, reviewedKinds, subjectReviewPackage } from './review-queries';
import * as s from './schemas';
import { subjectLabel } from './subjects';

export function reviewDeskRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['合法性审查'];
  r.get(
    '/legality-reviews',
    {
      schema: {
        tags,
        summary: '待合法性审查的草案（各类，先报送的在前）',
        querystring: s.reviewQueueQuery,
        response: answers(c.legalityReviewQueue),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return {
        items: await pendingSubjectReviews(services, actor, req.query.kind),
        kinds: reviewedKinds(services, actor).map(({ kind }) => ({
          value: kind,
          label: subjectLabel(services.registry, kind),
        })),
      };
    },
  );
  r.get(
    '/legality-reviews/:kind/:id',
    {
      schema: {
        tags,
        summary: '合法性审查材料（草案、报送材料、公众意见采纳情况、审查要点、审查期限）',
        params: s.consultationParams,
        response: answers(c.legalityReviewPackage),
      },
    },
    // the desk is the reviewing body's: a reader of the record who does not review it gets 403 (404 beyond reach)
    async (req) =>
      subjectReviewPackage(services, requireActor(req), req.params.kind, req.params.id, { asReviewer: true }),
  );
}
