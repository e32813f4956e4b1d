// The platform administrator's first steps on a new installation, each done or not as the data says (never a stored
// checklist): units exist, users hold roles in them, this year's working-day calendar is loaded, the portal shows a
// region. The workbench shows the list to a platform administrator until every step is done.
import { calendarMenu, consoleLink, organisationsMenu } from '@fazhi/core/modules';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { portalIdentity } from '../../../platform/portal/routes';
import type { Services } from '../../../platform/services';

export interface FirstStep {
  key: 'units' | 'users' | 'calendar' | 'portal';
  label: string;
  hint: string;
  link: string;
  done: boolean;
}

/** The steps still to do for a platform administrator (null for anyone else, or when all are done). */
export async function firstSteps(services: Services, actor: Actor): Promise<FirstStep[] | null> {
  if (!actor.assignments.some((a) => a.scope === 'platform')) return null;
  const year = Number(services.clock.today().slice(0, 4));
  const [units, users, calendar, portal] = await Promise.all([
    services.db.selectFrom('orgs').select('id').where('kind', '<>', 'government').limit(1).executeTakeFirst(),
    services.db
      .selectFrom('role_assignments')
      .select('id')
      .where('scope', '<>', 'platform')
      .limit(1)
      .executeTakeFirst(),
    sql<{ year: number }>`SELECT year FROM calendar_years WHERE year = ${year}`.execute(services.db),
    portalIdentity(services),
  ]);
  const steps: FirstStep[] = [
    {
      key: 'units',
      label: '建立行政区划和单位',
      hint: '在“单位管理”中新增本级政府的工作部门、司法行政部门和乡镇（街道），或从 Excel 导入单位和人员名录。',
      link: consoleLink(organisationsMenu, 'orgs'),
      done: units !== undefined,
    },
    {
      key: 'users',
      label: '创建用户并分配角色',
      hint: '在“用户管理”中为各单位创建用户，分配法制审核、起草等角色；初始密码首次登录时须修改。',
      link: consoleLink(organisationsMenu, 'users'),
      done: users !== undefined,
    },
    {
      key: 'calendar',
      label: `载入${year}年工作日历`,
      hint: `在“工作日历”中载入国务院办公厅公布的${year}年部分节假日安排，法定期限按工作日历计算。`,
      link: consoleLink(calendarMenu, 'calendar'),
      done: calendar.rows.length > 0,
    },
    {
      key: 'portal',
      label: '确定门户网站所属地区',
      hint: '门户网站以所属地区人民政府的名义公开文件和征求意见；由部署时的环境变量 FAZHI_PORTAL_REGION 指定（未指定时为第一个设区的地区）。',
      link: '/',
      done: portal.regionCode !== null,
    },
  ];
  return steps.every((s) => s.done) ? null : steps;
}
