// 后评估任务: every day, for each document in force whose expiry is within the lead period (rule
// normative.post-evaluation: 6 months before expiry by default, per jurisdiction; seed 002 task 9), create the
// post-evaluation task once per registration, with its "start by" deadline. Safe to run twice: the unique key on
// the registration and the check below make it idempotent; the daily job runs region by region in claimed batches
// (platform/jobs/batches.ts), so two runs at once create each task once.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { computeFor, setDeadline } from '../../../../platform/deadlines';
import { inClaimedBatches } from '../../../../platform/jobs/batches';
import type { Services } from '../../../../platform/services';
import type { Writer } from '../../../../platform/write';
import { documentLink, SUBJECT } from '../../support';
import { auditDocument } from '../../workflow';
import { normativeEvents } from '../../catalogue';

/** The daily job: every region, in batches of candidates; returns how many tasks were created. */
export async function createPostEvaluationTasks(
  services: Services,
  on: string = services.clock.today(),
  batchSize = 100,
) {
  let created = 0;
  await inClaimedBatches(services, {
    batchSize,
    claim: (w, regionCode, after, limit) => {
      let q = candidatesOf(w, on)
        .where('d.region_code', '=', regionCode)
        .orderBy('d.id')
        .limit(limit)
        .forUpdate('d')
        .skipLocked();
      if (after) q = q.where('d.id', '>', after);
      return q.execute();
    },
    work: async (w, rows) => {
      created += await createTasks(w, rows, on);
    },
  });
  return created;
}

/** The same inside a transaction the caller holds (the demo seed). */
export async function createPostEvaluationTasksOn(w: Writer, on: string): Promise<number> {
  return createTasks(w, await candidatesOf(w, on).forUpdate('d').execute(), on);
}

// a generous pre-filter (lead periods are months); the calendar engine decides for each document
const candidatesOf = (w: Writer, on: string) =>
  w.tx
    .selectFrom('normative_documents as d')
    .innerJoin('normative_registrations as r', (j) =>
      j
        .onRef('r.region_code', '=', 'd.region_code')
        .onRef('r.document_id', '=', 'd.id')
        .onRef('r.doc_number', '=', 'd.doc_number'),
    )
    .leftJoin('normative_post_evaluations as e', (j) =>
      j.onRef('e.region_code', '=', 'r.region_code').onRef('e.registration_id', '=', 'r.id'),
    )
    .select([
      'd.region_code',
      'd.id',
      'd.title',
      'd.doc_number',
      'd.drafting_org_id',
      'r.id as registration_id',
      'r.expires_on',
    ])
    .where('d.status', '=', 'published')
    .where('e.id', 'is', null)
    .where('r.expires_on', '>=', on)
    // date arithmetic in SQL: on 29 February the same day three years on does not exist ('2031-02-29' is refused)
    .where('r.expires_on', '<=', sql<string>`${on}::date + interval '3 years'`);

type Candidate = Awaited<ReturnType<ReturnType<typeof candidatesOf>['execute']>>[number];

async function createTasks(w: Writer, candidates: Candidate[], on: string): Promise<number> {
  let created = 0;
  for (const c of candidates) {
    const spec = {
      regionCode: c.region_code,
      subjectType: SUBJECT,
      subjectId: c.id,
      kind: 'post-evaluation',
      label: '开展后评估',
      subjectTitle: `《${c.title}》（${c.doc_number ?? ''}）`,
      link: documentLink(c.id),
      ruleId: 'normative.post-evaluation',
      from: c.expires_on,
      responsibleOrgId: c.drafting_org_id,
    };
    const startBy = await computeFor(w.tx, spec);
    if (on < startBy.due) continue;
    const id = randomUUID();
    // The unique key is the guard against a second run at once: the claim's "no task yet" is read on its statement's
    // snapshot, and a document another run locked, tasked and released is re-checked by PostgreSQL on its own row
    // only (READ COMMITTED's recheck), so both runs can claim it. The later insert does nothing and moves on.
    const inserted = await w.tx
      .insertInto('normative_post_evaluations')
      .values({
        region_code: c.region_code,
        id,
        document_id: c.id,
        registration_id: c.registration_id,
        status: 'pending',
        due_on: startBy.due,
        created_by_job: true,
      })
      .onConflict((oc) => oc.columns(['region_code', 'registration_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) continue;
    await setDeadline(w, spec);
    await auditDocument(
      w,
      c,
      'post_evaluation_created',
      `有效期至${c.expires_on}，已生成后评估任务（应于${startBy.due}前开展）`,
      {
        evaluationId: id,
        expiresOn: c.expires_on,
        startBy: startBy.due,
      },
    );
    await w.emit(normativeEvents, c.region_code, 'normative_document.post_evaluation_created', {
      documentId: c.id,
      evaluationId: id,
    });
    created += 1;
  }
  return created;
}
