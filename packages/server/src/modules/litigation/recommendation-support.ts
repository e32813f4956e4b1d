// A recommendation located for a read or its reply: loaded with its agency in the actor's scope (404 out of reach,
// 403 without the act), as every recommendation command and query needs it.
import { recommendationSourceLabels } from '@fazhi/core/litigation';
import { consoleLink, litigationMenu } from '@fazhi/core/modules';
import type { Actor } from '../../platform/access/actor';
import { asNotFound, unitForAct } from '../../platform/access/unit-record';
import type { Db } from '../../platform/db/connection';
import { notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import { recommendationPolicy } from './policy';

export const recommendationTitle = (r: {
  source: keyof typeof recommendationSourceLabels;
  recommendation_number: string;
}) => `${recommendationSourceLabels[r.source]}（${r.recommendation_number}）`;
export const recommendationLink = () => consoleLink(litigationMenu, 'litigation-recommendations');

export const agencyForRecommendation = (
  services: Services,
  db: Db,
  actor: Actor | null,
  orgId: string,
  action: 'read' | 'reply',
) => unitForAct(services, db, actor, orgId, recommendationPolicy, action, '收到建议的行政机关');

export async function loadRecommendation(
  services: Services,
  db: Db,
  actor: Actor | null,
  id: string,
  action: 'read' | 'reply',
  lock = false,
) {
  let q = db.selectFrom('litigation_recommendations').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('司法建议、检察建议');
  const body = await agencyForRecommendation(services, db, actor, row.body_org_id, action).catch(
    asNotFound('司法建议、检察建议'),
  );
  return { row, body };
}
