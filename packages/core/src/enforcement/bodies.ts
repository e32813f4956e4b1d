// 执法主体 (enforcement bodies): the legal status that makes an organisation unit of the org tree an enforcement body,
// and what an entrusted body must state. A body is named everywhere by its organisation's id.

/** 法定 (a body with the power by law), 授权 (an organisation authorised by a law or regulation, 行政处罚法第十九条),
 * 受委托 (an organisation entrusted by an administrative body, 行政处罚法第二十条). */
export const legalStatuses = ['statutory', 'authorised', 'entrusted'] as const;
export type LegalStatus = (typeof legalStatuses)[number];

export const legalStatusLabels = {
  statutory: '法定行政机关',
  authorised: '法律法规授权组织',
  entrusted: '受委托组织',
} as const satisfies Record<LegalStatus, string>;

export const legalStatusBasis = {
  statutory: '《中华人民共和国行政处罚法》第十七条',
  authorised: '《中华人民共和国行政处罚法》第十九条',
  entrusted: '《中华人民共和国行政处罚法》第二十条',
} as const satisfies Record<LegalStatus, string>;

/** Whether a body is on the published list (在册) or was removed from it (撤销, e.g. after an institutional reform). */
export const bodyStatuses = ['active', 'withdrawn'] as const;
export type BodyStatus = (typeof bodyStatuses)[number];
export const bodyStatusLabels = { active: '在册', withdrawn: '已撤销' } as const satisfies Record<BodyStatus, string>;

export interface BodyInput {
  organisationId: string;
  legalStatus: LegalStatus;
  entrustingOrganisationId?: string | null | undefined;
  entrustmentScope?: string | null | undefined;
  entrustmentFrom?: string | null | undefined;
  entrustmentTo?: string | null | undefined;
}

export interface BodyProblem {
  field: 'entrustingOrganisationId' | 'entrustmentScope' | 'entrustmentFrom' | 'entrustmentTo';
  message: string;
}

/**
 * 行政处罚法第二十条: an entrustment names the entrusting body, the entrusted matters and their term (委托书应当载明委托的
 * 具体事项、权限、期限); a body of another status has none of these.
 */
export function checkBody(b: BodyInput): BodyProblem[] {
  const out: BodyProblem[] = [];
  if (b.legalStatus !== 'entrusted') {
    if (b.entrustingOrganisationId || b.entrustmentScope || b.entrustmentFrom || b.entrustmentTo)
      out.push({ field: 'entrustingOrganisationId', message: '只有受委托组织填写委托机关、委托事项和委托期限' });
    return out;
  }
  if (!b.entrustingOrganisationId) out.push({ field: 'entrustingOrganisationId', message: '受委托组织应写明委托机关' });
  else if (b.entrustingOrganisationId === b.organisationId)
    out.push({ field: 'entrustingOrganisationId', message: '委托机关不能是受委托组织本身' });
  if (!b.entrustmentScope?.trim()) out.push({ field: 'entrustmentScope', message: '受委托组织应写明委托事项和权限' });
  if (!b.entrustmentFrom) out.push({ field: 'entrustmentFrom', message: '受委托组织应写明委托期限的开始日期' });
  if (!b.entrustmentTo) out.push({ field: 'entrustmentTo', message: '受委托组织应写明委托期限的结束日期' });
  else if (b.entrustmentFrom && b.entrustmentTo < b.entrustmentFrom)
    out.push({ field: 'entrustmentTo', message: '委托期限的结束日期不能早于开始日期' });
  return out;
}

/** Whether an entrustment has run out as of a day (an entrusted body past its term may not enforce). */
export function entrustmentEnded(b: Pick<BodyInput, 'legalStatus' | 'entrustmentTo'>, today: string): boolean {
  return b.legalStatus === 'entrusted' && !!b.entrustmentTo && b.entrustmentTo < today;
}

/** The acts on a body (its server policy is defined on this list; its answer's abilities too). */
export const bodyActions = ['read', 'manage'] as const;
export type BodyAction = (typeof bodyActions)[number];
/** The acts on the region's registry as a whole: the announcement, the roster import, the statistics. */
export const registryActions = ['read', 'announce', 'importRoster', 'readStatistics'] as const;
export type RegistryAction = (typeof registryActions)[number];
/** The acts on one officer. */
export const officerActions = [
  'read',
  'manage',
  'changeCertificateStatus',
  'registerAnnually',
  'renewCertificate',
] as const;
export type OfficerAction = (typeof officerActions)[number];
