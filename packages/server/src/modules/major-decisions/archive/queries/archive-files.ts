// The archived case file and its manifest, as stored at archiving (第三十三条): read in the actor's scope (404
// outside it, and before the decision is archived), answered byte for byte so their SM3 digests stay true.
import type { Actor } from '../../../../platform/access/actor';
import { notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { loadDecision } from '../../records/workflow';
import { caseFileName } from '../commands/archive-decision';
import '../../execution/tables';

export async function archivedFile(services: Services, actor: Actor, id: string, which: 'pdf' | 'manifest') {
  const { row } = await loadDecision(services, services.db, actor, id);
  const a = await services.db
    .selectFrom('decision_archives')
    .select(['case_file', 'manifest'])
    .where('region_code', '=', row.region_code)
    .where('decision_id', '=', id)
    .executeTakeFirst();
  if (!a) throw notFound('决策案卷');
  return which === 'pdf'
    ? { body: a.case_file, fileName: caseFileName(row.title), contentType: 'application/pdf' }
    : {
        body: Buffer.from(a.manifest, 'utf8'),
        fileName: `${row.title}决策案卷清单.json`,
        contentType: 'application/json; charset=utf-8',
      };
}
