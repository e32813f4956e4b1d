// Who may do what with a decision catalogue. A catalogue belongs to its decision body (决策机关): the government
// office's staff act for the body (a role at the body's unit), the body's leaders, the justice bureau and the
// supervisors read it.
import type { CatalogueAction, ExpertAction } from '@fazhi/core/major-decisions';
import type { ScopeTarget } from '@fazhi/core/access';
import { definePolicy } from '../../platform/access/policy';

/** A catalogue located at its decision body, named by it in a refusal. */
export interface CatalogueRecord extends ScopeTarget {
  bodyName: string;
  year: number;
}

const manage = 'decision.catalogue.manage';

export const cataloguePolicy = definePolicy<CatalogueRecord, CatalogueAction>(
  'decision_catalogue',
  {
    read: (p, r) => p.can('decision.read', r),
    editItems: (p, r) => p.can(manage, r),
    recordPartyConsent: (p, r) => p.can(manage, r),
    publish: (p, r) => p.can(manage, r),
    adjust: (p, r) => p.can(manage, r),
  },
  {
    read: (r) => `查看${r.bodyName}${r.year}年决策事项目录`,
    editItems: (r) => `编制${r.bodyName}${r.year}年决策事项目录`,
    recordPartyConsent: (r) => `记录${r.bodyName}${r.year}年决策事项目录的党委同意情况`,
    publish: (r) => `公布${r.bodyName}${r.year}年决策事项目录`,
    adjust: (r) => `调整${r.bodyName}${r.year}年决策事项目录`,
  },
);

/** A region's expert pool: located at the region, so only a region-wide (or platform) assignment reaches it. */
export interface ExpertPoolRecord {
  regionPath: string;
  regionName: string;
}

const atRegion = (r: ExpertPoolRecord): ScopeTarget => ({ orgId: '', orgPath: '', regionPath: r.regionPath });

export const expertPoolPolicy = definePolicy<ExpertPoolRecord, ExpertAction>(
  'decision_expert_pool',
  {
    read: (p, r) => p.can('decision.read', atRegion(r)),
    manage: (p, r) => p.can('decision.experts.manage', atRegion(r)),
    draw: (p, r) => p.can('decision.experts.manage', atRegion(r)),
  },
  {
    read: (r) => `查看${r.regionName}决策咨询论证专家库`,
    manage: (r) => `管理${r.regionName}决策咨询论证专家库`,
    draw: (r) => `从${r.regionName}决策咨询论证专家库抽取专家`,
  },
);
