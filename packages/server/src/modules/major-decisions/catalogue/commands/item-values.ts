// What an item of a catalogue stores, checked against its catalogue: the planned dates (core
// catalogueItemProblems) and the 承办单位 in the body's region. Shared by adding and changing an item.
import { catalogueItemProblems, type OptionalStep } from '@fazhi/core/major-decisions';
import type { Tx } from '../../../../platform/audit/write';
import { invalid } from '../../../../platform/errors';
import { sponsorIn } from '../../support';
import type { CatalogueItemBody } from '../schemas';

export async function itemValues(tx: Tx, catalogue: { region_code: string; year: number }, input: CatalogueItemBody) {
  const has = (s: OptionalStep) => input.applicableSteps.includes(s);
  const applicable = {
    hearing: has('hearing'),
    expert_review: has('expert_review'),
    risk_assessment: has('risk_assessment'),
    fair_competition_review: has('fair_competition_review'),
  };
  const problems = catalogueItemProblems(catalogue.year, { ...input, applicable });
  if (Object.keys(problems).length)
    throw invalid(
      'ITEM_DATES',
      Object.values(problems).join('；'),
      Object.entries(problems).map(([path, message]) => ({ path, message })),
    );
  const sponsor = await sponsorIn(tx, catalogue.region_code, input.sponsorOrgId);
  return {
    sponsorName: sponsor.name,
    values: {
      title: input.title,
      sponsor_org_id: sponsor.id,
      legal_basis: input.legalBasis,
      policy_basis: input.policyBasis ?? '',
      planned_start: input.plannedStart,
      planned_finish: input.plannedFinish,
      ...applicable,
    },
  };
}
