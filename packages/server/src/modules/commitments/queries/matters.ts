// The matters handled by commitment at the bodies the actor reaches, newest first, filtered by item and by what the
// check found; one matter with its check. A person's 身份证号 and 手机号 are shown masked (core identifiers).
import { checkResultLabels, commitmentListLabels, falseCommitmentConsequenceLabels } from '@fazhi/core/commitments';
import type { CommitmentMatter, CommitmentMatterPage, CommitmentMatterRow } from '@fazhi/core/contracts';
import { maskIdNumber, maskMobile } from '@fazhi/core/identifiers';
import type { Actor } from '../../../platform/access/actor';
import { abilities, policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import { countUpTo, pageOf, pageSlice } from '../../../platform/db/paginate';
import type { Services } from '../../../platform/services';
import { commitmentPolicy } from '../policy';
import { matterFor } from '../support';
import type { CommitmentMatterRecord } from '../tables';

type Row = CommitmentMatterRecord & { item_code: string; item_name: string; body_name?: string };

export function presentRow(services: Services, m: Row, bodyName: string): CommitmentMatterRow {
  return {
    id: m.id,
    bodyName,
    itemCode: m.item_code,
    itemName: m.item_name,
    applicantKind: m.applicant_kind,
    applicantName: m.applicant_name,
    applicantIdentifier:
      m.applicant_uscc ?? (m.applicant_id_enc ? maskIdNumber(services.cipher.decrypt(m.applicant_id_enc)) : null),
    handledOn: m.handled_on,
    checkedOn: m.checked_on,
    checkResult: m.check_result,
    checkResultLabel: m.check_result ? checkResultLabels[m.check_result] : '未核查',
    isDemo: m.is_demo,
  };
}

export async function listMatters(
  services: Services,
  actor: Actor,
  q: {
    page: number;
    pageSize: number;
    commitmentItemId?: string | undefined;
    checkResult?: 'unchecked' | 'kept' | 'false' | undefined;
  },
): Promise<CommitmentMatterPage> {
  const grants = services.registry.grants;
  let base = services.db
    .selectFrom('commitment_matters as m')
    .innerJoin('commitment_items as i', (j) =>
      j.onRef('i.region_code', '=', 'm.region_code').onRef('i.id', '=', 'm.item_id'),
    )
    .innerJoin('orgs as o', 'o.id', 'm.body_org_id')
    .where(scopeFilter(grants, actor, 'commitments.read', 'm.body_org_id'));
  if (q.commitmentItemId) base = base.where('m.item_id', '=', q.commitmentItemId);
  if (q.checkResult === 'unchecked') base = base.where('m.checked_on', 'is', null);
  else if (q.checkResult) base = base.where('m.check_result', '=', q.checkResult);
  const { limit, offset } = pageSlice(q);
  const [rows, total, items] = await Promise.all([
    base
      .selectAll('m')
      .select(['i.item_code', 'i.item_name', 'o.name as body_name'])
      .orderBy('m.handled_on', 'desc')
      .orderBy('m.created_at', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    countUpTo(services.db, base.select('m.id')),
    services.db
      .selectFrom('commitment_items as i')
      .innerJoin('orgs as o', 'o.id', 'i.body_org_id')
      .select(['i.id', 'i.item_name', 'o.name'])
      .where(scopeFilter(grants, actor, 'commitments.record', 'i.body_org_id'))
      .orderBy('o.path')
      .orderBy('i.item_code')
      .limit(500)
      .execute(),
  ]);
  return {
    ...pageOf(
      q,
      total.total,
      rows.map((m) => presentRow(services, m, m.body_name)),
    ),
    recordableItems: items.map((i) => ({ id: i.id, label: `${i.name}：${i.item_name}` })),
  };
}

export async function getMatter(services: Services, actor: Actor, id: string): Promise<CommitmentMatter> {
  const { row, body } = await matterFor(services, services.db, actor, id, 'read');
  return {
    ...presentRow(services, row, body.bodyName),
    listLabel: commitmentListLabels[row.list],
    basis: row.basis,
    applicantMobile: row.applicant_mobile_enc ? maskMobile(services.cipher.decrypt(row.applicant_mobile_enc)) : null,
    commitment: row.commitment,
    checkNote: row.check_note,
    consequences: row.consequences,
    consequenceLabels: row.consequences.map((c) => falseCommitmentConsequenceLabels[c]),
    consequenceNote: row.consequence_note,
    abilities: {
      ...abilities(policyContext(services.registry.grants, actor), commitmentPolicy, body),
      check: abilities(policyContext(services.registry.grants, actor), commitmentPolicy, body).check && !row.checked_on,
    },
  };
}
