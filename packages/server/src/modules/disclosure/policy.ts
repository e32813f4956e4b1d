// Who may do what with a disclosure request. A request is located at the body asked, which handles its own (条例
// 第四条: 政府信息公开工作机构): its legal staff and head register, handle and answer it; the region's readers — the
// government's office among them, 政府信息公开工作主管部门 (第三条) — read every body's.
import type { ScopeTarget } from '@fazhi/core/access';
import type { RequestAction } from '@fazhi/core/disclosure';
import { definePolicy } from '../../platform/access/policy';

export interface RequestTarget {
  /** the request as a clerk names it: 申请公开…（GK…） */
  title: string;
  body: ScopeTarget;
}

export const requestPolicy = definePolicy<RequestTarget, RequestAction>(
  'disclosure_request',
  {
    read: (p, r) => p.can('disclosure.read', r.body),
    register: (p, r) => p.can('disclosure.handle', r.body),
    handle: (p, r) => p.can('disclosure.handle', r.body),
    reply: (p, r) => p.can('disclosure.handle', r.body),
  },
  {
    read: (r) => `查看政府信息公开申请${r.title}`,
    register: (r) => `登记政府信息公开申请${r.title}`,
    handle: (r) => `办理政府信息公开申请${r.title}`,
    reply: (r) => `答复政府信息公开申请${r.title}`,
  },
);
