// 资格考试结果: the training module tells the registry that a candidate linked to an officer passed the enforcement
// qualification exam (国发〔2008〕17号 §(19)); the registry records the officer's exam result itself, after the
// exam's commit, once (a second delivery finds the result already recorded).
import type { TypedEvent } from '../../platform/modules/catalogue';
import type { Services } from '../../platform/services';
import { inWriteTransaction } from '../../platform/write';
import type { QualificationExamPassed } from '../training/catalogue';
import { OFFICER_SUBJECT } from './catalogue';

export async function recordQualificationExamPass(services: Services, event: TypedEvent<QualificationExamPassed>) {
  const p = event.payload;
  await inWriteTransaction(services, { actor: null, ip: null }, async (w) => {
    const o = await w.tx
      .selectFrom('enforcement_officers')
      .select(['id', 'name', 'exam_result'])
      .where('id', '=', p.officerId)
      .forUpdate()
      .executeTakeFirst();
    if (!o || o.exam_result === 'passed') return;
    await w.tx.updateTable('enforcement_officers').set({ exam_result: 'passed' }).where('id', '=', o.id).execute();
    await w.audit({
      regionCode: event.regionCode,
      action: 'enforcement_officer.exam_passed',
      subjectType: OFFICER_SUBJECT,
      subjectId: o.id,
      summary: `${o.name}通过「${p.examTitle}」（${p.score}分，${p.passedOn}），记录资格考试合格`,
      changes: { examResult: 'passed', examId: p.examId, sittingId: p.sittingId },
    });
  });
}
