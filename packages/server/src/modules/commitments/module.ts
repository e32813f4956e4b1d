// 告知承诺制 (certification by commitment, 国办发〔2020〕42号; seed 002 task 2, seed 003: 561 matters in a year): the
// items a body handles by commitment, named by their code in the region's 证明事项清单 / 涉企经营许可事项清单 /
// 行政许可事项清单 with the name and basis as published; each matter handled that way (the applicant's identifiers
// encrypted), the later check of the commitment and, for a false one, what followed; the year's figures counted from
// the records through the platform's statistics routes, with the records behind each.
import { recordReaders } from '@fazhi/core/access';
import { commitmentsMenu, menuItems } from '@fazhi/core/modules';
import { isRecordId, type ModuleManifest } from '../../platform/modules/manifest';
import { ITEM_SUBJECT, MATTER_SUBJECT, commitmentAuditActions } from './catalogue';
import { commitmentFieldLabels } from './field-labels';
import { commitmentRoutes } from './routes';
import { seedCommitmentsDemo } from './demo/seed-demo';
import './tables';

export const commitmentsModule: ModuleManifest = {
  id: 'commitments',
  name: '告知承诺制',
  migrationsDir: new URL('./migrations', import.meta.url).pathname,
  actions: {
    'commitments.read': { label: '查看告知承诺事项和办理情况', roles: recordReaders },
    // the handling body's staff (its legal officer for the window) and head record items, matters and checks
    'commitments.record': { label: '确定告知承诺事项、记录办理和核查情况', roles: ['legal_officer', 'unit_head'] },
  },
  fieldLabels: commitmentFieldLabels,
  auditEvents: commitmentAuditActions,
  routes: commitmentRoutes,
  subjectTypes: {
    [ITEM_SUBJECT]: {
      label: '告知承诺事项',
      readAction: 'commitments.read',
      nameOf: async (db, id) =>
        isRecordId(id)
          ? ((await db.selectFrom('commitment_items').select('item_name').where('id', '=', id).executeTakeFirst())
              ?.item_name ?? null)
          : null,
    },
    [MATTER_SUBJECT]: {
      label: '告知承诺办理事项',
      readAction: 'commitments.read',
      nameOf: async (db, id) => {
        if (!isRecordId(id)) return null;
        const m = await db
          .selectFrom('commitment_matters as m')
          .innerJoin('commitment_items as i', (j) =>
            j.onRef('i.region_code', '=', 'm.region_code').onRef('i.id', '=', 'm.item_id'),
          )
          .select(['i.item_name', 'm.applicant_name'])
          .where('m.id', '=', id)
          .executeTakeFirst();
        return m ? `${m.item_name}（${m.applicant_name}）` : null;
      },
    },
  },
  menu: menuItems(commitmentsMenu),
  seedDemo: seedCommitmentsDemo,
};
