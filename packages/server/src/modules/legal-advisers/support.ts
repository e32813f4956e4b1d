// What the legal-advisers commands and queries share: a unit located for its policy's scope check, and a matter sent
// for review loaded with its unit for an act (`FOR UPDATE` when `lock`) or a read.
import { consoleLink, legalAdvisersMenu } from '@fazhi/core/modules';
import type { ReviewMatterKind } from '@fazhi/core/legal-advisers';
import type { Actor } from '../../platform/access/actor';
import { asNotFound, unitForAct } from '../../platform/access/unit-record';
import type { Db } from '../../platform/db/connection';
import { notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import type { Tx } from '../../platform/write';
import { legalReviewMatterPolicy } from './policy';
import type { SubjectDraft } from '../../platform/participation/subjects';

/** A label table as the choices a form offers (the kinds, levels, contract kinds of the lists' answers). */
export const choices = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const matterLink = (id: string) => consoleLink(legalAdvisersMenu, 'legal-review-matters', id);

export async function matterFor(
  services: Services,
  db: Db,
  actor: Actor | null,
  id: string,
  action: 'read' | 'send' | 'revise',
  lock = false,
) {
  let q = db.selectFrom('legal_review_matters').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('送审事项');
  const unit = await unitForAct(services, db, actor, row.unit_id, legalReviewMatterPolicy, action, '送审单位').catch(
    asNotFound('送审事项'),
  );
  return { row, unit };
}

/** A matter as the shared review desk loads it (without scope: the desk decides), for the lent kind only. */
export const loadMatterDraft =
  (kind: ReviewMatterKind) =>
  async (db: Db | Tx, id: string): Promise<SubjectDraft | null> => {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const m = await db
      .selectFrom('legal_review_matters as m')
      .innerJoin('orgs as o', 'o.id', 'm.unit_id')
      .select(['m.region_code', 'm.id', 'm.title', 'm.unit_id', 'o.name as unit_name', 'm.own_review', 'm.is_demo'])
      .where('m.id', '=', id)
      .where('m.kind', '=', kind)
      .executeTakeFirst();
    return m
      ? {
          regionCode: m.region_code,
          id: m.id,
          title: m.title,
          orgId: m.unit_id,
          orgName: m.unit_name,
          articles: [],
          explanation: m.own_review,
          isDemo: m.is_demo,
        }
      : null;
  };
