// The portal's open hearings (第十六条: the hearing's time, place, participant-selection rules and list are published
// beforehand): the hearings of decisions of the portal's region announced and not yet held, from today on, soonest
// first. Only what the announcement publishes — never the record, nor anything of a decision not announced.
import type { PublicDecisionHearingList } from '@fazhi/core/contracts';
import { portalIdentity } from '../../../../../platform/portal/routes';
import type { Services } from '../../../../../platform/services';
import '../tables';

export async function openHearings(services: Services): Promise<PublicDecisionHearingList> {
  const { regionCode } = await portalIdentity(services);
  if (!regionCode) return { items: [] };
  const rows = await services.db
    .selectFrom('decision_hearings as h')
    .innerJoin('decision_records as d', (j) =>
      j.onRef('d.region_code', '=', 'h.region_code').onRef('d.id', '=', 'h.decision_id'),
    )
    .innerJoin('orgs as b', 'b.id', 'd.body_org_id')
    .innerJoin('orgs as s', 's.id', 'd.sponsor_org_id')
    .select(['h.id', 'h.hearing_on', 'h.place', 'h.selection_rules', 'h.participants', 'h.announced_on'])
    .select(['h.application_method', 'h.application_closes_on'])
    .select(['d.title', 'b.name as body_name', 's.name as sponsor_name'])
    .where('h.region_code', '=', regionCode)
    .where('h.held_on', 'is', null)
    .where('h.hearing_on', '>=', services.clock.today())
    .orderBy('h.hearing_on')
    .orderBy('h.id')
    .limit(200)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      decisionTitle: r.title,
      bodyName: r.body_name,
      sponsorName: r.sponsor_name,
      hearingOn: r.hearing_on,
      place: r.place,
      selectionRules: r.selection_rules,
      participants: r.participants,
      announcedOn: r.announced_on,
      applicationMethod: r.application_method,
      applicationClosesOn: r.application_closes_on,
    })),
  };
}
