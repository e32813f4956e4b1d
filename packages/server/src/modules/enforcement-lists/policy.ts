// Who may do what with an enforcement body's lists. A list belongs to its body (an organisation): the body's legal
// staff and head publish it; the readers of its records and its enforcement officers read it.
import type { ScopeTarget } from '@fazhi/core/access';
import { definePolicy } from '../../platform/access/policy';

/** A list located at its enforcement body, named by it in a refusal. */
export interface ListRecord extends ScopeTarget {
  bodyName: string;
}

export const enforcementListPolicy = definePolicy<ListRecord, 'read' | 'publish'>(
  'enforcement_list',
  {
    read: (p, r) => p.can('enforcement-lists.read', r),
    publish: (p, r) => p.can('enforcement-lists.publish', r),
  },
  {
    read: (r) => `查看${r.bodyName}的执法事前公示清单`,
    publish: (r) => `公布${r.bodyName}的执法事前公示清单`,
  },
);

/** The import template, refused before anything is read to someone who may publish no body's list. */
export const listTemplatePolicy = definePolicy<null, 'download'>(
  'enforcement_list_template',
  { download: (p) => p.holds('enforcement-lists.publish') },
  { download: '下载执法事前公示清单导入模板' },
);
