// The demo region: a fictional 示范市/示范区 (codes 159900/159901 are not real 行政区划), labelled 示范 in every name
// and flagged is_demo, with the units named in the seed documents and one demo user per role. Each module's
// manifest then adds its own demo records through seedDemo().
import type { Role, ScopeKind } from '@fazhi/core/access';
import { generatePassword } from '../../platform/auth/password';
import { inWriteTransaction } from '../../platform/write';
import type { Services } from '../../platform/services';
import { createRegion } from './commands/create-region';
import { insertOrg } from './commands/create-org';
import { insertUser } from './commands/create-user';
import type { OrgKindCode } from './schemas';

export const DEMO_CITY = '159900';
export const DEMO_REGION = '159901';

const departments = [
  '示范区发展和改革委员会', '示范区商务局', '示范区政务服务局', '示范区市场监督管理局', '示范区财政局', '示范区应急管理局',
  '示范区卫生健康委员会', '示范区信访局', '示范区审计局', '示范区统计局', '示范区城市管理综合执法局', '示范区生态环境分局',
  '示范区交通运输局', '示范区教育局', '示范区公安分局', '示范区自然资源分局', '示范区住房和城乡建设局',
  '示范区人力资源和社会保障局', '示范区民政局', '示范区农牧水利局',
]; // prettier-ignore
const townships = [
  ['159901001', '示范区东河街道办事处'],
  ['159901002', '示范区西山街道办事处'],
  ['159901003', '示范区南湖镇人民政府'],
  ['159901004', '示范区北坡乡人民政府'],
] as const;

const demoUsers: { username: string; name: string; org: string; role: Role; scope: ScopeKind }[] = [
  {
    username: 'demo.sysadmin',
    name: '示范·系统管理员',
    org: '示范区人民政府',
    role: 'system_admin',
    scope: 'region_subtree',
  },
  {
    username: 'demo.secadmin',
    name: '示范·安全保密管理员',
    org: '示范区人民政府',
    role: 'security_admin',
    scope: 'region_subtree',
  },
  {
    username: 'demo.auditor',
    name: '示范·安全审计员',
    org: '示范区人民政府',
    role: 'auditor',
    scope: 'region_subtree',
  },
  {
    username: 'demo.reviewer',
    name: '示范·司法局审核员',
    org: '示范区司法局',
    role: 'justice_reviewer',
    scope: 'region_subtree',
  },
  {
    username: 'demo.legal',
    name: '示范·市场监管局法制员',
    org: '示范区市场监督管理局',
    role: 'legal_officer',
    scope: 'own_org',
  },
  {
    username: 'demo.officer',
    name: '示范·市场监管执法人员',
    org: '示范区市场监督管理局',
    role: 'enforcement_officer',
    scope: 'own_org',
  },
  {
    username: 'demo.head',
    name: '示范·市场监管局局长',
    org: '示范区市场监督管理局',
    role: 'unit_head',
    scope: 'org_subtree',
  },
  {
    // the government office's staff, who keep the decision catalogue for the district government
    username: 'demo.office',
    name: '示范·区政府办公室法制工作人员',
    org: '示范区人民政府',
    role: 'legal_officer',
    scope: 'own_org',
  },
  {
    username: 'demo.leader',
    name: '示范·区政府分管领导',
    org: '示范区人民政府',
    role: 'government_leader',
    scope: 'region_subtree',
  },
  {
    username: 'demo.supervisor',
    name: '示范·执法监督员',
    org: '示范区司法局',
    role: 'supervisor',
    scope: 'region_subtree',
  },
];

export async function hasDemoRegion(services: Services) {
  return Boolean(
    await services.db.selectFrom('regions').select('code').where('code', '=', DEMO_REGION).executeTakeFirst(),
  );
}

/** Loads the demo region once; returns the demo users and their password (generated unless FAZHI_DEMO_PASSWORD). */
export async function seedDemo(services: Services) {
  if (await hasDemoRegion(services)) return null;
  const ctx = { actor: null, ip: null };
  await createRegion(services, ctx, { code: DEMO_CITY, name: '示范市（演示）', isDemo: true });
  await createRegion(services, ctx, { code: DEMO_REGION, name: '示范区（演示）', parentCode: DEMO_CITY, isDemo: true });
  for (const [code, name] of townships)
    await createRegion(services, ctx, {
      code,
      name: name.replace('示范区', '示范区') + '辖区（演示）',
      parentCode: DEMO_REGION,
      isDemo: true,
    });
  const password = services.config.demoPassword ?? generatePassword();
  return inWriteTransaction(services, ctx, async (w) => {
    const orgIdByName = new Map<string, string>();
    const add = async (name: string, kind: OrgKindCode, parent: string | null, region = DEMO_REGION, sortOrder = 0) => {
      const { id } = await insertOrg(w.tx, {
        regionCode: region,
        parentId: parent ? (orgIdByName.get(parent) ?? null) : null,
        name,
        kind,
        sortOrder,
        isDemo: true,
      });
      orgIdByName.set(name, id);
    };
    await add('示范区人民政府', 'government', null);
    await add('示范区司法局', 'justice_bureau', '示范区人民政府', DEMO_REGION, 1);
    let i = 2;
    for (const d of departments) await add(d, 'department', '示范区人民政府', DEMO_REGION, i++);
    for (const [code, name] of townships) await add(name, 'township', '示范区人民政府', code, i++);
    await add('示范区司法局行政复议与应诉科', 'internal_office', '示范区司法局');
    await add('示范区司法局法治督察与合法性审查科', 'internal_office', '示范区司法局');
    await add('示范区市场监督管理局法规科', 'internal_office', '示范区市场监督管理局');
    const userIdByUsername = new Map<string, string>();
    for (const u of demoUsers) {
      const orgId = orgIdByName.get(u.org) ?? '';
      const { id } = await insertUser(services, w, {
        username: u.username,
        displayName: u.name,
        orgId,
        assignments: [{ role: u.role, orgId, scope: u.scope }],
        password,
        mustChangePassword: false,
        isDemo: true,
      });
      userIdByUsername.set(u.username, id);
    }
    for (const m of services.registry.modules)
      await m.seedDemo?.(services, { tx: w.tx, regionCode: DEMO_REGION, orgIdByName, userIdByUsername });
    await w.audit({
      regionCode: DEMO_REGION,
      action: 'demo.seeded',
      subjectType: 'region',
      subjectId: DEMO_REGION,
      summary: '载入示范区演示数据（演示用，非真实数据）',
    });
    return {
      users: demoUsers.map((u) => ({ username: u.username, name: u.name })),
      password,
      generated: !services.config.demoPassword,
    };
  });
}
