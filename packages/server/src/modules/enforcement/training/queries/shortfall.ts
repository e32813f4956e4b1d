// 培训不达标: the enforcement and supervision officers of the bodies the actor reads whose training hours of the year
// fall short of the region's annual minimum (纲要 §(34), 60 学时 by default), fewest hours first. The hours are the
// training module's register, read through its `officerTrainingHoursSql`.
import type { TrainingShortfall } from '@fazhi/core/contracts';
import { TRAINING_HOURS_BASIS, hoursShort } from '@fazhi/core/enforcement';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { scopeFilter } from '../../../../platform/access/scope';
import type { Services } from '../../../../platform/services';
import { READ } from '../../policy';
import { enforcementSettings } from '../../settings';
import { officerTrainingHoursSql } from '../../../training/hours/queries/hours-of';

export async function trainingShortfall(
  services: Services,
  actor: Actor,
  q: { regionCode?: string | undefined; year?: number | undefined },
): Promise<TrainingShortfall> {
  const year = q.year ?? Number(services.clock.today().slice(0, 4));
  const regionCode = q.regionCode ?? actor.assignments[0]?.regionCode ?? '';
  const minimumHours = await enforcementSettings.read(services.db, regionCode, 'enforcement.training.minimum-hours');
  const hours = officerTrainingHoursSql('f.id', `${year}-01-01`, `${year}-12-31`);
  const base = services.db
    .selectFrom('enforcement_officers as f')
    .innerJoin('orgs as o', 'o.id', 'f.org_id')
    .innerJoin('regions as r', 'r.code', 'f.region_code')
    .where(scopeFilter(services.registry.grants, actor, READ, 'f.org_id'))
    .where('f.kind', '!=', 'auxiliary')
    .where(sql<boolean>`r.path LIKE (SELECT path FROM regions WHERE code = ${regionCode}) || '%'`);
  const officers = Number((await base.select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await base
    .select(['f.id', 'f.name', 'f.certificate_number', 'o.name as org_name', hours.as('hours')])
    .where(hours, '<', minimumHours * 10)
    .orderBy('hours')
    .orderBy('o.name')
    .orderBy('f.name')
    .limit(2000)
    .execute();
  return {
    year,
    minimumHours,
    basis: TRAINING_HOURS_BASIS,
    officers,
    items: rows.map((r) => ({
      officerId: r.id,
      name: r.name,
      organisationName: r.org_name,
      certificateNumber: r.certificate_number,
      hours: r.hours / 10,
      hoursShort: hoursShort(r.hours, minimumHours),
    })),
  };
}
